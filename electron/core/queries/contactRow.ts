import type { ContactRow } from '../../shared/contract';
import { contactDisplayName, contactLatinName } from '../../shared/names/contactDisplayName';
import type { Contact } from '../../shared/schemas/contact';
import type { Workspace } from '../../shared/schemas/workspace';

const preferred = <T extends { preferred: boolean }>(items: T[]): T | undefined => items.find((i) => i.preferred) ?? items[0];

/** The slice of a contact the list shows, with its organisation and first city resolved. */
export function contactRow(ws: Readonly<Workspace>, contact: Contact): ContactRow {
  const org = contact.organizationId ? ws.organizations[contact.organizationId] : undefined;
  const cityId = contact.cityIds[0];
  const city = cityId ? ws.cities[cityId] : undefined;
  return {
    id: contact.id,
    name: contactDisplayName(contact),
    latinName: contactLatinName(contact),
    organization: org?.name ?? '',
    title: contact.title,
    city: city ? city.nameCyrillic || city.nameLatin : '',
    email: preferred(contact.emails)?.value ?? '',
    phone: preferred(contact.phones)?.value ?? '',
    tags: contact.tags,
    example: contact.example === true,
  };
}
