import type { CsvLayout } from './CsvLayout';
import { guardCellUnlessPhone } from './formulaGuard';
import type { PortableAddress, PortableContact, PortablePhone } from './PortableContact';

/**
 * Outlook's contact CSV ("csv-outlook"): the columns Outlook's Import and Export wizard writes
 * for "Comma Separated Values" and maps automatically on import, in its order. Outlook maps a
 * column only when its name matches exactly (https://www.spstechnical.com/outlook_contacts_schema.htm:
 * "the field name must exactly match what is shown for automatic mapping to work correctly").
 * Outlook has fixed slots: three e-mail addresses, one phone of each kind (two for business and
 * home), one business, home and other address. What does not fit is reported before saving.
 */
export const OUTLOOK_CSV_COLUMNS = [
  'Title',
  'First Name',
  'Middle Name',
  'Last Name',
  'Suffix',
  'Company',
  'Department',
  'Job Title',
  'Business Street',
  'Business Street 2',
  'Business Street 3',
  'Business City',
  'Business State',
  'Business Postal Code',
  'Business Country/Region',
  'Home Street',
  'Home Street 2',
  'Home Street 3',
  'Home City',
  'Home State',
  'Home Postal Code',
  'Home Country/Region',
  'Other Street',
  'Other Street 2',
  'Other Street 3',
  'Other City',
  'Other State',
  'Other Postal Code',
  'Other Country/Region',
  "Assistant's Phone",
  'Business Fax',
  'Business Phone',
  'Business Phone 2',
  'Callback',
  'Car Phone',
  'Company Main Phone',
  'Home Fax',
  'Home Phone',
  'Home Phone 2',
  'ISDN',
  'Mobile Phone',
  'Other Fax',
  'Other Phone',
  'Pager',
  'Primary Phone',
  'Radio Phone',
  'TTY/TDD Phone',
  'Telex',
  'Account',
  'Anniversary',
  "Assistant's Name",
  'Billing Information',
  'Birthday',
  'Business Address PO Box',
  'Categories',
  'Children',
  'Directory Server',
  'E-mail Address',
  'E-mail Type',
  'E-mail Display Name',
  'E-mail 2 Address',
  'E-mail 2 Type',
  'E-mail 2 Display Name',
  'E-mail 3 Address',
  'E-mail 3 Type',
  'E-mail 3 Display Name',
  'Gender',
  'Government ID Number',
  'Hobby',
  'Home Address PO Box',
  'Initials',
  'Internet Free Busy',
  'Keywords',
  'Language',
  'Location',
  "Manager's Name",
  'Mileage',
  'Notes',
  'Office Location',
  'Organizational ID Number',
  'Other Address PO Box',
  'Priority',
  'Private',
  'Profession',
  'Referred By',
  'Sensitivity',
  'Spouse',
  'User 1',
  'User 2',
  'User 3',
  'User 4',
  'Web Page',
] as const;
export type OutlookColumn = (typeof OUTLOOK_CSV_COLUMNS)[number];

/** Which phone columns take a label, in the order they fill; anything else goes to Other Phone. */
export const OUTLOOK_PHONE_SLOTS: Readonly<Record<string, readonly OutlookColumn[]>> = {
  mobile: ['Mobile Phone'],
  work: ['Business Phone', 'Business Phone 2'],
  home: ['Home Phone', 'Home Phone 2'],
  fax: ['Business Fax'],
  'home fax': ['Home Fax'],
  'other fax': ['Other Fax'],
  pager: ['Pager'],
  car: ['Car Phone'],
  assistant: ["Assistant's Phone"],
  main: ['Company Main Phone'],
  callback: ['Callback'],
  isdn: ['ISDN'],
  radio: ['Radio Phone'],
  'tty/tdd': ['TTY/TDD Phone'],
  telex: ['Telex'],
  primary: ['Primary Phone'],
  other: ['Other Phone'],
};
export const OUTLOOK_EMAIL_SLOTS = [
  ['E-mail Address', 'E-mail Type', 'E-mail Display Name'],
  ['E-mail 2 Address', 'E-mail 2 Type', 'E-mail 2 Display Name'],
  ['E-mail 3 Address', 'E-mail 3 Type', 'E-mail 3 Display Name'],
] as const satisfies readonly (readonly [OutlookColumn, OutlookColumn, OutlookColumn])[];
export const OUTLOOK_ADDRESS_PREFIX = { work: 'Business', home: 'Home', other: 'Other' } as const;
const OUTLOOK_GENDER = { female: 'Female', male: 'Male', unspecified: 'Unspecified' } as const;

interface Placed {
  cells: Partial<Record<OutlookColumn, string>>;
  lost: string[];
}

function placePhones(phones: PortablePhone[], placed: Placed): void {
  // The preferred number first, so it takes the slot when two share a label.
  const ordered = [...phones.filter((p) => p.preferred), ...phones.filter((p) => !p.preferred)];
  let extra = 0;
  for (const phone of ordered) {
    const slots = OUTLOOK_PHONE_SLOTS[phone.label.toLowerCase()] ?? OUTLOOK_PHONE_SLOTS.other ?? [];
    const free = [...slots, 'Other Phone' as const].find((column) => placed.cells[column] === undefined);
    if (free) placed.cells[free] = phone.value;
    else extra++;
  }
  if (extra > 0) placed.lost.push('phone numbers beyond its slots');
}

function placeAddresses(addresses: PortableAddress[], placed: Placed): void {
  const ordered = [...addresses.filter((a) => a.preferred), ...addresses.filter((a) => !a.preferred)];
  const used = new Set<string>();
  let extra = 0;
  for (const address of ordered) {
    const wanted = address.label.toLowerCase();
    const kind = (['work', 'home', 'other'] as const).find((k) => k === wanted && !used.has(k)) ?? (used.has('other') ? undefined : 'other');
    if (!kind) {
      extra++;
      continue;
    }
    used.add(kind);
    const prefix = OUTLOOK_ADDRESS_PREFIX[kind];
    placed.cells[`${prefix} Street` as const] = address.street;
    placed.cells[`${prefix} City` as const] = address.city;
    placed.cells[`${prefix} State` as const] = address.region;
    placed.cells[`${prefix} Postal Code` as const] = address.postcode;
    placed.cells[`${prefix} Country/Region` as const] = address.country;
  }
  if (extra > 0) placed.lost.push('addresses beyond its three');
}

function place(p: PortableContact): Placed {
  const placed: Placed = { cells: {}, lost: [] };
  const c = placed.cells;
  c.Title = p.prefix;
  c['First Name'] = p.given;
  c['Middle Name'] = [p.patronymic, ...p.middleNames].filter(Boolean).join(', ');
  c['Last Name'] = p.family;
  c.Suffix = p.suffix;
  // An organisation's own card is a company with no person's name, as Outlook shows one.
  c.Company = p.organization || (p.kind === 'org' ? p.fullName : '');
  c['Job Title'] = p.title;
  c.Birthday = outlookDate(p.birthday);
  c.Anniversary = outlookDate(p.anniversary);
  c['Web Page'] = p.websites[0]?.value ?? '';
  const emails = [...p.emails.filter((e) => e.preferred), ...p.emails.filter((e) => !e.preferred)];
  emails.slice(0, 3).forEach((email, i) => {
    const [address, type, display] = OUTLOOK_EMAIL_SLOTS[i] ?? OUTLOOK_EMAIL_SLOTS[0];
    c[address] = email.value;
    c[type] = 'SMTP';
    c[display] = [p.given, p.family].filter(Boolean).join(' ') || p.fullName;
  });
  if (emails.length > 3) placed.lost.push('emails beyond the third');
  placePhones(p.phones, placed);
  placeAddresses(p.addresses, placed);
  // Outlook's own export separates categories with ";".
  c.Categories = p.tags.join(';');
  c.Gender = OUTLOOK_GENDER[p.gender];
  c.Language = p.languages.join('; ');
  c.Notes = p.notes;
  return placed;
}

export const outlookCsvLayout: CsvLayout = {
  header: () => [...OUTLOOK_CSV_COLUMNS],
  row: (p) => {
    const { cells } = place(p);
    return OUTLOOK_CSV_COLUMNS.map((column) => guardCellUnlessPhone(cells[column] ?? ''));
  },
  losses(p) {
    const lost = place(p).lost;
    if (p.familyLatin !== p.family || p.givenLatin !== p.given) lost.push('the Latin name');
    if (p.salutationRu || p.salutationEn) lost.push('salutations');
    if (p.cities.length > 0) lost.push('cities');
    if (p.partnerships.length > 0) lost.push('partnerships');
    if (p.followUpDays !== null) lost.push('the follow-up cadence');
    if (p.nickname) lost.push('the nickname');
    if (p.familyPhonetic || p.givenPhonetic || p.middlePhonetic) lost.push('phonetic names');
    if (p.websites.length > 1) lost.push('websites beyond the first');
    if (p.birthday.startsWith('--') || p.anniversary.startsWith('--')) lost.push('a date without its year');
    if (p.patronymic && p.middleNames.length > 0) lost.push('the patronymic apart from the middle names');
    return lost;
  },
};

/** Outlook writes and reads dates as M/D/YYYY; a date without a year has no place there. */
function outlookDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${Number(m[2])}/${Number(m[3])}/${m[1]}` : '';
}
