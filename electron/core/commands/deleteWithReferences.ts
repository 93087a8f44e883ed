import { referencesTo } from '../../shared/references';
import type { Kind } from '../../shared/schemas/collections';
import { phrase } from '../../shared/i18n/Phrase';
import { CommandError } from './CommandError';
import type { Transaction } from './Transaction';

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
      throw new CommandError(
        'rule',
        phrase('errors.inUse', {
          what: { key: `errors.this.${kind}` },
          count: pointing.length,
          users: { key: `errors.kinds.${ref.from}`, params: { count: pointing.length } },
        }),
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
