import { dirname } from 'node:path';
import type { Workspace } from '../../shared/schemas/workspace';
import type { FsOps } from '../store/FsOps';
import { readValidWorkspace } from '../store/readValidWorkspace';
import { checksumFilePath, storeFilePath } from '../store/storeFilePath';
import { listJournalFiles } from './journalFiles';
import { replayJournals } from './replayJournals';
import { writeSnapshot } from './writeSnapshot';
import type { CompactionControl } from './compactionGate';

/** Progress every this many folded lines: often enough for a bar, rare enough to cost nothing. */
const REPORT_EVERY = 256;

/**
 * Folds the journals that end at `upTo` into a new snapshot, from the files on disk alone (so it
 * can run in a worker while the main process keeps serving). The old journals are deleted only
 * once the new snapshot is durable; a crash at any step leaves files that load to the same state.
 */
export async function compactFiles(
  fs: FsOps,
  dir: string,
  upTo: number,
  control?: CompactionControl,
  /** Called with the folded workspace and the snapshot's text once they are durable (the search index is built from them, not re-read). */
  written?: (ws: Readonly<Workspace>, text: string) => Promise<void>,
): Promise<{ seq: number; bytes: number }> {
  const loaded = await readValidWorkspace(fs, storeFilePath(dir), { checksumPath: checksumFilePath(dir) });
  if (!loaded) throw new Error('There is no snapshot to compact.');
  const ws = loaded.workspace;
  const total = Math.max(0, upTo - ws.seq);
  control?.check();
  control?.folded(0, total);
  const replay = await replayJournals(fs, dir, ws, upTo, (done) => {
    control?.check();
    if (done % REPORT_EVERY === 0) control?.folded(done, total);
  });
  if (replay.damaged || replay.gap || ws.seq !== upTo) {
    throw new Error(`Compaction stopped: the journals on disk end at ${ws.seq}, not ${upTo}; nothing was changed.`);
  }
  control?.folded(replay.replayed, total);
  const text = JSON.stringify(ws);
  // Until here nothing on disk changed, so a cancel was safe; from here the fold runs to its end.
  control?.beginWrite();
  await writeSnapshot(fs, dir, text);
  for (const file of await listJournalFiles(fs, dir)) {
    if (file.after < upTo) await fs.unlink(file.path);
  }
  await fs.syncDir(dirname(storeFilePath(dir)));
  await written?.(ws, text);
  return { seq: ws.seq, bytes: Buffer.byteLength(text) };
}
