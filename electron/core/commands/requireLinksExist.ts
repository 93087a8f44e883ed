import { references } from '../../shared/references';
import type { Kind } from '../../shared/schemas/collections';
import { phrase } from '../../shared/i18n/Phrase';
import { CommandError } from './CommandError';
import type { Transaction } from './Transaction';

/**
 * Refuses a record whose links name records that do not exist (deleted in another window, or a
 * stale form): every field the registry lists for `kind` is checked, so no write leaves a dangling
 * link for `doctor` to find.
 */
export function requireLinksExist(tx: Transaction, kind: Kind, record: Record<string, unknown>): void {
  for (const ref of references) {
    if (ref.from !== kind) continue;
    const value = record[ref.field];
    const ids = Array.isArray(value) ? value : value ? [value] : [];
    for (const id of ids) {
      if (typeof id === 'string' && !tx.get(ref.to, id)) {
        throw new CommandError('not-found', phrase('errors.linkGone', { to: { key: `errors.kind.${ref.to}` }, from: { key: `errors.kind.${kind}` } }));
      }
    }
  }
}
