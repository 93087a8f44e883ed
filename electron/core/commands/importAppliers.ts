import { addMissingItems, withAdditions } from '../import/addMissingItems';
import { fillEmptyFields } from '../import/fillEmptyFields';
import { phrase } from '../../shared/i18n/Phrase';
import type { Appliers } from './Applier';

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
    const created = command.creates.length;
    const source = command.source;
    if (merged === 0) return source ? phrase('summary.importedFrom', { count: created, source }) : phrase('summary.imported', { count: created });
    if (created === 0) return source ? phrase('summary.importMergedFrom', { count: merged, source }) : phrase('summary.importMerged', { count: merged });
    return source ? phrase('summary.importedAndMergedFrom', { count: created, merged, source }) : phrase('summary.importedAndMerged', { count: created, merged });
  },
};
