import type { Gender } from '../../shared/schemas/contact';

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
  family: string;
  given: string;
  patronymic: string;
  gender: Gender;
  familyLatin: string;
  givenLatin: string;
  patronymicLatin: string;
  salutationRu: string;
  salutationEn: string;
  organization: string;
  title: string;
  emails: PortableEmail[];
  phones: PortablePhone[];
  addresses: PortableAddress[];
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
    family: '',
    given: '',
    patronymic: '',
    gender: 'unspecified',
    familyLatin: '',
    givenLatin: '',
    patronymicLatin: '',
    salutationRu: '',
    salutationEn: '',
    organization: '',
    title: '',
    emails: [],
    phones: [],
    addresses: [],
    cities: [],
    partnerships: [],
    languages: [],
    tags: [],
    notes: '',
    followUpDays: null,
  };
}
