import type { ContactDetail } from '../../../electron/shared/contract';
import { deriveLatinName } from '../../../electron/shared/names/deriveLatinName';
import { CONTACT_NAME_FIELDS, type Address, type ContactKind, type Gender } from '../../../electron/shared/schemas/contact';
import { cityLabel } from './cityLabel';

/** The labels offered for emails, phones and addresses; anything else is a custom label. */
export const standardLabels = ['work', 'home', 'mobile', 'other'] as const;
export type StandardLabel = (typeof standardLabels)[number];
export const isStandardLabel = (label: string): label is StandardLabel => standardLabels.some((standard) => standard === label);

/** One email or phone as the form edits it. `custom` keeps the custom-label box open while it is empty. */
export interface TypedEntry {
  label: string;
  custom: boolean;
  value: string;
  preferred: boolean;
}

export type AddressPart = 'street' | 'city' | 'region' | 'postcode' | 'country';
export const addressParts: readonly AddressPart[] = ['street', 'city', 'region', 'postcode', 'country'];

export interface AddressEntry extends Record<AddressPart, string> {
  label: string;
  custom: boolean;
  preferred: boolean;
}

/** What the contact form edits, as typed: text per input, lists of typed entries, chosen links. */
export interface ContactFormValues {
  kind: ContactKind;
  prefix: string;
  family: string;
  given: string;
  patronymic: string;
  /** Middle names as typed, separated by commas ("Richter, James"). */
  middleNames: string;
  suffix: string;
  nickname: string;
  /** The name as written whole; an organisation's own name. */
  fullName: string;
  gender: Gender;
  familyLatin: string;
  givenLatin: string;
  patronymicLatin: string;
  familyPhonetic: string;
  givenPhonetic: string;
  middlePhonetic: string;
  salutationRu: string;
  salutationEn: string;
  /** As typed: 1961-04-12, 12.04.1961, or without the year --04-12, 12.04. */
  birthday: string;
  anniversary: string;
  emails: TypedEntry[];
  phones: TypedEntry[];
  websites: TypedEntry[];
  addresses: AddressEntry[];
  organization: string;
  title: string;
  /** The cities chosen, as their labels ("Волгоград / Volgograd") or a new name typed. */
  cities: string[];
  /** The City box's text, not yet added: Save adds it too. */
  city: string;
  partnershipIds: string[];
  /** The Partnership box's text, not yet added. */
  partnership: string;
  languages: string;
  tags: string;
  notes: string;
  /** "every N days": empty for no follow-up. */
  followUpDays: string;
  /** The photo's file in the photos folder (one just chosen is there already), or null for none. */
  photo: string | null;
}

/** The single-text fields, by the key an error is reported under. */
export type TextField = Exclude<keyof ContactFormValues, 'kind' | 'gender' | 'photo' | 'emails' | 'phones' | 'websites' | 'addresses' | 'cities' | 'partnershipIds'>;

/**
 * Where a message shows: a field name ("family", "city") or an entry's part ("emails.1.value",
 * "addresses.0.postcode"), in the form's own row numbering.
 */
export type FieldKey = string;
export type FieldErrors = Partial<Record<FieldKey, string>>;

/** Every field in form order, for the current rows: the first invalid one gets focus. */
export function fieldOrder(values: ContactFormValues): FieldKey[] {
  return [
    'kind',
    ...CONTACT_NAME_FIELDS,
    'birthday',
    'anniversary',
    ...values.emails.flatMap((_, i) => [`emails.${i}.label`, `emails.${i}.value`]),
    ...values.phones.flatMap((_, i) => [`phones.${i}.label`, `phones.${i}.value`]),
    ...values.websites.flatMap((_, i) => [`websites.${i}.label`, `websites.${i}.value`]),
    ...values.addresses.flatMap((_, i) => [`addresses.${i}.label`, ...addressParts.map((part) => `addresses.${i}.${part}`)]),
    'organization',
    'title',
    'city',
    'partnership',
    'languages',
    'tags',
    'followUpDays',
    'notes',
  ];
}

export type NamePart = 'family' | 'given' | 'patronymic';
/** Which Latin forms the user has typed themselves; the others follow the Cyrillic fields. */
export type LatinTouched = Record<NamePart, boolean>;

export const emptyEntry = (label = ''): TypedEntry => ({ label, custom: false, value: '', preferred: false });
export const emptyAddress = (): AddressEntry => ({ label: '', custom: false, street: '', city: '', region: '', postcode: '', country: '', preferred: false });

/** A new contact starts with one empty email and phone row, so both can simply be typed. */
export const emptyContactFormValues: ContactFormValues = {
  kind: 'person',
  prefix: '',
  family: '',
  given: '',
  patronymic: '',
  middleNames: '',
  suffix: '',
  nickname: '',
  fullName: '',
  gender: 'unspecified',
  familyLatin: '',
  givenLatin: '',
  patronymicLatin: '',
  familyPhonetic: '',
  givenPhonetic: '',
  middlePhonetic: '',
  salutationRu: '',
  salutationEn: '',
  birthday: '',
  anniversary: '',
  emails: [emptyEntry()],
  phones: [emptyEntry()],
  websites: [],
  photo: null,
  addresses: [],
  organization: '',
  title: '',
  cities: [],
  city: '',
  partnershipIds: [],
  partnership: '',
  languages: '',
  tags: '',
  notes: '',
  followUpDays: '',
};

/** Index of the preferred entry, else the first: what lists show. */
export const preferredIndex = (items: { preferred: boolean }[]) => Math.max(0, items.findIndex((item) => item.preferred));

const entryFrom = (item: { label: string; value: string; preferred: boolean }): TypedEntry => ({
  label: item.label,
  custom: item.label !== '' && !isStandardLabel(item.label),
  value: item.value,
  preferred: item.preferred,
});

const addressFrom = (address: Address): AddressEntry => ({ ...address, custom: address.label !== '' && !isStandardLabel(address.label) });

/** The form's values for an existing contact: every entry, in the order stored. */
export function contactFormValuesFrom({ contact, organization, cities }: ContactDetail): ContactFormValues {
  const byId = new Map(cities.map((city) => [city.id, city]));
  return {
    kind: contact.kind,
    prefix: contact.prefix,
    family: contact.family,
    given: contact.given,
    patronymic: contact.patronymic,
    middleNames: contact.middleNames.join(', '),
    suffix: contact.suffix,
    nickname: contact.nickname,
    fullName: contact.fullName,
    gender: contact.gender,
    familyLatin: contact.familyLatin,
    givenLatin: contact.givenLatin,
    patronymicLatin: contact.patronymicLatin,
    familyPhonetic: contact.familyPhonetic,
    givenPhonetic: contact.givenPhonetic,
    middlePhonetic: contact.middlePhonetic,
    salutationRu: contact.salutationRu ?? '',
    salutationEn: contact.salutationEn ?? '',
    birthday: contact.birthday ?? '',
    anniversary: contact.anniversary ?? '',
    emails: contact.emails.length > 0 ? contact.emails.map(entryFrom) : [emptyEntry()],
    phones: contact.phones.length > 0 ? contact.phones.map(entryFrom) : [emptyEntry()],
    websites: contact.websites.map(entryFrom),
    photo: contact.photo,
    addresses: contact.addresses.map(addressFrom),
    organization: organization?.name ?? '',
    title: contact.title,
    cities: contact.cityIds.flatMap((id) => {
      const city = byId.get(id);
      return city ? [cityLabel(city)] : [];
    }),
    city: '',
    partnershipIds: [...contact.partnershipIds],
    partnership: '',
    languages: contact.languages.join(', '),
    tags: contact.tags.join(', '),
    notes: contact.notes,
    followUpDays: contact.followUp ? String(contact.followUp.everyDays) : '',
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
