import { placePhrase } from '../../shared/import/importPlace';
import { emailWarning } from '../../shared/email/emailWarning';
import type { MessageKey } from '../../shared/i18n/en';
import { englishText, phrase, type Phrase } from '../../shared/i18n/Phrase';
import { isRecognisable } from '../../shared/names/contactDisplayName';
import { deriveLatinName } from '../../shared/names/deriveLatinName';
import { isDialable } from '../../shared/phone/isDialable';
import { ContactInputSchema, type ContactData } from '../../shared/schemas/contact';
import type { PortableContact, PortablePhoto } from '../export/PortableContact';
import { sortPhoneticNames } from './sortPhoneticNames';

/** A record with nothing to recognise it by: the one reason a record is refused. */
export class Rejected extends Error {
  readonly phrase: Phrase | null;
  constructor(said: Phrase | string) {
    super(typeof said === 'string' ? said : englishText(said));
    this.phrase = typeof said === 'string' ? null : said;
  }
}

/** What the record points at by name, resolved to ids (planImport's Resolver). */
export interface NameResolver {
  organization(name: string): string;
  city(label: string): string;
  partnership(label: string): string | null;
  /** The file name a card's photo is kept under in the workspace's photos folder (planImport writes none). */
  photo(photo: PortablePhoto): string;
}

/**
 * A photo over this is left out, with a line: a phone's contact photo is a small thumbnail (tens of
 * kilobytes), so the bytes are kept as they came — decoded only by the browser's <img>, never run —
 * rather than re-encoded by an image library; the cap keeps a pasted camera original out.
 */
export const PHOTO_LIMIT = 1024 * 1024;

/** Where the sentences about one record go: the import report's notes. */
export interface Remarks {
  notes: string[];
  notePhrases: Phrase[];
}

const NOTE_LIMIT = 20_000;

/** The field a report line names, and the English word the note's line starts with. */
const FIELD_WORDS: Readonly<Record<string, { key: MessageKey; english: string }>> = {
  family: { key: 'importReject.field.family', english: 'Family name' },
  given: { key: 'importReject.field.given', english: 'Given name' },
  patronymic: { key: 'importReject.field.patronymic', english: 'Patronymic' },
  middleNames: { key: 'contactField.middleNames', english: 'Middle name' },
  prefix: { key: 'contactField.prefix', english: 'Prefix' },
  suffix: { key: 'contactField.suffix', english: 'Suffix' },
  nickname: { key: 'contactField.nickname', english: 'Nickname' },
  fullName: { key: 'contactField.fullName', english: 'Name' },
  familyLatin: { key: 'importReject.field.familyLatin', english: 'Family name (Latin)' },
  givenLatin: { key: 'importReject.field.givenLatin', english: 'Given name (Latin)' },
  patronymicLatin: { key: 'importReject.field.patronymicLatin', english: 'Patronymic (Latin)' },
  familyPhonetic: { key: 'contactField.familyPhonetic', english: 'Family name (phonetic)' },
  givenPhonetic: { key: 'contactField.givenPhonetic', english: 'Given name (phonetic)' },
  middlePhonetic: { key: 'contactField.middlePhonetic', english: 'Middle name (phonetic)' },
  salutationRu: { key: 'importReject.field.salutationRu', english: 'Salutation (Russian)' },
  salutationEn: { key: 'importReject.field.salutationEn', english: 'Salutation (English)' },
  birthday: { key: 'contactField.birthday', english: 'Birthday' },
  anniversary: { key: 'contactField.anniversary', english: 'Anniversary' },
  emails: { key: 'contactField.email', english: 'Email' },
  phones: { key: 'contactField.phone', english: 'Phone' },
  addresses: { key: 'contactField.address', english: 'Address' },
  websites: { key: 'contactField.website', english: 'Website' },
  title: { key: 'importReject.field.title', english: 'Title' },
  languages: { key: 'importReject.field.languages', english: 'Language' },
  tags: { key: 'importReject.field.tags', english: 'Tag' },
  uid: { key: 'importReject.field.uid', english: 'UID' },
  followUp: { key: 'importReject.field.other', english: 'Follow up every (days)' },
};

type Candidate = Record<string, unknown> & { notes: string };

/**
 * A record's fields as a contact. No single field sinks the record: a value its field cannot hold
 * (an EMAIL line holding text, a name part over 100 letters, a 21st phone, a birthday that is no
 * date) moves to the note with a report line naming the record and the field; a phone that cannot
 * be dialled and an email whose domain has no dot are kept and said. A record is refused only when
 * nothing is left to recognise it by.
 */
export function recordToContactData(p: PortableContact, resolver: NameResolver, at: string, report: Remarks): ContactData {
  const say = (said: Phrase) => {
    report.notes.push(englishText(said));
    report.notePhrases.push(said);
  };
  if (!isRecognisable(p)) throw new Rejected(phrase('importReject.nothing'));
  const names = sortPhoneticNames(p);
  const latin = deriveLatinName(names);
  const partnershipIds = p.partnerships.flatMap((name) => {
    const id = resolver.partnership(name);
    if (!id) say(phrase('importFile.partnershipMissing', { at: placePhrase(at), name }));
    return id ? [id] : [];
  });
  let photo: string | null = null;
  if (p.photo && p.photo.bytes.byteLength > PHOTO_LIMIT) say(phrase('importRemark.photoTooLarge', { at: placePhrase(at), size: String(Math.round(p.photo.bytes.byteLength / 1024)) }));
  else if (p.photo) photo = resolver.photo(p.photo);
  const moved: string[] = [];
  const candidate: Candidate = {
    kind: p.kind,
    family: names.family,
    given: names.given,
    patronymic: names.patronymic,
    middleNames: names.middleNames,
    prefix: p.prefix,
    suffix: p.suffix,
    nickname: p.nickname,
    fullName: p.fullName,
    gender: p.gender,
    familyLatin: names.familyLatin.trim() || latin.familyLatin,
    givenLatin: names.givenLatin.trim() || latin.givenLatin,
    patronymicLatin: names.patronymicLatin.trim() || latin.patronymicLatin,
    familyPhonetic: names.familyPhonetic,
    givenPhonetic: names.givenPhonetic,
    middlePhonetic: names.middlePhonetic,
    ...(p.salutationRu.trim() ? { salutationRu: p.salutationRu } : {}),
    ...(p.salutationEn.trim() ? { salutationEn: p.salutationEn } : {}),
    birthday: p.birthday.trim() || null,
    anniversary: p.anniversary.trim() || null,
    emails: p.emails,
    phones: p.phones,
    addresses: p.addresses,
    websites: p.websites,
    photo,
    organizationId: p.organization.trim() ? resolver.organization(p.organization) : null,
    title: p.title,
    cityIds: [...new Set(p.cities.map((name) => resolver.city(name)))],
    partnershipIds: [...new Set(partnershipIds)],
    languages: dedupe(p.languages),
    tags: dedupe(p.tags),
    notes: p.notes,
    followUp: p.followUpDays === null ? null : { everyDays: p.followUpDays },
    ...(p.uid.trim() ? { uid: p.uid } : {}),
  };
  // Each pass moves the first value the schema refuses; a record has a bounded number of values.
  for (let pass = 0; pass < 500; pass++) {
    const parsed = ContactInputSchema.safeParse(candidate);
    if (parsed.success) {
      if (moved.length > 0) parsed.data.notes = [parsed.data.notes, ...moved].filter(Boolean).join('\n');
      if (parsed.data.notes.length > NOTE_LIMIT) {
        parsed.data.notes = parsed.data.notes.slice(0, NOTE_LIMIT);
        say(phrase('importRemark.noteCut', { at: placePhrase(at) }));
      }
      for (const phone of parsed.data.phones) if (!isDialable(phone.value)) say(phrase('importRemark.notDialable', { at: placePhrase(at), value: phone.value }));
      for (const email of parsed.data.emails) if (emailWarning(email.value)) say(phrase('importRemark.singleLabel', { at: placePhrase(at), value: email.value }));
      return parsed.data;
    }
    const issue = parsed.error.issues[0];
    if (!issue || !moveToNote(candidate, issue.path, issue.code, moved, (field, value, why) => say(phrase('importRemark.toNote', { at: placePhrase(at), field, value, why })))) {
      throw new Rejected(phrase('importReject.field', { field: fieldPhrase(String(issue?.path[0] ?? '')), message: issue?.message ?? 'not valid' }));
    }
  }
  throw new Rejected(phrase('importReject.nothing'));
}

/**
 * Takes the refused value out of its field into `moved` (lines for the note), and says so. Returns
 * false when the refused value is the note itself, which has nowhere else to go.
 */
function moveToNote(candidate: Candidate, path: readonly PropertyKey[], code: string, moved: string[], say: (field: Phrase, value: string, why: Phrase) => void): boolean {
  const [field = '', index] = path.map(String);
  if (field === 'notes' || !(field in candidate)) return false;
  const word = FIELD_WORDS[field] ?? { key: 'importReject.field.other', english: field };
  const why = phrase(code === 'too_big' ? (path.length === 1 && Array.isArray(candidate[field]) ? 'importRemark.why.tooMany' : 'importRemark.why.tooLong') : whyKey(field));
  const fieldPhrase = word.key === 'importReject.field.other' ? phrase(word.key, { path: field }) : phrase(word.key);
  const current = candidate[field];
  if (Array.isArray(current)) {
    // A list too long keeps its first items; an item refused goes on its own.
    const taken = index === undefined ? current.splice(path.length === 1 ? limitOf(field) : 0) : current.splice(Number(index), 1);
    for (const item of taken) {
      const value = itemText(item);
      moved.push(`${word.english}: ${value}`);
      say(fieldPhrase, value, why);
    }
    return taken.length > 0;
  }
  const value = itemText(current);
  if (value !== '') {
    moved.push(`${word.english}: ${value}`);
    say(fieldPhrase, value, why);
  }
  candidate[field] = field === 'birthday' || field === 'anniversary' || field === 'followUp' ? null : field === 'kind' ? 'person' : '';
  return true;
}

const LIMITS: Readonly<Record<string, number>> = { emails: 20, phones: 20, addresses: 10, websites: 20, cityIds: 50, partnershipIds: 50, languages: 20, tags: 50, middleNames: 10 };
const limitOf = (field: string) => LIMITS[field] ?? 0;

function whyKey(field: string): MessageKey {
  if (field === 'emails') return 'importRemark.why.notEmail';
  if (field === 'birthday' || field === 'anniversary') return 'importRemark.why.notDate';
  return 'importRemark.why.other';
}

/** A value as one line of the note: an address's parts joined, an item's value, a cadence's days. */
function itemText(item: unknown): string {
  if (typeof item === 'string') return item.replace(/\s*\n\s*/g, ', ');
  if (typeof item === 'number') return String(item);
  if (item && typeof item === 'object') {
    const record = item as Record<string, unknown>;
    if (typeof record.value === 'string') return record.value.replace(/\s*\n\s*/g, ', ');
    if (typeof record.everyDays === 'number') return String(record.everyDays);
    return ['street', 'city', 'region', 'postcode', 'country'].map((k) => record[k]).filter((s): s is string => typeof s === 'string' && s !== '').join(', ').replace(/\s*\n\s*/g, ', ');
  }
  return '';
}

function fieldPhrase(field: string): Phrase {
  const word = FIELD_WORDS[field];
  return word && word.key !== 'importReject.field.other' ? phrase(word.key) : phrase('importReject.field.other', { path: field });
}

/** Drops blanks and exact repeats; "Summit" and "summit" are both kept, as typed, so nothing is lost. */
function dedupe(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.trim();
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
