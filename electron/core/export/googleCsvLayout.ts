import type { CsvLayout, CsvShape } from './CsvLayout';
import { numbered } from './CsvLayout';
import { guardCellUnlessPhone } from './formulaGuard';
import type { PortableContact } from './PortableContact';

/**
 * Google Contacts' CSV ("csv-google"), in the column names and order of the file Google Contacts
 * itself exports (Export > Google CSV) and reads back on Import:
 *   First Name, Middle Name, Last Name, Phonetic First Name, Phonetic Middle Name, Phonetic Last
 *   Name, Name Prefix, Name Suffix, Nickname, File As, Organization Name, Organization Title,
 *   Organization Department, Birthday, Notes, Photo, Labels, E-mail 1 - Label, E-mail 1 - Value,
 *   ..., Phone 1 - Label, Phone 1 - Value, ..., Address 1 - Label, Address 1 - Formatted, Address 1
 *   - Street, Address 1 - City, Address 1 - PO Box, Address 1 - Region, Address 1 - Postal Code,
 *   Address 1 - Country, Address 1 - Extended Address, ...
 * (Google's help page on importing describes this file but does not list the columns; the list is
 * the header of Google's own export as it appears in public converters and importers, e.g. those
 * found for "First Name,Middle Name,Last Name,Phonetic First Name" in the public code index.)
 * Google marks the primary value by starting its label with "* ", separates several labels in one
 * cell with " ::: ", and puts every contact in "* myContacts".
 * Websites follow as "Website n - Label/Value" and the anniversary as Google's "Event 1" with the
 * label "Anniversary", as Google's export writes them.
 * The Phonetic columns carry the contact's phonetic names; a Russian name with none carries its
 * Latin forms there instead (Google shows them under the name), and the import reads Latin letters
 * under a Cyrillic name back as the Latin form (sortPhoneticNames).
 * Google's one Middle Name cell holds the patronymic, or the middle names separated by ", ".
 */
export const GOOGLE_CSV_NAMES = [
  'First Name',
  'Middle Name',
  'Last Name',
  'Phonetic First Name',
  'Phonetic Middle Name',
  'Phonetic Last Name',
  'Name Prefix',
  'Name Suffix',
  'Nickname',
  'File As',
  'Organization Name',
  'Organization Title',
  'Organization Department',
  'Birthday',
  'Notes',
  'Photo',
  'Labels',
] as const;
export const GOOGLE_ADDRESS_PARTS = ['Label', 'Formatted', 'Street', 'City', 'PO Box', 'Region', 'Postal Code', 'Country', 'Extended Address'] as const;
export const GOOGLE_SEPARATOR = ' ::: ';
export const GOOGLE_MY_CONTACTS = '* myContacts';

/** Labels Google knows, as it spells them; any other label is written as typed. */
const GOOGLE_LABELS: Record<string, string> = {
  work: 'Work',
  home: 'Home',
  mobile: 'Mobile',
  other: 'Other',
  main: 'Main',
  pager: 'Pager',
  'work fax': 'Work Fax',
  'home fax': 'Home Fax',
};

export function googleLabel(label: string, preferred: boolean): string {
  const known = GOOGLE_LABELS[label.toLowerCase()] ?? label;
  return preferred ? `* ${known}` : known;
}

/** Google's label back to ours: "* Work" is a preferred "work"; custom labels stay as typed. */
export function fromGoogleLabel(cell: string): { label: string; preferred: boolean } {
  const preferred = cell.startsWith('* ') || cell === '*';
  const text = (preferred ? cell.slice(1) : cell).trim();
  const lower = text.toLowerCase();
  return { label: Object.hasOwn(GOOGLE_LABELS, lower) ? lower : text, preferred };
}

function formatAddress(a: { street: string; city: string; region: string; postcode: string; country: string }): string {
  return [a.street, [a.city, a.region, a.postcode].filter(Boolean).join(' '), a.country].filter(Boolean).join('\n');
}

/** Google's label for the event it shows as an anniversary. */
export const GOOGLE_ANNIVERSARY = 'Anniversary';

const hasPhonetic = (p: PortableContact) => p.familyPhonetic !== '' || p.givenPhonetic !== '' || p.middlePhonetic !== '';
const latinIfDifferent = (latin: string, original: string) => (latin === original ? '' : latin);

export const googleCsvLayout: CsvLayout = {
  header(shape: CsvShape): string[] {
    return [
      ...GOOGLE_CSV_NAMES,
      ...numbered(shape.emails, (n) => [`E-mail ${n} - Label`, `E-mail ${n} - Value`]),
      ...numbered(shape.phones, (n) => [`Phone ${n} - Label`, `Phone ${n} - Value`]),
      ...numbered(shape.addresses, (n) => GOOGLE_ADDRESS_PARTS.map((part) => `Address ${n} - ${part}`)),
      ...numbered(shape.websites, (n) => [`Website ${n} - Label`, `Website ${n} - Value`]),
      'Event 1 - Label',
      'Event 1 - Value',
    ];
  },
  row(p: PortableContact, shape: CsvShape): string[] {
    const phonetic = hasPhonetic(p);
    const byName: Record<(typeof GOOGLE_CSV_NAMES)[number], string> = {
      'First Name': p.given,
      'Middle Name': [p.patronymic, ...p.middleNames].filter(Boolean).join(', '),
      'Last Name': p.family,
      'Phonetic First Name': phonetic ? p.givenPhonetic : latinIfDifferent(p.givenLatin, p.given),
      'Phonetic Middle Name': phonetic ? p.middlePhonetic : latinIfDifferent(p.patronymicLatin, p.patronymic),
      'Phonetic Last Name': phonetic ? p.familyPhonetic : latinIfDifferent(p.familyLatin, p.family),
      'Name Prefix': p.prefix,
      'Name Suffix': p.suffix,
      Nickname: p.nickname,
      // An organisation's own card is filed under its name, as Google files a company contact.
      'File As': p.kind === 'org' ? p.fullName || p.organization : '',
      'Organization Name': p.organization || (p.kind === 'org' ? p.fullName : ''),
      'Organization Title': p.title,
      'Organization Department': '',
      Birthday: p.birthday,
      Notes: p.notes,
      Photo: '',
      Labels: [GOOGLE_MY_CONTACTS, ...p.tags].join(GOOGLE_SEPARATOR),
    };
    const out = GOOGLE_CSV_NAMES.map((name) => byName[name]);
    for (let i = 0; i < shape.emails; i++) {
      const e = p.emails[i];
      out.push(e ? googleLabel(e.label, e.preferred) : '', e?.value ?? '');
    }
    for (let i = 0; i < shape.phones; i++) {
      const t = p.phones[i];
      out.push(t ? googleLabel(t.label, t.preferred) : '', t?.value ?? '');
    }
    for (let i = 0; i < shape.addresses; i++) {
      const a = p.addresses[i];
      out.push(...(a ? [googleLabel(a.label, a.preferred), formatAddress(a), a.street, a.city, '', a.region, a.postcode, a.country, ''] : Array<string>(9).fill('')));
    }
    for (let i = 0; i < shape.websites; i++) {
      const w = p.websites[i];
      out.push(w ? googleLabel(w.label, w.preferred) : '', w?.value ?? '');
    }
    out.push(p.anniversary ? GOOGLE_ANNIVERSARY : '', p.anniversary);
    return out.map(guardCellUnlessPhone);
  },
  losses(p: PortableContact): string[] {
    const lost: string[] = [];
    if (p.gender !== 'unspecified') lost.push('gender');
    if (p.salutationRu || p.salutationEn) lost.push('salutations');
    if (p.cities.length > 0) lost.push('cities');
    if (p.partnerships.length > 0) lost.push('partnerships');
    if (p.languages.length > 0) lost.push('languages');
    if (p.followUpDays !== null) lost.push('the follow-up cadence');
    if (hasPhonetic(p) && [p.familyLatin, p.givenLatin, p.patronymicLatin].some((latin, i) => latin !== '' && latin !== [p.family, p.given, p.patronymic][i])) lost.push('the Latin name beside a phonetic one');
    if (p.patronymic && p.middleNames.length > 0) lost.push('the patronymic apart from the middle names');
    return lost;
  },
};
