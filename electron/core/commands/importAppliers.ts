import { addMissingItems, withAdditions } from '../import/addMissingItems';
import { fillEmptyFields } from '../import/fillEmptyFields';
import type { Appliers } from './Applier';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const importAppliers: Appliers<'contact.import'> = {
  'contact.import': (tx, command) => {
    for (const { id, ...data } of command.organizations) tx.create('organizations', id, data);
    for (const { id, ...data } of command.cities) tx.create('cities', id, data);
    for (const { id, ...data } of command.creates) tx.create('contacts', id, data);
    let merged = 0;
    for (const { id, fill, add } of command.merges) {
      const current = tx.require('contacts', id, 'contact to merge into');
      const changes = { ...fillEmptyFields(current, fill), ...(add ? withAdditions(current, addMissingItems(current, add)) : {}) };
      if (Object.keys(changes).length > 0) tx.update('contacts', id, changes, 'contact');
      merged++;
    }
    const from = command.source ? ` from ${command.source}` : '';
    const created = plural(command.creates.length, 'contact', 'contacts');
    if (merged === 0) return `Import ${created}${from}`;
    if (command.creates.length === 0) return `Merge ${plural(merged, 'imported contact', 'imported contacts')}${from}`;
    return `Import ${created} and merge ${merged}${from}`;
  },
};
