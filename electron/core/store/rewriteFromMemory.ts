import type { Low } from 'lowdb';
import type { Workspace } from '../../shared/schemas/workspace';
import { Journal } from '../journal/Journal';
import { listJournalFiles } from '../journal/journalFiles';
import { createBackup, listBackups } from './backups';
import type { FsOps } from './FsOps';

export interface RewriteContext {
  fs: FsOps;
  dir: string;
  document: Low<Workspace>;
  clock: () => Date;
  /** Resolves once no fold of rotated journal files is writing liaison.json or deleting journals. */
  foldDone: () => Promise<void>;
}

/**
 * Writes the whole state from memory as a new snapshot and starts a fresh journal, dropping the
 * old journal files. Used at first open, after a damaged journal, and after a failed append.
 * Runs inside GroupCommit's exclusive section and never overlaps a fold (both write liaison.json
 * and delete journals).
 */
export async function rewriteFromMemory(context: RewriteContext, old: Journal | null): Promise<{ journal: Journal; seq: number }> {
  const { fs, dir, document, clock } = context;
  await context.foldDone();
  await old?.close().catch(() => undefined);
  const seq = document.data.seq;
  await document.write();
  for (const file of await listJournalFiles(fs, dir)) await fs.unlink(file.path);
  const journal = await Journal.create(fs, dir, seq);
  if ((await listBackups(fs, dir)).length === 0) await createBackup(fs, dir, clock(), 'compaction');
  return { journal, seq };
}
