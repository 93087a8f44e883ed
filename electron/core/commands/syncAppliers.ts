import { phrase } from '../../shared/i18n/Phrase';
import type { Appliers } from './Applier';

/**
 * Pulled records are written whole, as the other machine left them: no cascade and no rule
 * across records here, because each of the other machine's changes to a related record arrives
 * as its own document (CouchDB has no multi-document transaction). Rules that span records are
 * checked after a pull and shown, never repaired here.
 */
export const syncAppliers: Appliers<'sync.apply'> = {
  'sync.apply': (tx, command) => {
    for (const change of command.changes) {
      if (change.record === null) tx.remove(change.kind, change.id);
      // The store's own rev: the other machine's sequence number means nothing here.
      else tx.restore({ kind: change.kind, id: change.id, record: { ...change.record, id: change.id, rev: tx.seq } });
    }
    if (command.resolution) return phrase('summary.syncResolved', { count: command.changes.length });
    return phrase('summary.syncApplied', { count: command.changes.length });
  },
};
