import type { ContactDetail } from '../../../electron/shared/contract';
import { deriveLatinName } from '../../../electron/shared/names/deriveLatinName';
import type { Gender } from '../../../electron/shared/schemas/contact';
import { cityLabel } from './cityLabel';

/** What the contact form edits: one string per input, as typed. */
export interface ContactFormValues {
  family: string;
  given: string;
  patronymic: string;
  gender: Gender;
  familyLatin: string;
  givenLatin: string;
  patronymicLatin: string;
  email: string;
  phone: string;
  organization: string;
  title: string;
  city: string;
  tags: string;
  notes: string;
}

export type ContactFormField = keyof ContactFormValues;

/** The fields in form order: the first invalid one gets focus. */
export const contactFormFields: readonly ContactFormField[] = [
  'family',
  'given',
  'patronymic',
  'gender',
  'familyLatin',
  'givenLatin',
  'patronymicLatin',
  'email',
  'phone',
  'organization',
  'title',
  'city',
  'tags',
  'notes',
];

export type NamePart = 'family' | 'given' | 'patronymic';
/** Which Latin forms the user has typed themselves; the others follow the Cyrillic fields. */
export type LatinTouched = Record<NamePart, boolean>;

export const emptyContactFormValues: ContactFormValues = {
  family: '',
  given: '',
  patronymic: '',
  gender: 'unspecified',
  familyLatin: '',
  givenLatin: '',
  patronymicLatin: '',
  email: '',
  phone: '',
  organization: '',
  title: '',
  city: '',
  tags: '',
  notes: '',
};

/** Index of the preferred entry, else the first: what lists and the form show. */
export const preferredIndex = (items: { preferred: boolean }[]) => Math.max(0, items.findIndex((item) => item.preferred));

/**
 * The form's values for an existing contact. The form edits the preferred email and phone and
 * the first city; buildContactCommands keeps the others as they are.
 */
export function contactFormValuesFrom({ contact, organization, cities }: ContactDetail): ContactFormValues {
  const firstCity = cities.find((city) => city.id === contact.cityIds[0]);
  return {
    family: contact.family,
    given: contact.given,
    patronymic: contact.patronymic,
    gender: contact.gender,
    familyLatin: contact.familyLatin,
    givenLatin: contact.givenLatin,
    patronymicLatin: contact.patronymicLatin,
    email: contact.emails[preferredIndex(contact.emails)]?.value ?? '',
    phone: contact.phones[preferredIndex(contact.phones)]?.value ?? '',
    organization: organization?.name ?? '',
    title: contact.title,
    city: firstCity ? cityLabel(firstCity) : '',
    tags: contact.tags.join(', '),
    notes: contact.notes,
  };
}

/** A stored Latin form that differs from what the Cyrillic would give was typed by someone: keep it. */
export function latinTouchedFrom(values: ContactFormValues): LatinTouched {
  const derived = deriveLatinName(values);
  return {
    family: values.familyLatin !== '' && values.familyLatin !== derived.familyLatin,
    given: values.givenLatin !== '' && values.givenLatin !== derived.givenLatin,
    patronymic: values.patronymicLatin !== '' && values.patronymicLatin !== derived.patronymicLatin,
  };
}

/** Applies a change to a Cyrillic name part and refills the Latin forms the user has not touched. */
export function withNamePart(values: ContactFormValues, part: NamePart, text: string, touched: LatinTouched): ContactFormValues {
  const next = { ...values, [part]: text };
  const derived = deriveLatinName(next);
  if (!touched.family) next.familyLatin = derived.familyLatin;
  if (!touched.given) next.givenLatin = derived.givenLatin;
  if (!touched.patronymic) next.patronymicLatin = derived.patronymicLatin;
  return next;
}
