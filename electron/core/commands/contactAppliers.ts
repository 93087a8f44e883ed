import { contactDisplayName } from '../../shared/names/contactDisplayName';
import type { Appliers } from './Applier';
import { deleteWithReferences } from './deleteWithReferences';

export const contactAppliers: Appliers<'contact.create' | 'contact.update' | 'contact.delete' | 'organization.create' | 'city.create' | 'sample.open'> = {
  'contact.create': (tx, command) => `Add contact ${contactDisplayName(tx.create('contacts', command.id, command.data))}`,
  'contact.update': (tx, command) => `Edit contact ${contactDisplayName(tx.update('contacts', command.id, command.data, 'contact'))}`,
  'contact.delete': (tx, command) => {
    const first = tx.require('contacts', command.ids[0] ?? '', 'contact');
    for (const id of command.ids) {
      tx.require('contacts', id, 'contact');
      deleteWithReferences(tx, 'contacts', id);
    }
    return command.ids.length === 1 ? `Delete contact ${contactDisplayName(first)}` : `Delete ${command.ids.length} contacts`;
  },
  'organization.create': (tx, command) => `Add organisation ${tx.create('organizations', command.id, command.data).name}`,
  'city.create': (tx, command) => `Add city ${tx.create('cities', command.id, command.data).nameLatin}`,
  'sample.open': (tx, command) => {
    for (const { id, ...data } of command.cities) tx.create('cities', id, data);
    for (const { id, ...data } of command.organizations) tx.create('organizations', id, data);
    for (const { id, ...data } of command.partnerships) tx.create('partnerships', id, data);
    for (const { id, ...data } of command.conferences) tx.create('conferences', id, data);
    for (const { id, ...data } of command.contacts) tx.create('contacts', id, { ...data, example: true });
    return 'Open sample workspace';
  },
};
