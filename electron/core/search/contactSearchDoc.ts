import type { Contact } from '../../shared/schemas/contact';
import { toLatinIcao } from '../../shared/transliteration/toLatinIcao';
import type { SearchDoc } from './ContactSearchIndex';

/** The fields of a contact that search reads. */
export type ContactSearchFields = Pick<
  Contact,
  'id' | 'family' | 'given' | 'patronymic' | 'familyLatin' | 'givenLatin' | 'patronymicLatin' | 'emails' | 'phones' | 'title' | 'tags'
>;

/**
 * The search document of a contact. `orgNames` and `cityNames` are the resolved names of its
 * organisation and cities, in both scripts where the records have both. Notes are left out: they
 * are long, and a name search that hits a word in a note is mostly noise.
 */
export function contactSearchDoc(contact: ContactSearchFields, orgNames: string[], cityNames: string[]): SearchDoc {
  const cyrillic = [contact.family, contact.given, contact.patronymic];
  const names = distinct([
    ...cyrillic,
    contact.familyLatin,
    contact.givenLatin,
    contact.patronymicLatin,
    // The passport spelling even when no Latin form was entered, so it can be typed exactly.
    ...cyrillic.map(toLatinIcao),
  ]);
  return {
    id: contact.id,
    names,
    organization: distinct(orgNames),
    cities: distinct(cityNames),
    emails: distinct(contact.emails.map((email) => email.value)),
    tags: distinct(contact.tags),
    // Phones as bare digits, so "495 123" and "(495) 123-45-67" both find +7 495 123-45-67.
    other: distinct([contact.title, ...contact.phones.map((phone) => phone.value.replace(/\D+/gu, ''))]),
  };
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter((value) => value !== ''))];
}
