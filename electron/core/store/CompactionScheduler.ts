import { basename } from 'node:path';
import { journalFileName } from '../journal/journalFiles';
import { runCompaction, type CompactionRunner } from '../journal/runCompaction';
import type { Task } from '../tasks/Task';
import { TaskCancelledError } from '../tasks/TaskCancelledError';
import type { TaskRegistry } from '../tasks/TaskRegistry';
import { createBackup, pruneBackups, type BackupReason } from './backups';
import { clearCompactionFailure, compactionFailure, writeCompactionFailure, type CompactionFailure } from './CompactionFailure';
import type { FsOps } from './FsOps';
import type { GroupCommit } from './GroupCommit';

export interface CompactionPolicy {
  /** Compact once the journal holds this many commits... */
  maxLines: number;
  /** ...or this many bytes, whichever comes first. */
  maxBytes: number;
  /** A compaction that ends sooner than this never shows a progress bar. */
  quietMs: number;
}
export const defaultCompactionPolicy: CompactionPolicy = { maxLines: 2000, maxBytes: 16 * 1024 * 1024, quietMs: 300 };

export interface CompactionContext {
  fs: FsOps;
  dir: string;
  clock: () => Date;
  writer: GroupCommit;
  policy: CompactionPolicy;
  runner: CompactionRunner;
  tasks: TaskRegistry | null;
}

/**
 * Folds the journal into the snapshot: the writer rotates to a new journal file for new commits
 * (inside its exclusive section), the rotated files are folded from disk (in a worker in the app)
 * and deleted once the new snapshot is durable, then a backup is taken.
 *
 * A compaction that resolves means its fold left liaison.json holding every change acknowledged
 * before it began (exports and backups rely on it, and keep restores apart: Store.copying): when
 * the writer must rewrite from memory (a failed append, or no journal), the compaction is that
 * rewrite. A restore's swap may follow the fold while the backup is taken.
 *
 * Exclusive sections: one compaction at a time (a second call waits for the first). The fold
 * overlaps appends to the new journal file, but never a rewrite from memory nor a restore's swap:
 * they wait for `foldDone()`.
 */
export class CompactionScheduler {
  private compacting: Promise<void> | null = null;
  /** The part of a compaction that writes liaison.json and deletes folded journals. */
  private folding: Promise<void> | null = null;
  /** A background compaction and the noting of its outcome; whenIdle waits for both. */
  private noting: Promise<void> | null = null;
  /** The last background compaction's failure, until one succeeds (workspace:status shows it). */
  private failed: CompactionFailure | null = null;
  /** Set at close: the compaction at quit must run to its end, so it cannot be cancelled. */
  quitting = false;

  constructor(private readonly context: CompactionContext) {}

  get failure(): CompactionFailure | null {
    return this.failed;
  }

  get running(): boolean {
    return this.compacting !== null;
  }

  /** Whether a compaction, or the noting of a background one's outcome, is under way. */
  get busy(): boolean {
    return this.compacting !== null || this.noting !== null;
  }

  /** Settles once the current compaction (and its noting) is over, whatever its outcome. */
  async settled(): Promise<void> {
    while (this.compacting || this.noting) await (this.compacting ?? this.noting)?.catch(() => undefined);
  }

  /** Resolves once no fold is writing liaison.json or deleting journal files. */
  async foldDone(): Promise<void> {
    while (this.folding) await this.folding.catch(() => undefined);
  }

  /**
   * Compacts, reporting into `within` (a backup's task) or else into a compaction task of its own;
   * cancelled before the snapshot write, it leaves every journal file in place (TaskCancelledError).
   */
  compact(within?: Task, reason: BackupReason = 'compaction'): Promise<void> {
    const { tasks, policy } = this.context;
    const previous = this.compacting ?? Promise.resolve();
    const inTask = (work: (task: Task | null) => Promise<void>): Promise<void> =>
      within || !tasks
        ? work(within ?? null)
        : tasks.run('compaction', work, { quietMs: policy.quietMs, cancellable: !this.quitting, phase: 'compacting' });
    const run = previous.catch(() => undefined).then(() => inTask((task) => this.fold(task, !within, reason)));
    const tracked = run.finally(() => {
      if (this.compacting === tracked) this.compacting = null;
    });
    this.compacting = tracked;
    return tracked;
  }

  /** After a flush: starts a background compaction when the journal is long enough. */
  startIfDue(): void {
    const journal = this.context.writer.journal;
    const { maxLines, maxBytes } = this.context.policy;
    if (!journal || this.compacting || (journal.lines < maxLines && journal.bytes < maxBytes)) return;
    void this.inBackground('compaction');
  }

  /** A compaction nobody waits for: its failure is kept for workspace:status and doctor. */
  inBackground(reason: BackupReason): Promise<void> {
    const noting: Promise<void> = this.compact(undefined, reason)
      .then(
        () => this.note(null),
        (error: unknown) => this.note(error),
      )
      .finally(() => {
        if (this.noting === noting) this.noting = null;
      });
    this.noting = noting;
    return noting;
  }

  /** Keeps (and writes down for doctor) a compaction's failure, or clears it after a success. */
  async note(error: unknown): Promise<void> {
    const { fs, dir, clock } = this.context;
    if (error === null) {
      // Also clears a failure written down by an earlier session.
      this.failed = null;
      await clearCompactionFailure(fs, dir);
      return;
    }
    // A cancel is the user's choice, not a failure.
    if (error instanceof TaskCancelledError) return;
    this.failed = compactionFailure(error, clock());
    await writeCompactionFailure(fs, dir, this.failed);
  }

  private async fold(task: Task | null, own: boolean, reason: BackupReason): Promise<void> {
    const { fs, dir, clock, writer, runner } = this.context;
    await writer.save();
    // The rotated files must end exactly where the new one starts: take the sequence of the last
    // line actually appended, with no append in flight. Commits applied but not yet appended go to
    // the new file. Every line up to it is folded, not only the active file's: after a fold that
    // was cancelled or failed, older rotated files are still there while the active one is empty.
    const upTo = await writer.exclusive(async (): Promise<number | 'rewrite' | null> => {
      const journal = writer.journal;
      const last = writer.appendedSeq;
      // After a failed append (a save that raced this fold's) the journal's state is unknown: the
      // complete snapshot is the one the writer rewrites from memory. Returning "nothing to fold"
      // here let an export or a backup copy a liaison.json without the acknowledged changes.
      if (!journal || writer.rewriting) return 'rewrite';
      if (last <= writer.snapshotSeq) return null;
      // Skip the rotation only when the active file already starts after `last`: the fold deletes
      // every journal numbered below it, and an empty active file with a lower number (a rotation
      // that failed after creating it, on an older version) would be deleted while still in use.
      if (journal.bytes > 0 || basename(journal.path) !== journalFileName(last)) await journal.rotate(last);
      return last;
    });
    if (upTo === null) return;
    if (upTo === 'rewrite') {
      // Writes the whole state from memory as the snapshot (and drops the folded journals); if
      // that fails too, the compaction, and the backup or export waiting on it, fails honestly.
      await writer.save();
      return;
    }
    this.folding = runCompaction(runner, fs, dir, upTo, task ? { task, own } : undefined);
    try {
      await this.folding;
    } finally {
      this.folding = null;
    }
    writer.folded(upTo);
    const backup = await createBackup(fs, dir, clock(), reason);
    await pruneBackups(fs, dir, clock(), undefined, backup).catch(() => undefined);
  }
}
