import type { Contact } from '../../shared/schemas/contact';
import type { Workspace } from '../../shared/schemas/workspace';
import type { ContactSearchIndex } from './ContactSearchIndex';
import { workspaceSearchDoc, type PlaceNames } from './workspaceSearchDoc';

/**
 * Puts one contact of `ws` in the index as it stands now; a contact in the Trash is found only in
 * the Trash, so it leaves the index. The one rule for start-up, edits and the persisted index alike.
 */
export function indexContact(index: ContactSearchIndex, ws: Readonly<Workspace>, contact: Contact, places?: PlaceNames): void {
  if (contact.deletedAt) index.remove(contact.id);
  else index.upsert(workspaceSearchDoc(ws, contact, places));
}
