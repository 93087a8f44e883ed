import type { Contact } from '../schemas/contact';
import { deriveLatinName } from './deriveLatinName';

type SalutationFields = Pick<Contact, 'family' | 'given' | 'patronymic' | 'gender' | 'familyLatin' | 'givenLatin' | 'patronymicLatin'> &
  Partial<Pick<Contact, 'salutationRu' | 'salutationEn' | 'nickname' | 'fullName' | 'kind'>>;

const join = (...parts: string[]) => parts.map((part) => part.trim()).filter((part) => part.length > 0).join(' ');

/**
 * The Russian salutation the name gives: "Уважаемая Мария Петровна" or "Уважаемый Иван Сергеевич"
 * by gender, given name and patronymic (the respectful Russian form, without the family name).
 * With no gender it avoids the clumsy "Уважаемый(ая)" and greets neutrally: "Здравствуйте, Мария
 * Петровна!". A contact with no given name is addressed by the family name as typed, gendered
 * form included. A name with no Cyrillic letter is a foreigner's (see foreignSalutationRu).
 */
export function autoSalutationRu(contact: SalutationFields): string {
  const name = join(contact.given, contact.patronymic) || contact.family.trim() || contact.nickname?.trim() || contact.fullName?.trim() || '';
  // An organisation, or a contact known by no name at all, is greeted without one.
  if (contact.kind === 'org' || name === '') return 'Здравствуйте!';
  if (isForeignName(contact)) return foreignSalutationRu(contact);
  switch (contact.gender) {
    case 'female':
      return `Уважаемая ${name}`;
    case 'male':
      return `Уважаемый ${name}`;
    case 'unspecified':
      return `Здравствуйте, ${name}!`;
  }
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** A name written with no Cyrillic letter: an American or other foreign contact. */
function isForeignName(contact: SalutationFields): boolean {
  const name = join(contact.family, contact.given, contact.patronymic);
  return name !== '' && !CYRILLIC.test(name);
}

/**
 * A foreigner is not addressed by given name and patronymic (they have none): Russian letters
 * write «Уважаемая госпожа Коллинз» with the family name, as typed here (Latin letters are usual
 * in business mail), and greet by the whole name, given name first, when the gender is not known.
 * «Уважаемая Jennifer» read as over-familiar and half-translated.
 */
function foreignSalutationRu(contact: SalutationFields): string {
  const family = contact.family.trim();
  const whole = join(contact.given, contact.family);
  if (family === '') return `Здравствуйте, ${whole}!`;
  switch (contact.gender) {
    case 'female':
      return `Уважаемая госпожа ${family}`;
    case 'male':
      return `Уважаемый господин ${family}`;
    case 'unspecified':
      return `Здравствуйте, ${whole}!`;
  }
}

/**
 * The English salutation: "Dear Ms. Ivanova" / "Dear Mr. Ivanov" with the Latin family name (the
 * stored Latin form, else the passport transliteration), or "Dear Maria Ivanova" with no gender.
 */
export function autoSalutationEn(contact: SalutationFields): string {
  const derived = deriveLatinName(contact);
  const family = contact.familyLatin.trim() || derived.familyLatin;
  const given = contact.givenLatin.trim() || derived.givenLatin;
  if (contact.kind === 'org') return 'Dear Sir or Madam';
  // "Dear Ms." needs a family name; without one the greeting uses what name there is.
  if (family === '') {
    const name = given || contact.nickname?.trim() || contact.fullName?.trim() || '';
    return name ? `Dear ${name}` : 'Dear Sir or Madam';
  }
  switch (contact.gender) {
    case 'female':
      return `Dear Ms. ${family}`;
    case 'male':
      return `Dear Mr. ${family}`;
    case 'unspecified':
      return `Dear ${join(given, family)}`;
  }
}

/** The salutations to use: the user's own wording where they typed one, else the automatic form. */
export function contactSalutations(contact: SalutationFields): { ru: string; en: string } {
  return {
    ru: contact.salutationRu?.trim() || autoSalutationRu(contact),
    en: contact.salutationEn?.trim() || autoSalutationEn(contact),
  };
}
