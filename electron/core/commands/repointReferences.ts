import { referencesTo } from '../../shared/references';
import type { Kind } from '../../shared/schemas/collections';
import type { Transaction } from './Transaction';

/**
 * Points every reference to `fromId` at `toId` instead, for every field the reference registry
 * lists as pointing at `kind`: what a merge does to the interactions, partnerships, candidacies,
 * tasks and participations of the record it absorbs. A list that already holds `toId` keeps it
 * once. Returns how many links were moved; the before-images of the records make the merge undoable.
 */
export function repointReferences(tx: Transaction, kind: Kind, fromId: string, toId: string): number {
  let changed = 0;
  for (const ref of referencesTo(kind)) {
    for (const record of [...tx.all(ref.from)]) {
      const value = (record as Record<string, unknown>)[ref.field];
      if (ref.many) {
        if (!Array.isArray(value) || !value.includes(fromId)) continue;
        const next = [...new Set(value.map((id: unknown) => (id === fromId ? toId : id)))];
        tx.setField(ref.from, record.id, ref.field, next);
      } else if (value === fromId) {
        tx.setField(ref.from, record.id, ref.field, toId);
      } else continue;
      changed += 1;
    }
  }
  return changed;
}
