import type { Contact } from '../../shared/schemas/contact';
import { toLatinIcao } from '../../shared/transliteration/toLatinIcao';
import type { SearchDoc } from './ContactSearchIndex';

/** The fields of a contact that search reads. */
export type ContactSearchFields = Pick<
  Contact,
  'id' | 'family' | 'given' | 'patronymic' | 'familyLatin' | 'givenLatin' | 'patronymicLatin' | 'emails' | 'phones' | 'title' | 'tags'
> &
  Partial<Pick<Contact, 'middleNames' | 'nickname' | 'fullName' | 'familyPhonetic' | 'givenPhonetic' | 'middlePhonetic'>>;

// Names repeat across thousands of contacts: each is transcribed once. Bounded, since a workspace
// of unusual names should not keep every one of them forever.
const passportSpellings = new Map<string, string>();
const MAX_REMEMBERED = 50_000;

function passportSpelling(name: string): string {
  let latin = passportSpellings.get(name);
  if (latin === undefined) {
    latin = toLatinIcao(name);
    if (passportSpellings.size >= MAX_REMEMBERED) passportSpellings.clear();
    passportSpellings.set(name, latin);
  }
  return latin;
}

/**
 * The search document of a contact. `orgNames` and `cityNames` are the resolved names of its
 * organisation and cities, in both scripts where the records have both. Notes are left out: they
 * are long, and a name search that hits a word in a note is mostly noise.
 */
export function contactSearchDoc(contact: ContactSearchFields, orgNames: string[], cityNames: string[]): SearchDoc {
  const names: string[] = [];
  add(names, contact.family);
  add(names, contact.given);
  add(names, contact.patronymic);
  add(names, contact.familyLatin);
  add(names, contact.givenLatin);
  add(names, contact.patronymicLatin);
  // The passport spelling even when no Latin form was entered, so it can be typed exactly.
  add(names, passportSpelling(contact.family));
  add(names, passportSpelling(contact.given));
  add(names, passportSpelling(contact.patronymic));
  // A contact known by a nickname or a whole name (a company, "zzMad Perla 45") is found by it.
  for (const name of [...(contact.middleNames ?? []), contact.nickname, contact.fullName, contact.familyPhonetic, contact.givenPhonetic, contact.middlePhonetic]) {
    if (name) add(names, name);
  }
  const other: string[] = [];
  add(other, contact.title);
  // Phones as bare digits, so "495 123" and "(495) 123-45-67" both find +7 495 123-45-67.
  for (const phone of contact.phones) add(other, digitsOf(phone.value));
  const emails: string[] = [];
  for (const email of contact.emails) add(emails, email.value);
  return {
    id: contact.id,
    names,
    organization: distinct(orgNames),
    cities: distinct(cityNames),
    emails,
    tags: distinct(contact.tags),
    other,
  };
}

/** The ASCII digits of `text`, in order (a loop: a regex replace costs several times more per phone). */
function digitsOf(text: string): string {
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) codes.push(code);
  }
  return String.fromCharCode(...codes);
}

/** Appends `value` trimmed, unless it is empty or already there (lists here hold a handful). */
function add(list: string[], value: string): void {
  const trimmed = value.trim();
  if (trimmed !== '' && !list.includes(trimmed)) list.push(trimmed);
}

function distinct(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const value of values) add(out, value);
  return out;
}
