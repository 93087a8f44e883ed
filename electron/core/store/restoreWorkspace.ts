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
  /**
   * False when the restore happened in memory but the disk would not confirm either file in
   * place (see the roll-forward below): until the next change is saved, a crash or power cut may
   * bring back the workspace as it was before the restore. The user is told so (backup.restoredNotSafe).
   */
  durable: boolean;
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
 * save rewrites the restored state from memory. When the restored snapshot's write fails and
 * putting the old one back fails too, which file a power cut keeps is unknown: the restore rolls
 * forward, and says so (`durable: false`) unless a second write of the restored snapshot succeeds.
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
  let durable = true;
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
    durable = await writeRestored(fs, dir, restored, before);
    if (!durable) {
      // Rolled forward with neither file known durable in place (see writeRestored): memory is the
      // restored workspace and the writer stays detached, so any change after this is acknowledged
      // only once a rewrite from memory has made the restored workspace durable.
      document.data = restored;
      return kept;
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
    durable,
    change: { seq: restored.seq, type: 'backup.restore', ids },
  };
}

/**
 * Writes the restored snapshot; true once it is durable in place. The write may fail after its
 * rename (the folder's fsync), with the restored file possibly in place: the old state is then
 * put back before the restore says "failed" (throws), so a reopen finds what memory holds. If that
 * fails too, neither file is known to be durable: a power cut may keep the restored one (its seq is
 * above every old journal line, so a reopen shows it without the changes saved before) and
 * "failed" would be untrue. So it rolls forward: one more write of the restored snapshot (a new
 * temp file, rename and folder fsync, not a retried fsync), and false if that fails as well: the
 * caller says the restore happened but is not yet safe. Whichever file survives loses nothing
 * acknowledged: the old one holds every change before the restore; the restored one is what was
 * asked for, with the old state in the pre-restore backup.
 */
async function writeRestored(fs: FsOps, dir: string, restored: Workspace, before: Workspace): Promise<boolean> {
  try {
    await writeSnapshot(fs, dir, JSON.stringify(restored));
    return true;
  } catch (error) {
    const rolledBack = await succeeds(writeSnapshot(fs, dir, JSON.stringify(before)));
    if (rolledBack) throw error;
    return succeeds(writeSnapshot(fs, dir, JSON.stringify(restored)));
  }
}

function succeeds(work: Promise<unknown>): Promise<boolean> {
  return work.then(
    () => true,
    () => false,
  );
}
