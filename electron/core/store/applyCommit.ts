import type { Command } from '../../shared/commands/commandSchemas';
import { englishText, phrase, type StoredPhrase } from '../../shared/i18n/Phrase';
import { HISTORY_DEPTH, type Workspace } from '../../shared/schemas/workspace';
import { applyCommand } from '../commands/applyCommand';
import { CommandError } from '../commands/CommandError';
import { Transaction } from '../commands/Transaction';
import type { JournalEntry } from '../journal/JournalEntry';
import type { StoreChange } from './StoreChange';
import { pushUndoStep, undoOrRedo } from './undoHistory';

export interface CommitResult {
  seq: number;
  /** English, for the CLI and logs. */
  summaries: string[];
  /** The same summaries in no language yet, for the UI; null for a step saved before labels existed. */
  labels: (StoredPhrase | null)[];
}

/**
 * Applies the commands to memory in order as one atomic transaction and one undo step: a refused
 * command undoes the whole batch (records and history) and throws its sentence. Returns the
 * journal line that makes the commit durable and the change to tell listeners. Synchronous, so
 * nothing else touches the workspace between a commit's first and last command.
 */
export function applyCommit(ws: Workspace, commands: readonly Command[]): { result: CommitResult; entry: JournalEntry; change: StoreChange } {
  const first = commands[0];
  if (!first) throw new CommandError('invalid', phrase('errors.nothingToSave'));
  const isHistory = (c: Command) => c.type === 'history.undo' || c.type === 'history.redo';
  if (commands.length > 1 && commands.some(isHistory)) {
    throw new CommandError('invalid', phrase('errors.undoNotAlone'));
  }
  const history = ws.history;
  const saved = { undo: [...history.undo], redo: [...history.redo] };
  const tx = new Transaction(ws, ws.seq + 1, first.at);
  const summaries: string[] = [];
  const labels: (StoredPhrase | null)[] = [];
  let op: NonNullable<JournalEntry['history']>;
  try {
    if (first.type === 'history.undo' || first.type === 'history.redo') {
      const undoing = first.type === 'history.undo';
      const entry = undoOrRedo(ws, tx, undoing);
      summaries.push(entry.summary);
      labels.push(entry.label ?? null);
      op = { op: undoing ? 'undo' : 'redo', entry, depth: HISTORY_DEPTH };
    } else {
      for (const command of commands) {
        if (isHistory(command)) continue;
        tx.at = command.at;
        const label = applyCommand(tx, command);
        labels.push(label);
        summaries.push(englishText(label));
      }
      const entry = pushUndoStep(ws, tx, commands.at(-1)?.type ?? first.type, summaries.at(-1) ?? '', labels.at(-1) ?? undefined);
      op = { op: 'push', entry, depth: HISTORY_DEPTH };
    }
  } catch (error) {
    tx.rollback();
    history.undo = saved.undo;
    history.redo = saved.redo;
    throw error;
  }
  ws.seq = tx.seq;
  const touched = tx.images().map(({ kind, id }) => ({ kind, id }));
  return {
    result: { seq: tx.seq, summaries, labels },
    entry: {
      seq: tx.seq,
      records: touched.map(({ kind, id }) => ({ kind, id, record: (tx.get(kind, id) as Record<string, unknown> | undefined) ?? null })),
      history: op,
    },
    change: { seq: tx.seq, type: commands.at(-1)?.type ?? first.type, ids: touched },
  };
}
