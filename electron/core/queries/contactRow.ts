import type { ContactRow } from '../../shared/contract';
import { contactRowOf } from '../../shared/names/contactRowOf';
import type { Contact } from '../../shared/schemas/contact';
import type { Workspace } from '../../shared/schemas/workspace';

/** The slice of a contact the list shows, with its organisation and first city resolved. */
export function contactRow(ws: Readonly<Workspace>, contact: Contact): ContactRow {
  const org = contact.organizationId ? ws.organizations[contact.organizationId] : undefined;
  const cityId = contact.cityIds[0];
  return contactRowOf(contact, org, cityId ? ws.cities[cityId] : undefined);
}
