import type { Command } from '../../shared/commands/commandSchemas';
import { contactDisplayName } from '../../shared/names/contactDisplayName';
import { deleteWithReferences } from './deleteWithReferences';
import type { Transaction } from './Transaction';

/**
 * Applies one (non-history) command inside a transaction and returns a short summary for the
 * undo menu ("Add contact Иванов Иван"). Rules that refuse throw CommandError.
 */
export function applyCommand(tx: Transaction, command: Exclude<Command, { type: 'history.undo' | 'history.redo' }>): string {
  switch (command.type) {
    case 'contact.create': {
      const contact = tx.create('contacts', command.id, command.data);
      return `Add contact ${contactDisplayName(contact)}`;
    }
    case 'contact.update': {
      const contact = tx.update('contacts', command.id, command.data, 'contact');
      return `Edit contact ${contactDisplayName(contact)}`;
    }
    case 'contact.delete': {
      const first = tx.require('contacts', command.ids[0] ?? '', 'contact');
      for (const id of command.ids) {
        tx.require('contacts', id, 'contact');
        deleteWithReferences(tx, 'contacts', id);
      }
      return command.ids.length === 1
        ? `Delete contact ${contactDisplayName(first)}`
        : `Delete ${command.ids.length} contacts`;
    }
    case 'organization.create': {
      const org = tx.create('organizations', command.id, command.data);
      return `Add organisation ${org.name}`;
    }
    case 'city.create': {
      const city = tx.create('cities', command.id, command.data);
      return `Add city ${city.nameLatin}`;
    }
    case 'sample.open': {
      for (const { id, ...data } of command.cities) tx.create('cities', id, data);
      for (const { id, ...data } of command.organizations) tx.create('organizations', id, data);
      for (const { id, ...data } of command.partnerships) tx.create('partnerships', id, data);
      for (const { id, ...data } of command.conferences) tx.create('conferences', id, data);
      for (const { id, ...data } of command.contacts) tx.create('contacts', id, { ...data, example: true });
      return 'Open sample workspace';
    }
  }
}
