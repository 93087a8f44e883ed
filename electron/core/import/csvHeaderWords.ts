import { IGNORE, parseCsvTarget } from './CsvTarget';

/*
 * Column names as people and programs write them, English and Russian, read word by word rather
 * than looked up whole, so "Email Home" (Roundcube), "Home Email", "E-mail 2 Address" (Outlook),
 * "Адрес 2 эл. почты" (Outlook in Russian), "Основной адрес эл. почты" (Thunderbird in Russian),
 * "Эл. почта" and "Телефон (мобильный)" all land somewhere. Every column that names an email,
 * a phone or a website becomes one; the label comes from the place words around it.
 */

// Words are compared folded: lower case, ё as е, punctuation as spaces.
export const foldHeader = (header: string) =>
  header
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const words = (folded: string) => folded.split(' ').filter(Boolean);
const has = (ws: string[], ...stems: string[]) => ws.some((w) => stems.some((s) => (s.endsWith('*') ? w.startsWith(s.slice(0, -1)) : w === s)));

/** "E-mail Type", "Тип эл. почты", "E-mail Display Name": what a tool says about an address, not one. */
const isAboutItem = (ws: string[]) => has(ws, 'type', 'kind', 'label', 'display', 'тип', 'краткое', 'отображаемое');

function isEmail(folded: string, ws: string[]): boolean {
  return has(ws, 'email', 'mail', 'emails', 'почта', 'почты', 'емейл', 'имейл', 'мейл', 'mailbox') || /\be mail\b|\bэл почт|электронн/.test(folded);
}

/** "Web Page" (Outlook), "Веб-страница", "Website", "Homepage", "Сайт": a contact's web address. */
function isWebsite(ws: string[]): boolean {
  return has(ws, 'website', 'websites', 'web', 'homepage', 'url', 'сайт', 'веб');
}

function isPhone(ws: string[]): boolean {
  return has(ws, 'phone', 'phones', 'telephone', 'tel', 'mobile', 'cell', 'cellphone', 'fax', 'pager', 'callback', 'isdn', 'telex', 'tty', 'телефон*', 'тел', 'мобильн*', 'сотов*', 'факс', 'пейджер', 'телекс', 'радиотелефон', 'телетайп*', 'вызов');
}

/** The label a column's place words give: "Work Fax" is "work fax", "Рабочий телефон" is "work". */
function placeOf(ws: string[]): string {
  if (has(ws, 'home', 'personal', 'private', 'домашн*', 'дом', 'личн*')) return 'home';
  if (has(ws, 'work', 'business', 'office', 'company', 'рабоч*', 'раб', 'служебн*', 'организации')) return 'work';
  if (has(ws, 'other', 'другой', 'другая', 'дополнительн*', 'secondary', 'alternate', 'alternative')) return 'other';
  return '';
}

function phoneLabel(ws: string[]): string {
  const place = placeOf(ws);
  if (has(ws, 'mobile', 'cell', 'cellphone', 'мобильн*', 'сотов*', 'переносной')) return 'mobile';
  if (has(ws, 'fax', 'факс')) return place ? `${place} fax` : 'fax';
  if (has(ws, 'pager', 'пейджер')) return 'pager';
  if (has(ws, 'car', 'машине')) return 'car';
  if (has(ws, 'assistant', 'assistants', 'помощника')) return 'assistant';
  if (has(ws, 'main', 'primary', 'основной')) return 'main';
  return place;
}

const NAME_WORDS: Readonly<Record<string, string>> = {
  'last name': 'family',
  lastname: 'family',
  'family name': 'family',
  surname: 'family',
  фамилия: 'family',
  'first name': 'given',
  firstname: 'given',
  'given name': 'given',
  forename: 'given',
  имя: 'given',
  'middle name': 'middleNames',
  'middle names': 'middleNames',
  patronymic: 'patronymic',
  'additional name': 'middleNames',
  'additional names': 'middleNames',
  'phonetic first name': 'givenPhonetic',
  'phonetic given name': 'givenPhonetic',
  'first name yomi': 'givenPhonetic',
  'given name yomi': 'givenPhonetic',
  'phonetic middle name': 'middlePhonetic',
  'middle name yomi': 'middlePhonetic',
  'additional name yomi': 'middlePhonetic',
  'phonetic last name': 'familyPhonetic',
  'phonetic family name': 'familyPhonetic',
  'last name yomi': 'familyPhonetic',
  'family name yomi': 'familyPhonetic',
  'name as written': 'fullName',
  отчество: 'patronymic',
  name: 'fullName',
  'full name': 'fullName',
  'display name': 'fullName',
  'contact name': 'fullName',
  contact: 'fullName',
  фио: 'fullName',
  'полное имя': 'fullName',
  'отображаемое имя': 'fullName',
  'имя и фамилия': 'fullName',
  gender: 'gender',
  sex: 'gender',
  пол: 'gender',
  organization: 'organization',
  organisation: 'organization',
  'organization name': 'organization',
  company: 'organization',
  'company name': 'organization',
  employer: 'organization',
  организация: 'organization',
  компания: 'organization',
  учреждение: 'organization',
  'место работы': 'organization',
  'job title': 'title',
  jobtitle: 'title',
  'organization title': 'title',
  position: 'title',
  role: 'title',
  должность: 'title',
  notes: 'notes',
  note: 'notes',
  comments: 'notes',
  comment: 'notes',
  remarks: 'notes',
  description: 'notes',
  заметки: 'notes',
  заметка: 'notes',
  примечание: 'notes',
  примечания: 'notes',
  комментарий: 'notes',
  tags: 'tags',
  labels: 'tags',
  categories: 'tags',
  category: 'tags',
  groups: 'tags',
  group: 'tags',
  'group membership': 'tags',
  теги: 'tags',
  метки: 'tags',
  категории: 'tags',
  группы: 'tags',
  группа: 'tags',
  languages: 'languages',
  language: 'languages',
  языки: 'languages',
  язык: 'languages',
  uid: 'uid',
  cities: 'cities',
  // Fields the contact model may grow (honorifics, nickname): used when CsvTarget knows them.
  nickname: 'nickname',
  псевдоним: 'nickname',
  ник: 'nickname',
  birthday: 'birthday',
  'date of birth': 'birthday',
  'день рождения': 'birthday',
  'дата рождения': 'birthday',
  'name prefix': 'prefix',
  prefix: 'prefix',
  обращение: 'prefix',
  anniversary: 'anniversary',
  'wedding anniversary': 'anniversary',
  годовщина: 'anniversary',
  'годовщина свадьбы': 'anniversary',
  kind: 'kind',
  'name suffix': 'suffix',
  suffix: 'suffix',
  суффикс: 'suffix',
};

const ADDRESS_WORDS: Readonly<Record<string, string>> = {
  address: 'street',
  street: 'street',
  'street address': 'street',
  'street 2': 'street',
  'street 3': 'street',
  'address 2': 'street',
  адрес: 'street',
  улица: 'street',
  'улица 2': 'street',
  'улица 3': 'street',
  city: 'city',
  town: 'city',
  город: 'city',
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
  'почтовый индекс': 'postcode',
  country: 'country',
  'country region': 'country',
  страна: 'country',
  'страна или регион': 'country',
};

const ADDRESS_PLACE = /^(?:(home|work|business|other) (.+)|(.+) (?:(дом|раб|другой) адрес))$/;
const isTarget = (key: string) => parseCsvTarget(key) !== null;

/** "E-mail Type", "Тип эл. почты", "E-mail Display Name": bookkeeping a tool writes beside an address, not worth a "not imported" line. */
export function describesItem(header: string): boolean {
  const folded = foldHeader(header);
  const ws = words(folded);
  return (isEmail(folded, ws) || isPhone(ws)) && isAboutItem(ws);
}

/**
 * Targets for a header row no known tool wrote (or the columns a known layout does not cover,
 * given as `taken` null). "Title" is an honorific ("Mr.", "Dr.") when the sheet also has a
 * "Job Title" column, as Outlook's and Roundcube's do; otherwise it is the job title.
 */
export function headerTargets(headers: readonly string[], known: readonly (string | null)[] = []): string[] {
  const folded = headers.map(foldHeader);
  const used = new Set(known.filter((k): k is string => k !== null && k !== IGNORE).map((k) => k.split(':').slice(0, 2).join(':')));
  const slot = (item: string, label: string) => {
    let key = label || '1';
    for (let n = 2; used.has(`${item}:${key}`); n++) key = label ? `${label}#${n}` : String(n);
    used.add(`${item}:${key}`);
    return `${item}:${key}:value`;
  };
  const hasJobTitle = folded.some((h) => /^(?:job title|jobtitle|должность|organization title)$/.test(h));
  const hasAddress = folded.some((h) => /(?:^| )(?:address|street|zip|zipcode|postcode|адрес|улица|индекс)(?: |$)/.test(h));
  return folded.map((header, i) => {
    const fixed = known[i];
    if (fixed !== undefined && fixed !== null) return fixed;
    const ws = words(header);
    if (ws.length === 0) return IGNORE;
    const address = addressTarget(header, hasAddress);
    if (address) return address;
    if (isEmail(header, ws)) return isAboutItem(ws) ? IGNORE : slot('email', placeOf(ws));
    if (isPhone(ws)) return isAboutItem(ws) ? IGNORE : slot('phone', phoneLabel(ws));
    if (isWebsite(ws)) return isAboutItem(ws) ? IGNORE : ifTarget(slot('website', placeOf(ws)));
    if (header === 'title') return hasJobTitle ? ifTarget('prefix') : 'title';
    if (header === 'city' || header === 'town' || header === 'город') return hasAddress ? 'address:1:city' : 'cities';
    const base = header.replace(/ \d{1,2}$/, '');
    return ifTarget(NAME_WORDS[header] ?? NAME_WORDS[base] ?? IGNORE);
  });
}

const ifTarget = (key: string) => (isTarget(key) ? key : IGNORE);

function addressTarget(header: string, hasAddress: boolean): string | null {
  const placed = ADDRESS_PLACE.exec(header);
  if (placed) {
    const [, en, enPart, ruPart, ru] = placed;
    const label = en ? (en === 'business' ? 'work' : en) : ru === 'дом' ? 'home' : ru === 'раб' ? 'work' : 'other';
    const part = ADDRESS_WORDS[(enPart ?? ruPart ?? '').trim()];
    if (part) return `address:${label}:${part}`;
  }
  if (header === 'city' || header === 'town' || header === 'город') return null;
  const part = ADDRESS_WORDS[header];
  return part && (hasAddress || part !== 'region') ? `address:1:${part}` : null;
}
