import type { Kind } from '../../shared/schemas/collections';
import type { Settings } from '../../shared/schemas/settings';
import type { HistoryEntry, Workspace } from '../../shared/schemas/workspace';

/**
 * One committed transaction as the journal keeps it: the after-images of the records it touched
 * and what it did to the undo history. Replay applies these; it never re-runs command code.
 */
export interface JournalEntry {
  seq: number;
  records: { kind: Kind; id: string; record: Record<string, unknown> | null }[];
  /** push: a new step (redo cleared); undo: the step moved to redo; redo: moved back to undo. */
  history?: { op: 'push' | 'undo' | 'redo'; entry: HistoryEntry; depth: number };
  settings?: Settings;
}

/** Applies one entry to the document in place, exactly as the live commit left memory. */
export function applyJournalEntry(ws: Workspace, entry: JournalEntry): void {
  for (const { kind, id, record } of entry.records) {
    const table = ws[kind] as Record<string, unknown>;
    if (record === null) delete table[id];
    else table[id] = record;
  }
  const h = entry.history;
  if (h) {
    const { undo, redo } = ws.history;
    if (h.op === 'push') {
      undo.push(h.entry);
      if (undo.length > h.depth) undo.splice(0, undo.length - h.depth);
      ws.history.redo = [];
    } else if (h.op === 'undo') {
      undo.pop();
      redo.push(h.entry);
    } else {
      redo.pop();
      undo.push(h.entry);
    }
  }
  if (entry.settings) ws.settings = entry.settings;
  ws.seq = entry.seq;
}
