import { contactDisplayName } from '../../shared/names/contactDisplayName';
import { deriveLatinName } from '../../shared/names/deriveLatinName';
import { sortAdditionalNames } from '../../shared/names/sortAdditionalNames';
import { foldVcardLine } from './foldVcardLine';
import type { PortableContact } from './PortableContact';
import { escapeVcardText, vcardList, vcardStructured } from './vcardText';
import { typesForLabel, type VcardItemKind } from './vcardLabels';

export type VcardVersion = '3.0' | '4.0';

/** Our own properties, for what vCard has no place for, so a round trip through a card loses nothing. */
export const X_LIAISON = {
  salutationRu: 'X-LIAISON-SALUTATION-RU',
  salutationEn: 'X-LIAISON-SALUTATION-EN',
  city: 'X-LIAISON-CITY',
  partnership: 'X-LIAISON-PARTNERSHIP',
  language: 'X-LIAISON-LANGUAGE',
  followUpDays: 'X-LIAISON-FOLLOW-UP-DAYS',
} as const;
/** Apple's phonetic name properties: Apple Contacts and iOS show them under the name. */
export const X_PHONETIC = { given: 'X-PHONETIC-FIRST-NAME', middle: 'X-PHONETIC-MIDDLE-NAME', family: 'X-PHONETIC-LAST-NAME' } as const;
/** The Latin form of a name in another script, where no standard property carries it (see latinLines). */
/** A patronymic a reader could not tell from a middle name (one in Latin letters that does not read as Russian). */
export const X_LIAISON_PATRONYMIC = 'X-LIAISON-PATRONYMIC';
export const X_LIAISON_LATIN = { family: 'X-LIAISON-FAMILY-LATIN', given: 'X-LIAISON-GIVEN-LATIN', patronymic: 'X-LIAISON-PATRONYMIC-LATIN' } as const;

const CYRILLIC = /[\u0400-\u04ff]/u;
const LATIN_LETTERS = /^[\p{Script=Latin}\s'’.-]*$/u;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
const URI = /^[a-z][a-z0-9+.-]*:\S+$/i;

/**
 * One contact as a vCard 3.0 (RFC 2426) or 4.0 (RFC 6350): CRLF line ends, lines folded at 75
 * octets, text escaped. N carries every part: family; given; the patronymic, or each middle name
 * as its own list item; prefix; suffix. An organisation is `KIND:org` (4.0) or Apple's
 * `X-ABShowAs:COMPANY` (3.0), named by FN. The Latin form and the phonetic form: see nameLines.
 */
export function writeVcard(p: PortableContact, version: VcardVersion): string {
  const v4 = version === '4.0';
  const lines: string[] = ['BEGIN:VCARD', `VERSION:${version}`];
  let group = 0;
  const add = (line: string) => lines.push(line);

  // A UID is a URI in 4.0 unless marked as text; ours always is one (urn:uuid:...).
  if (p.uid) add(v4 && URI.test(p.uid) ? `UID:${p.uid}` : `UID${v4 ? ';VALUE=text' : ''}:${escapeVcardText(p.uid)}`);
  if (p.kind === 'org') add(v4 ? 'KIND:org' : 'X-ABShowAs:COMPANY');
  for (const line of nameLines(p, v4)) add(line);
  if (p.nickname) add(`NICKNAME:${escapeVcardText(p.nickname)}`);
  if (p.birthday) add(`BDAY:${vcardDate(p.birthday, v4)}`);
  if (p.anniversary) add(`${v4 ? 'ANNIVERSARY' : 'X-ANNIVERSARY'}:${vcardDate(p.anniversary, v4)}`);
  if (p.photo) {
    const base64 = Buffer.from(p.photo.bytes).toString('base64');
    add(v4 ? `PHOTO:data:${p.photo.mediaType};base64,${base64}` : `PHOTO;ENCODING=b;TYPE=${p.photo.mediaType.slice(6).toUpperCase()}:${base64}`);
  }
  if (p.gender !== 'unspecified') add(v4 ? `GENDER:${p.gender === 'female' ? 'F' : 'M'}` : `X-GENDER:${p.gender}`);
  if (p.salutationRu) add(`${X_LIAISON.salutationRu}:${escapeVcardText(p.salutationRu)}`);
  if (p.salutationEn) add(`${X_LIAISON.salutationEn}:${escapeVcardText(p.salutationEn)}`);
  if (p.organization) add(`ORG:${escapeVcardText(p.organization)}`);
  if (p.title) add(`TITLE:${escapeVcardText(p.title)}`);

  const item = (kind: VcardItemKind, property: string, label: string, preferred: boolean, value: string, extraV3: string[] = []) => {
    const types = typesForLabel(kind, label);
    const pref = preferred ? (v4 ? ';PREF=1' : '') : '';
    const typeList = [...extraV3.filter(() => !v4), ...(types ?? []), ...(preferred && !v4 ? ['pref'] : [])].map((t) => (v4 ? t : t.toUpperCase()));
    const typeParam = typeList.length === 0 ? '' : typeList.length === 1 || !v4 ? `;TYPE=${typeList.join(',')}` : `;TYPE="${typeList.join(',')}"`;
    if (types) {
      add(`${property}${typeParam}${pref}:${value}`);
      return;
    }
    group++;
    add(`item${group}.${property}${typeParam}${pref}:${value}`);
    add(`item${group}.X-ABLabel:${escapeVcardText(label)}`);
  };
  for (const e of p.emails) item('email', 'EMAIL', e.label, e.preferred, escapeVcardText(e.value), ['internet']);
  for (const t of p.phones) item('tel', 'TEL', t.label, t.preferred, escapeVcardText(t.value));
  for (const a of p.addresses) item('adr', 'ADR', a.label, a.preferred, vcardStructured(['', '', a.street, a.city, a.region, a.postcode, a.country]));
  // Escaped as text, as Apple writes it: a comma or semicolon in an address would split the value.
  for (const w of p.websites) item('url', 'URL', w.label, w.preferred, escapeVcardText(w.value));

  if (p.tags.length > 0) add(`CATEGORIES:${vcardList(p.tags)}`);
  if (p.notes) add(`NOTE:${escapeVcardText(p.notes)}`);
  for (const language of p.languages) {
    add(v4 && LANGUAGE_TAG.test(language) ? `LANG:${language}` : `${X_LIAISON.language}:${escapeVcardText(language)}`);
  }
  for (const city of p.cities) add(`${X_LIAISON.city}:${escapeVcardText(city)}`);
  for (const partnership of p.partnerships) add(`${X_LIAISON.partnership}:${escapeVcardText(partnership)}`);
  if (p.followUpDays !== null) add(`${X_LIAISON.followUpDays}:${p.followUpDays}`);
  add('END:VCARD');
  return lines.map(foldVcardLine).join('');
}

/**
 * N and FN, and the name's other forms.
 *
 * The Latin form of a Cyrillic name: in 4.0 as Liaison's own X-LIAISON-*-LATIN properties, not as
 * an ALTID/LANGUAGE alternative of N and FN. RFC 6350 allows two N with one ALTID, but readers
 * disagree on them: python's vobject reads only one N and writes the card back without the other,
 * and readers that keep one value per property take whichever came last. One N and one FN in the
 * name's own script is what every reader reads the same way (checked with vobject and ical.js in
 * vcard4Readers.test.ts); the Latin form travels in properties any reader keeps as unknown ones.
 * In 3.0 it goes, as before, in Apple's X-PHONETIC-* when the contact has no phonetic form of its
 * own (Apple Contacts and iOS show it under the name), else in X-LIAISON-*-LATIN.
 */
function nameLines(p: PortableContact, v4: boolean): string[] {
  const additional = p.patronymic ? [p.patronymic] : p.middleNames;
  const n = ['family', 'given'].map((k) => escapeVcardText(k === 'family' ? p.family : p.given));
  const lines = [`N:${[...n, vcardList(additional), escapeVcardText(p.prefix), escapeVcardText(p.suffix)].join(';')}`];
  lines.push(`FN:${escapeVcardText(formattedName(p))}`);
  if (p.patronymic && sortAdditionalNames({ family: p.family, given: p.given, patronymic: '', middleNames: [p.patronymic] }).patronymic === '') {
    lines.push(`${X_LIAISON_PATRONYMIC}:${escapeVcardText(p.patronymic)}`);
  }
  const derived = deriveLatinName(p);
  const latin = [p.familyLatin, p.givenLatin, p.patronymicLatin];
  // Written when it is a second script (a reader shows it beside the name), and whenever an
  // import would not derive it again from the name itself.
  const name = [p.family, p.given, p.patronymic];
  const hasLatinAlternative =
    (latin.some((part) => part !== '') && latin.some((part, i) => part !== name[i])) || latin.some((part, i) => part !== [derived.familyLatin, derived.givenLatin, derived.patronymicLatin][i]);
  const phonetic = [p.familyPhonetic, p.givenPhonetic, p.middlePhonetic];
  const hasPhonetic = phonetic.some((part) => part !== '');
  if (hasPhonetic) {
    if (p.givenPhonetic) lines.push(`${X_PHONETIC.given}:${escapeVcardText(p.givenPhonetic)}`);
    if (p.middlePhonetic) lines.push(`${X_PHONETIC.middle}:${escapeVcardText(p.middlePhonetic)}`);
    if (p.familyPhonetic) lines.push(`${X_PHONETIC.family}:${escapeVcardText(p.familyPhonetic)}`);
  }
  if (hasLatinAlternative) {
    // Apple's fields only for what they are read back as: Latin letters under a Cyrillic name.
    const apple = !v4 && !hasPhonetic && latin.every((part, i) => part === '' || (LATIN_LETTERS.test(part) && CYRILLIC.test([p.family, p.given, p.patronymic][i] ?? '')));
    const names = apple ? { family: X_PHONETIC.family, given: X_PHONETIC.given, patronymic: X_PHONETIC.middle } : X_LIAISON_LATIN;
    if (p.givenLatin) lines.push(`${names.given}:${escapeVcardText(p.givenLatin)}`);
    if (p.patronymicLatin) lines.push(`${names.patronymic}:${escapeVcardText(p.patronymicLatin)}`);
    if (p.familyLatin) lines.push(`${names.family}:${escapeVcardText(p.familyLatin)}`);
  }
  return lines;
}

/**
 * FN, which both versions require: an organisation's name; a Russian name family first
 * ("Иванова Мария Петровна"), as Russian address books list them; a name in Latin letters as
 * Americans write it ("Dr. John Q Smith Jr."); with no name parts, the nickname, the name as
 * written, the email or the phone, as the app shows the contact.
 */
function formattedName(p: PortableContact): string {
  if (p.kind === 'org' && (p.fullName || p.organization)) return p.fullName || p.organization;
  const parts = [p.family, p.given, p.patronymic, ...p.middleNames];
  if (parts.every((part) => part === '')) return contactDisplayName(p) || p.organization;
  const core = CYRILLIC.test(parts.join('')) ? contactDisplayName({ ...p, nickname: '', fullName: '' }) : [p.given, ...p.middleNames, p.patronymic, p.family].filter(Boolean).join(' ');
  return [p.prefix, core, p.suffix].filter(Boolean).join(' ');
}

/** `1961-04-12` stays as it is in 3.0; 4.0 writes ISO 8601 basic (`19610412`, `--0412`), as RFC 6350 §4.3.1 does. */
function vcardDate(date: string, v4: boolean): string {
  if (!v4) return date;
  return date.startsWith('--') ? `--${date.slice(2).replace('-', '')}` : date.replace(/-/g, '');
}
