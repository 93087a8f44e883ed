import { dirname } from 'node:path';
import type { FsOps } from '../store/FsOps';
import { readValidWorkspace } from '../store/readValidWorkspace';
import { checksumFilePath, storeFilePath } from '../store/storeFilePath';
import { listJournalFiles } from './journalFiles';
import { replayJournals } from './replayJournals';
import { writeSnapshot } from './writeSnapshot';

/**
 * Folds the journals that end at `upTo` into a new snapshot, from the files on disk alone (so it
 * can run in a worker while the main process keeps serving). The old journals are deleted only
 * once the new snapshot is durable; a crash at any step leaves files that load to the same state.
 */
export async function compactFiles(fs: FsOps, dir: string, upTo: number): Promise<{ seq: number; bytes: number }> {
  const loaded = await readValidWorkspace(fs, storeFilePath(dir), { checksumPath: checksumFilePath(dir) });
  if (!loaded) throw new Error('There is no snapshot to compact.');
  const ws = loaded.workspace;
  const replay = await replayJournals(fs, dir, ws, upTo);
  if (replay.damaged || replay.gap || ws.seq !== upTo) {
    throw new Error(`Compaction stopped: the journals on disk end at ${ws.seq}, not ${upTo}; nothing was changed.`);
  }
  const text = JSON.stringify(ws);
  await writeSnapshot(fs, dir, text);
  for (const file of await listJournalFiles(fs, dir)) {
    if (file.after < upTo) await fs.unlink(file.path);
  }
  await fs.syncDir(dirname(storeFilePath(dir)));
  return { seq: ws.seq, bytes: Buffer.byteLength(text) };
}
