import { contactDisplayName } from '../../shared/names/contactDisplayName';
import type { Contact } from '../../shared/schemas/contact';
import { phrase } from '../../shared/i18n/Phrase';
import type { Appliers } from './Applier';
import { CommandError } from './CommandError';
import { deleteWithReferences } from './deleteWithReferences';
import { repointReferences } from './repointReferences';
import { requireLinksExist } from './requireLinksExist';

/** The most tags one contact may carry (ContactFields.tags). */
const MAX_TAGS = 50;
const fold = (tag: string) => tag.trim().toLocaleLowerCase();

type ContactListCommand = 'contact.bulkTag' | 'contact.bulkUntag' | 'contact.restore' | 'contact.purge' | 'contact.merge';

export const contactListAppliers: Appliers<ContactListCommand> = {
  'contact.bulkTag': (tx, command) => {
    const tag = command.tag.trim();
    for (const id of command.ids) {
      const contact = tx.require('contacts', id, 'contact');
      if (contact.tags.some((t) => fold(t) === fold(tag))) continue;
      if (contact.tags.length >= MAX_TAGS) {
        throw new CommandError('rule', phrase('errors.tooManyTags', { name: contactDisplayName(contact), max: MAX_TAGS }));
      }
      tx.update('contacts', id, { tags: [...contact.tags, tag] }, 'contact');
    }
    return phrase('summary.tagAdded', { tag, count: command.ids.length });
  },
  'contact.bulkUntag': (tx, command) => {
    const tag = command.tag.trim();
    for (const id of command.ids) {
      const contact = tx.require('contacts', id, 'contact');
      const kept = contact.tags.filter((t) => fold(t) !== fold(tag));
      if (kept.length !== contact.tags.length) tx.update('contacts', id, { tags: kept }, 'contact');
    }
    return phrase('summary.tagRemoved', { tag, count: command.ids.length });
  },
  'contact.restore': (tx, command) => {
    const first = tx.require('contacts', command.ids[0] ?? '', 'contact');
    for (const id of command.ids) {
      const contact = tx.require('contacts', id, 'contact');
      if (contact.deletedAt) tx.update('contacts', id, { deletedAt: null }, 'contact');
    }
    return command.ids.length === 1 ? phrase('summary.contactRestored', { name: contactDisplayName(first) }) : phrase('summary.contactsRestored', { count: command.ids.length });
  },
  'contact.purge': (tx, command) => {
    const first = tx.require('contacts', command.ids[0] ?? '', 'contact');
    for (const id of command.ids) {
      const contact = tx.require('contacts', id, 'contact');
      if (!contact.deletedAt) {
        throw new CommandError('rule', phrase('errors.notInTrash', { name: contactDisplayName(contact) }));
      }
      // Participations go with the contact; interactions, partnerships and tasks just lose the link.
      deleteWithReferences(tx, 'contacts', id);
    }
    if (command.expired) return phrase('summary.trashEmptied', { count: command.ids.length });
    return command.ids.length === 1 ? phrase('summary.contactPurged', { name: contactDisplayName(first) }) : phrase('summary.contactsPurged', { count: command.ids.length });
  },
  'contact.merge': (tx, command) => {
    const { survivorId, mergedId } = command;
    if (survivorId === mergedId) throw new CommandError('rule', phrase('errors.mergeSelf'));
    const survivor = tx.require('contacts', survivorId, 'contact');
    const merged = tx.require('contacts', mergedId, 'contact');
    if (inTrash(survivor) || inTrash(merged)) {
      throw new CommandError('rule', phrase('errors.mergeTrash'));
    }
    // Interactions, coordinators, candidacies, tasks and participations follow the survivor.
    repointReferences(tx, 'contacts', mergedId, survivorId);
    const updated = tx.update('contacts', survivorId, command.fields, 'contact');
    requireLinksExist(tx, 'contacts', updated);
    // Nothing points at the merged contact any more, so this only removes it.
    deleteWithReferences(tx, 'contacts', mergedId);
    return phrase('summary.contactsMerged', { merged: contactDisplayName(merged), survivor: contactDisplayName(updated) });
  },
};

function inTrash(contact: Contact): boolean {
  return typeof contact.deletedAt === 'string';
}
