import { contactDisplayName } from '../../shared/names/contactDisplayName';
import { phrase } from '../../shared/i18n/Phrase';
import { CommandError } from './CommandError';
import type { Appliers } from './Applier';

export const contactAppliers: Appliers<'contact.create' | 'contact.update' | 'contact.delete' | 'organization.create' | 'city.create' | 'sample.open'> = {
  'contact.create': (tx, command) => phrase('summary.contactAdded', { name: contactDisplayName(tx.create('contacts', command.id, command.data)) }),
  'contact.update': (tx, command) => phrase('summary.contactEdited', { name: contactDisplayName(tx.update('contacts', command.id, command.data, 'contact')) }),
  // Moves contacts to the Trash: every link is kept so Restore (or undo) brings them back whole;
  // contact.purge deletes them for good through the reference registry.
  'contact.delete': (tx, command) => {
    const first = tx.require('contacts', command.ids[0] ?? '', 'contact');
    for (const id of command.ids) {
      const contact = tx.require('contacts', id, 'contact');
      if (!contact.deletedAt) tx.update('contacts', id, { deletedAt: tx.at }, 'contact');
    }
    return command.ids.length === 1 ? phrase('summary.contactDeleted', { name: contactDisplayName(first) }) : phrase('summary.contactsDeleted', { count: command.ids.length });
  },
  'organization.create': (tx, command) => phrase('summary.organizationAdded', { name: tx.create('organizations', command.id, command.data).name }),
  'city.create': (tx, command) => phrase('summary.cityAdded', { name: tx.create('cities', command.id, command.data).nameLatin }),
  // The rule lives here, where the command applies, so no caller (commands:run from the window
  // included) can mix the sample's example records into someone's real workspace.
  'sample.open': (tx, command) => {
    if (tx.hasAny('contacts') || tx.hasAny('cities')) throw new CommandError('rule', phrase('errors.sampleNotEmpty'));
    // Every record is marked, so "Remove example data" finds what the sample added.
    const example = true;
    for (const { id, ...data } of command.cities) tx.create('cities', id, { ...data, example });
    for (const { id, ...data } of command.organizations) tx.create('organizations', id, { ...data, example });
    for (const { id, ...data } of command.partnerships) tx.create('partnerships', id, { ...data, example });
    for (const { id, ...data } of command.conferences) tx.create('conferences', id, { ...data, example });
    for (const { id, ...data } of command.contacts) tx.create('contacts', id, { ...data, example });
    for (const { id, data } of command.programItems ?? []) tx.create('programItems', id, { ...data, example });
    for (const { id, ...data } of command.candidacies ?? []) tx.create('candidacies', id, { ...data, example });
    for (const { id, ...data } of command.interactions ?? []) tx.create('interactions', id, { ...data, example });
    for (const { id, ...data } of command.milestones ?? []) tx.create('milestones', id, { ...data, example });
    for (const { id, ...data } of command.tasks ?? []) tx.create('tasks', id, { ...data, example });
    for (const { id, ...data } of command.participants ?? []) tx.create('participants', id, { ...data, example });
    return phrase('summary.sampleOpened');
  },
};
