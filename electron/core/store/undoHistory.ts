import { isMessageKey, phrase, type Phrase, type StoredPhrase } from '../../shared/i18n/Phrase';
import type { Kind } from '../../shared/schemas/collections';
import { HISTORY_DEPTH, type HistoryEntry, type Workspace } from '../../shared/schemas/workspace';
import { CommandError } from '../commands/CommandError';
import type { Transaction } from '../commands/Transaction';

/**
 * The undo history: each commit is one step holding the before-images of the records it touched
 * and their revisions after it. Undo restores the images, and refuses when a record moved on
 * since (restoring it would lose that later change). Works on memory only; the caller journals
 * the step it returns.
 */

/** Pushes a new step for a commit (dropping the oldest past HISTORY_DEPTH) and clears redo. */
export function pushUndoStep(ws: Workspace, tx: Transaction, type: string, summary: string, label: StoredPhrase | undefined): HistoryEntry {
  const entry = historyEntry(tx, type, summary, label);
  const history = ws.history;
  history.undo.push(entry);
  if (history.undo.length > HISTORY_DEPTH) history.undo.splice(0, history.undo.length - HISTORY_DEPTH);
  history.redo = [];
  return entry;
}

/** Restores the top entry's images and returns the entry that reverses it. */
export function undoOrRedo(ws: Workspace, tx: Transaction, undoing: boolean): HistoryEntry {
  const history = ws.history;
  const from = undoing ? history.undo : history.redo;
  const entry = from.at(-1);
  if (!entry) throw new CommandError('nothing-to-undo', phrase(undoing ? 'errors.nothingToUndo' : 'errors.nothingToRedo'));
  assertUnchangedSince(ws, entry, undoing ? 'undo' : 'redo');
  for (const image of entry.images) tx.restore(image);
  from.pop();
  const inverse = historyEntry(tx, entry.type, entry.summary, entry.label);
  (undoing ? history.redo : history.undo).push(inverse);
  return inverse;
}

function historyEntry(tx: Transaction, type: string, summary: string, label: StoredPhrase | undefined): HistoryEntry {
  const images = tx.images();
  return {
    seq: tx.seq,
    at: tx.at,
    type,
    // The schema bounds the English text; names inside it are not bounded together.
    summary: summary.length > 300 ? `${summary.slice(0, 299)}…` : summary,
    ...(label ? { label } : {}),
    images,
    revs: images.map(({ kind, id }) => ({ kind, id, rev: tx.get(kind, id)?.rev ?? null })),
  };
}

/** Undo restores before-images; if a record moved on since, restoring would lose that change. */
function assertUnchangedSince(ws: Workspace, entry: HistoryEntry, verb: 'undo' | 'redo'): void {
  for (const { kind, id, rev } of entry.revs) {
    const table = ws[kind as Kind] as Record<string, { rev: number }>;
    const current = Object.hasOwn(table, id) ? (table[id]?.rev ?? null) : null;
    if (current !== rev) {
      throw new CommandError('conflict', phrase(verb === 'undo' ? 'errors.undoConflict' : 'errors.redoConflict', { summary: said(entry) }));
    }
  }
}

/** A step's summary for a sentence: its phrase when it has one, else the English kept. */
function said(entry: HistoryEntry): Phrase | string {
  return entry.label && isMessageKey(entry.label.key) ? (entry.label as Phrase) : entry.summary;
}
