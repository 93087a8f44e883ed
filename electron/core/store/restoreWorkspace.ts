import type { Low } from 'lowdb';
import { phrase } from '../../shared/i18n/Phrase';
import { kinds } from '../../shared/schemas/collections';
import type { Workspace } from '../../shared/schemas/workspace';
import { CommandError } from '../commands/CommandError';
import { Journal } from '../journal/Journal';
import { listJournalFiles } from '../journal/journalFiles';
import { writeSnapshot } from '../journal/writeSnapshot';
import type { Task } from '../tasks/Task';
import { createBackup, resolveRestoreSource } from './backups';
import type { CompactionScheduler } from './CompactionScheduler';
import type { FsOps } from './FsOps';
import type { GroupCommit } from './GroupCommit';
import { readValidWorkspace } from './readValidWorkspace';
import type { StoreChange } from './StoreChange';

export interface RestoreContext {
  fs: FsOps;
  dir: string;
  clock: () => Date;
  document: Low<Workspace>;
  writer: GroupCommit;
  compactions: CompactionScheduler;
}

export interface RestoreResult {
  restoredFrom: string;
  preRestoreBackup: string;
  migratedFrom: number | null;
}

/**
 * Replaces the workspace with a backup (a file, or the newest backup export in a folder). The
 * source is validated (and migrated) before anything is touched; then, with no save in flight,
 * the state in memory is written as a snapshot and kept as a `pre-restore` backup, the restored
 * workspace becomes the snapshot, and the old journals are deleted (their lines belong to the
 * replaced history and must never be replayed onto the restored one).
 *
 * The commit point is the durable rename of the restored snapshot: a failure before it leaves the
 * old state on disk and in memory (the restore failed); a failure after it (removing the old
 * journals, starting the new one) leaves the restore done and the writer detached, so the next
 * save rewrites the restored state from memory.
 *
 * Exclusive section: the swap runs inside the writer's exclusive section, after any compaction
 * and fold; it overlaps nothing that writes.
 */
export async function restoreWorkspace(context: RestoreContext, source: string, task?: Task): Promise<RestoreResult & { change: StoreChange }> {
  const { fs, dir, clock, document, writer, compactions } = context;
  task?.setPhase('verifying');
  const restoredFrom = await resolveRestoreSource(fs, source);
  const valid = await readValidWorkspace(fs, restoredFrom);
  if (!valid) throw new CommandError('rule', phrase('errors.noRestoreFile', { path: restoredFrom }));
  await compactions.settled();
  task?.throwIfCancelled();
  const restored = valid.workspace;
  const before = document.data;
  const preRestoreBackup = await writer.exclusive(async () => {
    // The swap: from here the restore runs to its end.
    task?.commit();
    task?.setPhase('committing');
    await compactions.foldDone();
    await writer.detach();
    await writeSnapshot(fs, dir, JSON.stringify(before));
    const kept = await createBackup(fs, dir, clock(), 'pre-restore');
    // Sequence numbers only grow, so the renderer's caches keyed by version never serve old rows.
    restored.seq = Math.max(before.seq, restored.seq) + 1;
    try {
      await writeSnapshot(fs, dir, JSON.stringify(restored));
    } catch (error) {
      // The write may have failed after its rename (the folder's fsync): the restored file may be
      // in place. Put the old state back before saying "failed", so a reopen finds what memory holds.
      await writeSnapshot(fs, dir, JSON.stringify(before)).catch(() => undefined);
      throw error;
    }
    // The commit point: the restored snapshot is durable in place, so the restore has happened;
    // everything after it rolls forward and never turns the outcome into "failed".
    document.data = restored;
    try {
      for (const file of await listJournalFiles(fs, dir)) await fs.unlink(file.path);
      writer.install(await Journal.create(fs, dir, restored.seq), restored.seq);
    } catch {
      // The writer stays detached: the next save rewrites the restored state from memory and
      // drops the old journals, whose lines are all below restored.seq (replay skips them).
    }
    return kept;
  });
  const ids = kinds.flatMap((kind) =>
    [...new Set([...Object.keys(before[kind]), ...Object.keys(restored[kind])])].map((id) => ({ kind, id })),
  );
  return {
    restoredFrom,
    preRestoreBackup,
    migratedFrom: valid.from === restored.schemaVersion ? null : valid.from,
    change: { seq: restored.seq, type: 'backup.restore', ids },
  };
}
