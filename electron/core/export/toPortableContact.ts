import { cityLabel } from '../../shared/names/cityLabel';
import { partnershipLabel } from '../../shared/names/partnershipLabel';
import type { Contact } from '../../shared/schemas/contact';
import type { Workspace } from '../../shared/schemas/workspace';
import type { PortableContact } from './PortableContact';

/** The stable UID of a contact in every file we write: the card it came from, or its own id. */
export function contactUid(contact: Contact): string {
  return contact.uid ?? `urn:uuid:${contact.id}`;
}

/**
 * A stored contact with its references resolved to names, ready for any writer. Cities and
 * partnerships are written as the app labels them ("Волгоград / Volgograd", "Cleveland – Volgograd
 * (Волгоград)"), both scripts included, so an import can find them again by either name.
 */
export function toPortableContact(ws: Readonly<Workspace>, contact: Contact): PortableContact {
  const org = contact.organizationId ? ws.organizations[contact.organizationId] : undefined;
  return {
    uid: contactUid(contact),
    kind: contact.kind,
    family: contact.family,
    given: contact.given,
    patronymic: contact.patronymic,
    middleNames: contact.middleNames,
    prefix: contact.prefix,
    suffix: contact.suffix,
    nickname: contact.nickname,
    // An organisation is named by its own name; one stored before that field existed, by its record's.
    fullName: contact.fullName || (contact.kind === 'org' ? (org?.name ?? '') : ''),
    gender: contact.gender,
    familyLatin: contact.familyLatin,
    givenLatin: contact.givenLatin,
    patronymicLatin: contact.patronymicLatin,
    familyPhonetic: contact.familyPhonetic,
    givenPhonetic: contact.givenPhonetic,
    middlePhonetic: contact.middlePhonetic,
    birthday: contact.birthday ?? '',
    anniversary: contact.anniversary ?? '',
    salutationRu: contact.salutationRu ?? '',
    salutationEn: contact.salutationEn ?? '',
    organization: org?.name ?? '',
    title: contact.title,
    // Shared, not copied: writers only read them, and an export of 100,000 contacts should not
    // allocate a second copy of every list.
    emails: contact.emails,
    phones: contact.phones,
    addresses: contact.addresses,
    websites: contact.websites,
    // The bytes are read from the photos folder by the caller that has the disk (exportContacts).
    photo: null,
    cities: contact.cityIds.flatMap((id) => {
      const city = ws.cities[id];
      return city ? [cityLabel(city)] : [];
    }),
    partnerships: contact.partnershipIds.flatMap((id) => {
      const partnership = ws.partnerships[id];
      return partnership ? [partnershipLabel(ws.cities[partnership.usCityId], ws.cities[partnership.ruCityId])] : [];
    }),
    languages: contact.languages,
    tags: contact.tags,
    notes: contact.notes,
    followUpDays: contact.followUp?.everyDays ?? null,
  };
}
