import type { CommandInput } from '../../../electron/shared/commands/commandSchemas';
import type { ContactRow } from '../../../electron/shared/contract';
import { contactRowOf } from '../../../electron/shared/names/contactRowOf';
import type { City } from '../../../electron/shared/schemas/city';
import type { ContactData } from '../../../electron/shared/schemas/contact';
import type { Organization } from '../../../electron/shared/schemas/organization';

interface Saved {
  contactId: string;
  data: ContactData;
  /** The whole save: an organisation or city typed new is created in the same call. */
  commands: readonly CommandInput[];
}

/**
 * The list row an edit will have once saved, built from what the form sends: the organisation and
 * first city come from the lists the form loaded, or from the create commands of the same save.
 */
export function editedRow({ contactId, data, commands }: Saved, lists: { organizations: readonly Organization[]; cities: readonly City[] }, example: boolean): ContactRow {
  const organizationId = data.organizationId;
  const cityId = data.cityIds[0];
  let organization: { name: string } | undefined = lists.organizations.find((org) => org.id === organizationId);
  let city: { nameCyrillic: string; nameLatin: string } | undefined = lists.cities.find((c) => c.id === cityId);
  for (const command of commands) {
    if (command.type === 'organization.create' && command.id === organizationId) organization = command.data;
    if (command.type === 'city.create' && command.id === cityId) city = { nameCyrillic: command.data.nameCyrillic ?? '', nameLatin: command.data.nameLatin };
  }
  return contactRowOf({ ...data, id: contactId, example }, organization, city);
}
