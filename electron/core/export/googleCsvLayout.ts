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
 * The Latin forms of a Russian name go in the Phonetic columns, which Google shows under the name.
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

const latinIfDifferent = (latin: string, original: string) => (latin === original ? '' : latin);

export const googleCsvLayout: CsvLayout = {
  header(shape: CsvShape): string[] {
    return [
      ...GOOGLE_CSV_NAMES,
      ...numbered(shape.emails, (n) => [`E-mail ${n} - Label`, `E-mail ${n} - Value`]),
      ...numbered(shape.phones, (n) => [`Phone ${n} - Label`, `Phone ${n} - Value`]),
      ...numbered(shape.addresses, (n) => GOOGLE_ADDRESS_PARTS.map((part) => `Address ${n} - ${part}`)),
    ];
  },
  row(p: PortableContact, shape: CsvShape): string[] {
    const byName: Record<(typeof GOOGLE_CSV_NAMES)[number], string> = {
      'First Name': p.given,
      'Middle Name': p.patronymic,
      'Last Name': p.family,
      'Phonetic First Name': latinIfDifferent(p.givenLatin, p.given),
      'Phonetic Middle Name': latinIfDifferent(p.patronymicLatin, p.patronymic),
      'Phonetic Last Name': latinIfDifferent(p.familyLatin, p.family),
      'Name Prefix': '',
      'Name Suffix': '',
      Nickname: '',
      'File As': '',
      'Organization Name': p.organization,
      'Organization Title': p.title,
      'Organization Department': '',
      Birthday: '',
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
    return lost;
  },
};
