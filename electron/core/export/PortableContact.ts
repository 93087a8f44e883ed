import type { ContactKind, Gender } from '../../shared/schemas/contact';

export interface PortableItem {
  label: string;
  preferred: boolean;
}
export interface PortableEmail extends PortableItem {
  value: string;
}
export interface PortablePhone extends PortableItem {
  value: string;
}
export interface PortableWebsite extends PortableItem {
  value: string;
}
/** A photo's bytes, read from the workspace's photos folder for a writer, or from a card for the import. */
export interface PortablePhoto {
  mediaType: 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp';
  bytes: Uint8Array;
}
export interface PortableAddress extends PortableItem {
  street: string;
  city: string;
  region: string;
  postcode: string;
  country: string;
}

/**
 * A contact as files carry it: references resolved to names (organisation, cities, partnerships),
 * everything else as stored. Every writer starts from one and every parser ends in one, so a round
 * trip is `Contact -> PortableContact -> bytes -> PortableContact -> Contact`. Empty strings mean
 * "not given"; on import an empty Latin form is derived from the name again.
 */
export interface PortableContact {
  /** `urn:uuid:<id>` for our own contacts; whatever UID an imported card had, or ''. */
  uid: string;
  kind: ContactKind;
  family: string;
  given: string;
  patronymic: string;
  middleNames: string[];
  prefix: string;
  suffix: string;
  nickname: string;
  /** The name written whole (vCard FN) when no part is known, or an organisation's own name. */
  fullName: string;
  gender: Gender;
  familyLatin: string;
  givenLatin: string;
  patronymicLatin: string;
  familyPhonetic: string;
  givenPhonetic: string;
  middlePhonetic: string;
  /** `yyyy-MM-dd` or `--MM-dd`; '' for none. */
  birthday: string;
  anniversary: string;
  salutationRu: string;
  salutationEn: string;
  organization: string;
  title: string;
  emails: PortableEmail[];
  phones: PortablePhone[];
  addresses: PortableAddress[];
  websites: PortableWebsite[];
  photo: PortablePhoto | null;
  cities: string[];
  partnerships: string[];
  languages: string[];
  tags: string[];
  notes: string;
  followUpDays: number | null;
}

export function emptyPortableContact(): PortableContact {
  return {
    uid: '',
    kind: 'person',
    family: '',
    given: '',
    patronymic: '',
    middleNames: [],
    prefix: '',
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
    birthday: '',
    anniversary: '',
    salutationRu: '',
    salutationEn: '',
    organization: '',
    title: '',
    emails: [],
    phones: [],
    addresses: [],
    websites: [],
    photo: null,
    cities: [],
    partnerships: [],
    languages: [],
    tags: [],
    notes: '',
    followUpDays: null,
  };
}
