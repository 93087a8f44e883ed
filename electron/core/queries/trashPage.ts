import { TRASH_DAYS, type TrashPage, type TrashRow } from '../../shared/contracts/trashChannels';
import { contactDisplayName, contactLatinName } from '../../shared/names/contactDisplayName';
import type { Contact } from '../../shared/schemas/contact';
import type { Workspace } from '../../shared/schemas/workspace';

const DAY_MS = 86_400_000;

/**
 * Contacts in the Trash, most recently deleted first, one window at a time. `inTrash` may narrow
 * the contacts looked at (WorkspaceService keeps the Trash's own list); only those deleted count.
 */
export function trashPage(ws: Readonly<Workspace>, offset: number, limit: number, inTrash: Iterable<Contact> = Object.values(ws.contacts)): TrashPage {
  const trashed = [...inTrash].filter((c) => typeof c.deletedAt === 'string');
  trashed.sort((a, b) => ((a.deletedAt ?? '') < (b.deletedAt ?? '') ? 1 : (a.deletedAt ?? '') > (b.deletedAt ?? '') ? -1 : a.id < b.id ? -1 : 1));
  const rows = trashed.slice(offset, offset + limit).map((contact): TrashRow => {
    const deletedAt = contact.deletedAt ?? '';
    const org = contact.organizationId ? ws.organizations[contact.organizationId] : undefined;
    return {
      id: contact.id,
      name: contactDisplayName(contact),
      latinName: contactLatinName(contact),
      organization: org?.name ?? '',
      deletedAt,
      purgeAt: new Date(Date.parse(deletedAt) + TRASH_DAYS * DAY_MS).toISOString(),
    };
  });
  return { total: trashed.length, version: ws.seq, offset, rows };
}

/** Ids of the contacts among `inTrash` that have been in the Trash for TRASH_DAYS days or more. */
export function expiredTrash(now: Date, inTrash: Iterable<Contact>): string[] {
  const cutoff = new Date(now.getTime() - TRASH_DAYS * DAY_MS).toISOString();
  return [...inTrash]
    .filter((c) => typeof c.deletedAt === 'string' && c.deletedAt <= cutoff)
    .map((c) => c.id);
}
