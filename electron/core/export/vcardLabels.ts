/**
 * Labels of emails, phones and addresses as vCard TYPE values, both ways. A label with a standard
 * TYPE (RFC 6350 §6.4.1 and §5.6, RFC 2426 §3.3.1) is written as that TYPE; any other label ("Дача",
 * "assistant", "other") is kept with Apple's grouping, `item1.TEL:...` plus `item1.X-ABLabel:...`,
 * which Apple Contacts, Google and Thunderbird show as the label.
 */
export type VcardItemKind = 'email' | 'tel' | 'adr' | 'url';

const STANDARD: Record<VcardItemKind, Readonly<Record<string, readonly string[]>>> = {
  email: { work: ['work'], home: ['home'] },
  tel: {
    work: ['work'],
    home: ['home'],
    mobile: ['cell'],
    fax: ['fax'],
    'work fax': ['work', 'fax'],
    'home fax': ['home', 'fax'],
    pager: ['pager'],
    voice: ['voice'],
    text: ['text'],
    video: ['video'],
  },
  adr: { work: ['work'], home: ['home'] },
  url: { work: ['work'], home: ['home'] },
};

/** The TYPE values for a label, or null when the label needs an X-ABLabel. '' has none. */
export function typesForLabel(kind: VcardItemKind, label: string): readonly string[] | null {
  if (label === '') return [];
  return Object.hasOwn(STANDARD[kind], label) ? (STANDARD[kind][label] ?? null) : null;
}

// Types that say nothing about which number or address it is.
const NOISE = new Set(['internet', 'x400', 'pref', 'dom', 'intl', 'postal', 'parcel']);
const RENAMED: Readonly<Record<string, string>> = { cell: 'mobile', iphone: 'mobile' };

/** The label a card's TYPE values stand for: CELL is "mobile", WORK,FAX is "work fax". */
export function labelForTypes(types: readonly string[]): string {
  let words = types.map((t) => t.toLowerCase()).filter((t) => !NOISE.has(t) && !t.startsWith('x-'));
  if (words.length > 1) words = words.filter((t) => t !== 'voice');
  const unique = [...new Set(words.map((t) => RENAMED[t] ?? t))];
  // "work fax", never "fax work": the place first, as the standard labels read.
  unique.sort((a, b) => rank(a) - rank(b));
  return unique.join(' ');
}

function rank(word: string): number {
  return word === 'work' || word === 'home' ? 0 : 1;
}

const APPLE_LABELS: Readonly<Record<string, string>> = {
  mobile: 'mobile',
  iphone: 'mobile',
  home: 'home',
  work: 'work',
  other: 'other',
  main: 'main',
  pager: 'pager',
  homefax: 'home fax',
  workfax: 'work fax',
  otherfax: 'other fax',
};

/** Apple writes its own labels as "_$!<Mobile>!$_"; a label the user typed is as typed. */
export function labelFromAppleLabel(value: string): string {
  const apple = /^_\$!<(.*)>!\$_$/.exec(value);
  if (!apple) return value;
  const name = apple[1] ?? '';
  return APPLE_LABELS[name.toLowerCase()] ?? name.toLowerCase();
}
