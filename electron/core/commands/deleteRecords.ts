import type { Kind, RecordOf } from '../../shared/schemas/collections';
import { deleteWithReferences } from './deleteWithReferences';
import type { Transaction } from './Transaction';

/**
 * A delete command's work: every named record must exist, and each goes with what the reference
 * registry says about the records pointing at it. Returns the first, so the summary can name it.
 */
export function deleteRecords<K extends Kind>(tx: Transaction, kind: K, ids: readonly string[], what: string): RecordOf<K> {
  const first = tx.require(kind, ids[0] ?? '', what);
  for (const id of ids) {
    tx.require(kind, id, what);
    deleteWithReferences(tx, kind, id);
  }
  return first;
}
