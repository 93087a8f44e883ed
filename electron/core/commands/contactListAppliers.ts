import { contactDisplayName } from '../../shared/names/contactDisplayName';
import type { Contact } from '../../shared/schemas/contact';
import type { Appliers } from './Applier';
import { CommandError } from './CommandError';
import { deleteWithReferences } from './deleteWithReferences';
import { repointReferences } from './repointReferences';
import { requireLinksExist } from './requireLinksExist';

/** The most tags one contact may carry (ContactFields.tags). */
const MAX_TAGS = 50;
const fold = (tag: string) => tag.trim().toLocaleLowerCase();
const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

type ContactListCommand = 'contact.bulkTag' | 'contact.bulkUntag' | 'contact.restore' | 'contact.purge' | 'contact.merge';

export const contactListAppliers: Appliers<ContactListCommand> = {
  'contact.bulkTag': (tx, command) => {
    const tag = command.tag.trim();
    for (const id of command.ids) {
      const contact = tx.require('contacts', id, 'contact');
      if (contact.tags.some((t) => fold(t) === fold(tag))) continue;
      if (contact.tags.length >= MAX_TAGS) {
        throw new CommandError('rule', `${contactDisplayName(contact)} already has ${MAX_TAGS} tags, the most a contact can have; remove one first. Nothing was changed.`);
      }
      tx.update('contacts', id, { tags: [...contact.tags, tag] }, 'contact');
    }
    return `Add tag “${tag}” to ${counted(command.ids.length, 'contact', 'contacts')}`;
  },
  'contact.bulkUntag': (tx, command) => {
    const tag = command.tag.trim();
    for (const id of command.ids) {
      const contact = tx.require('contacts', id, 'contact');
      const kept = contact.tags.filter((t) => fold(t) !== fold(tag));
      if (kept.length !== contact.tags.length) tx.update('contacts', id, { tags: kept }, 'contact');
    }
    return `Remove tag “${tag}” from ${counted(command.ids.length, 'contact', 'contacts')}`;
  },
  'contact.restore': (tx, command) => {
    const first = tx.require('contacts', command.ids[0] ?? '', 'contact');
    for (const id of command.ids) {
      const contact = tx.require('contacts', id, 'contact');
      if (contact.deletedAt) tx.update('contacts', id, { deletedAt: null }, 'contact');
    }
    return command.ids.length === 1 ? `Restore contact ${contactDisplayName(first)}` : `Restore ${command.ids.length} contacts`;
  },
  'contact.purge': (tx, command) => {
    const first = tx.require('contacts', command.ids[0] ?? '', 'contact');
    for (const id of command.ids) {
      const contact = tx.require('contacts', id, 'contact');
      if (!contact.deletedAt) {
        throw new CommandError('rule', `${contactDisplayName(contact)} is not in the Trash; only contacts in the Trash can be deleted forever. Nothing was changed.`);
      }
      // Participations go with the contact; interactions, partnerships and tasks just lose the link.
      deleteWithReferences(tx, 'contacts', id);
    }
    if (command.expired) return `Empty ${counted(command.ids.length, 'contact', 'contacts')} kept over 30 days from the Trash`;
    return command.ids.length === 1 ? `Delete contact ${contactDisplayName(first)} forever` : `Delete ${command.ids.length} contacts forever`;
  },
  'contact.merge': (tx, command) => {
    const { survivorId, mergedId } = command;
    if (survivorId === mergedId) throw new CommandError('rule', 'A contact cannot be merged with itself; choose two different contacts.');
    const survivor = tx.require('contacts', survivorId, 'contact');
    const merged = tx.require('contacts', mergedId, 'contact');
    if (inTrash(survivor) || inTrash(merged)) {
      throw new CommandError('rule', 'One of these contacts is in the Trash; restore it before merging.');
    }
    // Interactions, coordinators, candidacies, tasks and participations follow the survivor.
    repointReferences(tx, 'contacts', mergedId, survivorId);
    const updated = tx.update('contacts', survivorId, command.fields, 'contact');
    requireLinksExist(tx, 'contacts', updated);
    // Nothing points at the merged contact any more, so this only removes it.
    deleteWithReferences(tx, 'contacts', mergedId);
    return `Merge ${contactDisplayName(merged)} into ${contactDisplayName(updated)}`;
  },
};

function inTrash(contact: Contact): boolean {
  return typeof contact.deletedAt === 'string';
}
