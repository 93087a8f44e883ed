import type { TaskKind } from '../../shared/contracts/taskChannels';

const sentences: Record<TaskKind, string> = {
  export: 'Export cancelled; nothing was written.',
  import: 'Import cancelled; nothing was imported.',
  backup: 'Backup cancelled; no backup file was left behind.',
  restore: 'Restore cancelled; the workspace was not changed.',
  compaction: 'Compaction cancelled; the journal was kept as it was, and nothing was lost.',
};

/** A long job the user stopped before its point of no return: nothing was changed. */
export class TaskCancelledError extends Error {
  override readonly name = 'TaskCancelledError';
  constructor(readonly kind: TaskKind) {
    super(sentences[kind]);
  }
}
