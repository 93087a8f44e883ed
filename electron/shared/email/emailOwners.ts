import type { EmailOwner } from '../contracts/contactSelectionChannels';
import { contactDisplayName } from '../names/contactDisplayName';
import type { Workspace } from '../schemas/workspace';

const fold = (email: string) => email.trim().toLocaleLowerCase();

/**
 * The contacts other than `exceptId` (the one being edited) that already hold one of `emails`,
 * compared without case as mail servers treat the part people retype (M.Ivanova@ is m.ivanova@).
 * The Trash is left out: a deleted contact's email is free for a new one. One pass over the
 * contacts, so a form asking about its emails costs the same with one email as with five.
 */
export function emailOwners(ws: Readonly<Pick<Workspace, 'contacts'>>, emails: readonly string[], exceptId: string | null): EmailOwner[] {
  const asked = new Map<string, string>();
  for (const email of emails) if (fold(email) !== '' && !asked.has(fold(email))) asked.set(fold(email), email.trim());
  if (asked.size === 0) return [];
  const owners: EmailOwner[] = [];
  for (const contact of Object.values(ws.contacts)) {
    if (contact.id === exceptId || contact.deletedAt) continue;
    for (const { value } of contact.emails) {
      const email = asked.get(fold(value));
      if (email !== undefined) owners.push({ email, id: contact.id, name: contactDisplayName(contact) });
    }
  }
  return owners;
}
