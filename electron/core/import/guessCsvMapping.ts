import { GOOGLE_CSV_NAMES } from '../export/googleCsvLayout';
import { LIAISON_CSV } from '../export/liaisonCsvLayout';
import { OUTLOOK_ADDRESS_PREFIX, OUTLOOK_CSV_COLUMNS, OUTLOOK_EMAIL_SLOTS, OUTLOOK_PHONE_SLOTS } from '../export/outlookCsvLayout';
import { IGNORE } from './CsvTarget';
import { headerTargets } from './csvHeaderWords';

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
    [LIAISON_CSV.kind]: 'kind',
    [LIAISON_CSV.prefix]: 'prefix',
    [LIAISON_CSV.suffix]: 'suffix',
    [LIAISON_CSV.nickname]: 'nickname',
    [LIAISON_CSV.fullName]: 'fullName',
    [LIAISON_CSV.familyPhonetic]: 'familyPhonetic',
    [LIAISON_CSV.givenPhonetic]: 'givenPhonetic',
    [LIAISON_CSV.middlePhonetic]: 'middlePhonetic',
    [LIAISON_CSV.birthday]: 'birthday',
    [LIAISON_CSV.anniversary]: 'anniversary',
    [LIAISON_CSV.salutationRu]: 'salutationRu',
    [LIAISON_CSV.salutationEn]: 'salutationEn',
    [LIAISON_CSV.organization]: 'organization',
    [LIAISON_CSV.title]: 'title',
    [LIAISON_CSV.notes]: 'notes',
    [LIAISON_CSV.followUpDays]: 'followUpDays',
  };
  if (Object.hasOwn(fixed, header)) return fixed[header] ?? null;
  const group = /^(E-mail|Phone|Address|Website) (\d+) - (.+)$/.exec(header);
  if (group) {
    const [, kind = '', n = '', part = ''] = group;
    const item = kind === 'E-mail' ? 'email' : kind.toLowerCase();
    const mapped = item === 'address' ? ADDRESS_PART[part] : part.toLowerCase();
    return mapped ? `${item}:${n}:${mapped}` : null;
  }
  if (/^Middle name \d+$/.test(header)) return 'middleNames';
  const list = /^(City|Partnership|Language|Tag) \d+$/.exec(header);
  return list ? (list[1] ?? '').toLowerCase() : null;
}

function googleTarget(header: string): string | null {
  const fixed: Readonly<Record<string, string>> = {
    'First Name': 'given',
    // One cell for every additional name; sortAdditionalNames makes a Russian one the patronymic.
    'Middle Name': 'middleNames',
    'Last Name': 'family',
    // Phonetic names stay phonetic; Latin letters under a Cyrillic name become its Latin form (sortPhoneticNames).
    'Phonetic First Name': 'givenPhonetic',
    'Phonetic Middle Name': 'middlePhonetic',
    'Phonetic Last Name': 'familyPhonetic',
    'Name Prefix': 'prefix',
    'Name Suffix': 'suffix',
    Nickname: 'nickname',
    Birthday: 'birthday',
    'Organization Name': 'organization',
    'Organization Title': 'title',
    Notes: 'notes',
    Labels: 'tags',
    // Google's older layout.
    Name: 'fullName',
    'Given Name': 'given',
    'Additional Name': 'middleNames',
    'Family Name': 'family',
    'Given Name Yomi': 'givenPhonetic',
    'Additional Name Yomi': 'middlePhonetic',
    'Family Name Yomi': 'familyPhonetic',
    'Group Membership': 'tags',
    'Organization 1 - Name': 'organization',
    'Organization 1 - Title': 'title',
  };
  if (Object.hasOwn(fixed, header)) return fixed[header] ?? null;
  const group = /^(E-mail|Phone|Address|Website|Event) (\d+) - (.+)$/.exec(header);
  if (!group) return null;
  const [, kind = '', n = '', part = ''] = group;
  const item = kind === 'E-mail' ? 'email' : kind.toLowerCase();
  const mapped = item === 'address' ? ADDRESS_PART[part] : part === 'Label' || part === 'Type' ? 'label' : part === 'Value' ? 'value' : undefined;
  return mapped ? `${item}:${n}:${mapped}` : null;
}

function outlookTargets(): Map<string, string> {
  const map = new Map<string, string>([
    ['First Name', 'given'],
    ['Middle Name', 'middleNames'],
    ['Last Name', 'family'],
    ['Title', 'prefix'],
    ['Suffix', 'suffix'],
    ['Birthday', 'birthday'],
    ['Anniversary', 'anniversary'],
    ['Web Page', 'website:1:value'],
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

/**
 * The mapping the import proposes for a header row: exact for Liaison's, Google's and Outlook's
 * own files (with the words of each column for those their layouts do not list: Outlook's
 * "Primary Phone", Google's "Name Prefix"), by the words of each column (English and Russian,
 * csvHeaderWords.ts) for any other. The user can change every entry before importing.
 */
export function guessCsvMapping(headers: string[]): CsvMappingGuess {
  const names = new Set(headers);
  if (names.has(LIAISON_CSV.uid) && names.has(LIAISON_CSV.family)) {
    return { flavour: 'liaison', targets: headers.map((h) => liaisonTarget(h) ?? IGNORE) };
  }
  const googleNames: readonly string[] = GOOGLE_CSV_NAMES;
  if (names.has('E-mail 1 - Value') || names.has('Phone 1 - Value') || (names.has('Labels') && googleNames.every((n) => names.has(n)))) {
    return { flavour: 'google', targets: headerTargets(headers, headers.map(googleTarget)) };
  }
  const outlookNames: readonly string[] = OUTLOOK_CSV_COLUMNS;
  if (names.has('E-mail Address') && headers.filter((h) => outlookNames.includes(h)).length >= 5) {
    const map = outlookTargets();
    return { flavour: 'outlook', targets: headerTargets(headers, headers.map((h) => map.get(h) ?? null)) };
  }
  return { flavour: 'generic', targets: headerTargets(headers) };
}
