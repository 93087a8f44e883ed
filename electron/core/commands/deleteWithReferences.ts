import { referencesTo } from '../../shared/references';
import type { Kind } from '../../shared/schemas/collections';
import { CommandError } from './CommandError';
import type { Transaction } from './Transaction';

export const kindNames: Record<Kind, [string, string]> = {
  contacts: ['contact', 'contacts'],
  organizations: ['organisation', 'organisations'],
  cities: ['city', 'cities'],
  partnerships: ['partnership', 'partnerships'],
  conferences: ['conference', 'conferences'],
  candidacies: ['candidacy', 'candidacies'],
  interactions: ['interaction', 'interactions'],
  milestones: ['milestone', 'milestones'],
  tasks: ['task', 'tasks'],
  participants: ['participant', 'participants'],
};

/**
 * Deletes a record and does to every record pointing at it what the reference registry says:
 * cascade, clear the link, or refuse the whole command with a sentence.
 */
export function deleteWithReferences(tx: Transaction, kind: Kind, id: string): void {
  if (!tx.get(kind, id)) return;
  for (const ref of referencesTo(kind)) {
    const pointing = [...tx.all(ref.from)].filter((record) => {
      const value = (record as Record<string, unknown>)[ref.field];
      return ref.many ? Array.isArray(value) && value.includes(id) : value === id;
    });
    if (pointing.length === 0) continue;
    if (ref.onDelete === 'refuse') {
      const [one, many] = kindNames[ref.from];
      const count = pointing.length;
      throw new CommandError(
        'rule',
        `This ${kindNames[kind][0]} cannot be deleted: ${count} ${count === 1 ? one : many} still ${count === 1 ? 'uses' : 'use'} it. Delete or change ${count === 1 ? 'it' : 'them'} first.`,
      );
    }
    for (const record of pointing) {
      if (ref.onDelete === 'cascade') {
        deleteWithReferences(tx, ref.from, record.id);
        continue;
      }
      const value = (record as Record<string, unknown>)[ref.field];
      const cleared = ref.many && Array.isArray(value) ? value.filter((v) => v !== id) : null;
      tx.setField(ref.from, record.id, ref.field, cleared);
    }
  }
  tx.remove(kind, id);
}
