import type { ContactRow } from '../contract';
import type { City } from '../schemas/city';
import type { ContactData } from '../schemas/contact';
import type { Organization } from '../schemas/organization';
import { contactDisplayName, contactLatinName } from './contactDisplayName';

const preferred = <T extends { preferred: boolean }>(items: readonly T[]): T | undefined => items.find((i) => i.preferred) ?? items[0];

/**
 * The slice of a contact the list shows, given its organisation and first city. Shared so the
 * renderer can show an edit in the list the moment it is saved (before the store answers) with
 * exactly the row core will then send.
 */
export function contactRowOf(
  contact: ContactData & { id: string; example?: boolean | undefined },
  organization: Pick<Organization, 'name'> | undefined,
  city: Pick<City, 'nameCyrillic' | 'nameLatin'> | undefined,
): ContactRow {
  return {
    id: contact.id,
    name: contactDisplayName(contact),
    latinName: contactLatinName(contact),
    organization: organization?.name ?? '',
    title: contact.title,
    city: city ? city.nameCyrillic || city.nameLatin : '',
    email: preferred(contact.emails)?.value ?? '',
    phone: preferred(contact.phones)?.value ?? '',
    tags: contact.tags,
    example: contact.example === true,
    photo: contact.photo ?? null,
  };
}
