import { GOOGLE_CSV_NAMES } from '../export/googleCsvLayout';
import { LIAISON_CSV } from '../export/liaisonCsvLayout';
import { OUTLOOK_ADDRESS_PREFIX, OUTLOOK_CSV_COLUMNS, OUTLOOK_EMAIL_SLOTS, OUTLOOK_PHONE_SLOTS } from '../export/outlookCsvLayout';
import { IGNORE } from './CsvTarget';

/** Which tool wrote the file, judged by its header; "generic" is any other columns. */
export type CsvFlavour = 'liaison' | 'google' | 'outlook' | 'generic';

export interface CsvMappingGuess {
  flavour: CsvFlavour;
  /** One target per column (see CsvTarget.ts), "ignore" where nothing fits. */
  targets: string[];
}

const ADDRESS_PART: Readonly<Record<string, string>> = {
  Street: 'street',
  City: 'city',
  Region: 'region',
  'Postal Code': 'postcode',
  Country: 'country',
  Label: 'label',
  Type: 'label',
  Formatted: 'formatted',
  Preferred: 'preferred',
  // Google's PO Box and Extended Address are parts of the street in our model.
  'PO Box': 'street',
  'Extended Address': 'street',
};

function liaisonTarget(header: string): string | null {
  const fixed: Readonly<Record<string, string>> = {
    [LIAISON_CSV.uid]: 'uid',
    [LIAISON_CSV.family]: 'family',
    [LIAISON_CSV.given]: 'given',
    [LIAISON_CSV.patronymic]: 'patronymic',
    [LIAISON_CSV.gender]: 'gender',
    [LIAISON_CSV.familyLatin]: 'familyLatin',
    [LIAISON_CSV.givenLatin]: 'givenLatin',
    [LIAISON_CSV.patronymicLatin]: 'patronymicLatin',
    [LIAISON_CSV.salutationRu]: 'salutationRu',
    [LIAISON_CSV.salutationEn]: 'salutationEn',
    [LIAISON_CSV.organization]: 'organization',
    [LIAISON_CSV.title]: 'title',
    [LIAISON_CSV.notes]: 'notes',
    [LIAISON_CSV.followUpDays]: 'followUpDays',
  };
  if (Object.hasOwn(fixed, header)) return fixed[header] ?? null;
  const group = /^(E-mail|Phone|Address) (\d+) - (.+)$/.exec(header);
  if (group) {
    const [, kind = '', n = '', part = ''] = group;
    const item = kind === 'E-mail' ? 'email' : kind.toLowerCase();
    const mapped = item === 'address' ? ADDRESS_PART[part] : part.toLowerCase();
    return mapped ? `${item}:${n}:${mapped}` : null;
  }
  const list = /^(City|Partnership|Language|Tag) \d+$/.exec(header);
  return list ? (list[1] ?? '').toLowerCase() : null;
}

function googleTarget(header: string): string | null {
  const fixed: Readonly<Record<string, string>> = {
    'First Name': 'given',
    'Middle Name': 'patronymic',
    'Last Name': 'family',
    'Phonetic First Name': 'givenLatin',
    'Phonetic Middle Name': 'patronymicLatin',
    'Phonetic Last Name': 'familyLatin',
    'Organization Name': 'organization',
    'Organization Title': 'title',
    Notes: 'notes',
    Labels: 'tags',
    // Google's older layout.
    Name: 'fullName',
    'Given Name': 'given',
    'Additional Name': 'patronymic',
    'Family Name': 'family',
    'Group Membership': 'tags',
    'Organization 1 - Name': 'organization',
    'Organization 1 - Title': 'title',
  };
  if (Object.hasOwn(fixed, header)) return fixed[header] ?? null;
  const group = /^(E-mail|Phone|Address) (\d+) - (.+)$/.exec(header);
  if (!group) return null;
  const [, kind = '', n = '', part = ''] = group;
  const item = kind === 'E-mail' ? 'email' : kind.toLowerCase();
  const mapped = item === 'address' ? ADDRESS_PART[part] : part === 'Label' || part === 'Type' ? 'label' : part === 'Value' ? 'value' : undefined;
  return mapped ? `${item}:${n}:${mapped}` : null;
}

function outlookTargets(): Map<string, string> {
  const map = new Map<string, string>([
    ['First Name', 'given'],
    ['Middle Name', 'patronymic'],
    ['Last Name', 'family'],
    ['Company', 'organization'],
    ['Job Title', 'title'],
    ['Categories', 'tags'],
    ['Gender', 'gender'],
    ['Language', 'languages'],
    ['Notes', 'notes'],
  ]);
  OUTLOOK_EMAIL_SLOTS.forEach(([address], i) => map.set(address, `email:${i + 1}:value`));
  for (const [label, columns] of Object.entries(OUTLOOK_PHONE_SLOTS)) {
    columns.forEach((column, i) => map.set(column, `phone:${label}${i > 0 ? `#${i + 1}` : ''}:value`));
  }
  for (const [label, prefix] of Object.entries(OUTLOOK_ADDRESS_PREFIX)) {
    map.set(`${prefix} Street`, `address:${label}:street`);
    map.set(`${prefix} Street 2`, `address:${label}:street`);
    map.set(`${prefix} Street 3`, `address:${label}:street`);
    map.set(`${prefix} City`, `address:${label}:city`);
    map.set(`${prefix} State`, `address:${label}:region`);
    map.set(`${prefix} Postal Code`, `address:${label}:postcode`);
    map.set(`${prefix} Country/Region`, `address:${label}:country`);
  }
  return map;
}

/** Any other spreadsheet: column names people write, in English and Russian, compared folded. */
const GENERIC: Readonly<Record<string, string>> = {
  'last name': 'family',
  lastname: 'family',
  'family name': 'family',
  surname: 'family',
  фамилия: 'family',
  'first name': 'given',
  firstname: 'given',
  'given name': 'given',
  имя: 'given',
  'middle name': 'patronymic',
  patronymic: 'patronymic',
  'additional name': 'patronymic',
  отчество: 'patronymic',
  name: 'fullName',
  'full name': 'fullName',
  'display name': 'fullName',
  'contact name': 'fullName',
  фио: 'fullName',
  'полное имя': 'fullName',
  gender: 'gender',
  sex: 'gender',
  пол: 'gender',
  organization: 'organization',
  organisation: 'organization',
  company: 'organization',
  employer: 'organization',
  организация: 'organization',
  компания: 'organization',
  учреждение: 'organization',
  'job title': 'title',
  title: 'title',
  position: 'title',
  должность: 'title',
  notes: 'notes',
  note: 'notes',
  comments: 'notes',
  comment: 'notes',
  remarks: 'notes',
  заметки: 'notes',
  примечание: 'notes',
  примечания: 'notes',
  комментарий: 'notes',
  tags: 'tags',
  labels: 'tags',
  categories: 'tags',
  groups: 'tags',
  теги: 'tags',
  метки: 'tags',
  категории: 'tags',
  группы: 'tags',
  languages: 'languages',
  language: 'languages',
  языки: 'languages',
  язык: 'languages',
  uid: 'uid',
  город: 'cities',
  cities: 'cities',
};
const EMAIL_WORDS = new Set(['email', 'e mail', 'mail', 'email address', 'e mail address', 'primary email', 'secondary email', 'почта', 'электронная почта', 'эл почта', 'емейл']);
const PHONE_WORDS = new Set(['phone', 'telephone', 'tel', 'phone number', 'телефон', 'тел', 'номер телефона']);
const PHONE_LABELS: Readonly<Record<string, string>> = {
  mobile: 'mobile',
  'mobile phone': 'mobile',
  'mobile number': 'mobile',
  cell: 'mobile',
  'cell phone': 'mobile',
  мобильный: 'mobile',
  'мобильный телефон': 'mobile',
  сотовый: 'mobile',
  'work phone': 'work',
  'business phone': 'work',
  'office phone': 'work',
  'рабочий телефон': 'work',
  'home phone': 'home',
  'домашний телефон': 'home',
  fax: 'fax',
  'fax number': 'fax',
  факс: 'fax',
  pager: 'pager',
  'pager number': 'pager',
};
const ADDRESS_WORDS: Readonly<Record<string, string>> = {
  address: 'street',
  street: 'street',
  'street address': 'street',
  'address 2': 'street',
  адрес: 'street',
  улица: 'street',
  city: 'city',
  town: 'city',
  state: 'region',
  region: 'region',
  province: 'region',
  область: 'region',
  регион: 'region',
  zip: 'postcode',
  zipcode: 'postcode',
  'zip code': 'postcode',
  'postal code': 'postcode',
  postcode: 'postcode',
  индекс: 'postcode',
  country: 'country',
  страна: 'country',
};

const fold = (header: string) =>
  header
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function genericTargets(headers: string[]): string[] {
  const folded = headers.map(fold);
  // "City" is the contact's city, unless the sheet has address columns it belongs with.
  const hasAddress = folded.some((h) => /(?:^| )(?:address|street|zip|zipcode|postcode|адрес|улица|индекс)(?: |$)/.test(h));
  let emails = 0;
  let phones = 0;
  return folded.map((header) => {
    const numbered = /^(.*?) ?(\d{1,2})$/.exec(header);
    const base = numbered ? (numbered[1] ?? header) : header;
    if (EMAIL_WORDS.has(base) || EMAIL_WORDS.has(header)) return `email:${++emails}:value`;
    if (PHONE_WORDS.has(base)) return `phone:${++phones}:value`;
    const phoneLabel = PHONE_LABELS[header] ?? PHONE_LABELS[base];
    if (phoneLabel) return `phone:${phoneLabel}${numbered && numbered[2] !== '1' ? `#${numbered[2]}` : ''}:value`;
    const placed = /^(home|work|business|other) (.+)$/.exec(header);
    if (placed) {
      const part = ADDRESS_WORDS[(placed[2] ?? '').replace(/ \d$/, '')];
      const label = placed[1] === 'business' ? 'work' : (placed[1] ?? 'other');
      if (part) return `address:${label}:${part}`;
    }
    if (header === 'city' || header === 'town') return hasAddress ? 'address:1:city' : 'cities';
    const address = ADDRESS_WORDS[header] ?? ADDRESS_WORDS[base];
    if (address && (hasAddress || address !== 'region')) return `address:1:${address}`;
    return GENERIC[header] ?? IGNORE;
  });
}

/**
 * The mapping the import proposes for a header row: exact for Liaison's, Google's and Outlook's
 * own files, by common column names (English and Russian) for any other. The user can change every
 * entry before importing.
 */
export function guessCsvMapping(headers: string[]): CsvMappingGuess {
  const names = new Set(headers);
  if (names.has(LIAISON_CSV.uid) && names.has(LIAISON_CSV.family)) {
    return { flavour: 'liaison', targets: headers.map((h) => liaisonTarget(h) ?? IGNORE) };
  }
  const googleNames: readonly string[] = GOOGLE_CSV_NAMES;
  if (names.has('E-mail 1 - Value') || names.has('Phone 1 - Value') || (names.has('Labels') && googleNames.every((n) => names.has(n)))) {
    return { flavour: 'google', targets: headers.map((h) => googleTarget(h) ?? IGNORE) };
  }
  const outlookNames: readonly string[] = OUTLOOK_CSV_COLUMNS;
  if (names.has('E-mail Address') && headers.filter((h) => outlookNames.includes(h)).length >= 5) {
    const map = outlookTargets();
    return { flavour: 'outlook', targets: headers.map((h) => map.get(h) ?? IGNORE) };
  }
  return { flavour: 'generic', targets: genericTargets(headers) };
}
