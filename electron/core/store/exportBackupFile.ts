import { readFile } from 'node:fs/promises';
import type { Store } from './Store';
import { storeFilePath } from './storeFilePath';
import { writeFileDurable } from './writeFileDurable';
import { nodeFsOps } from './nodeFsOps';
import { cancellableChunks, slices } from '../tasks/cancellableChunks';
import type { Task } from '../tasks/Task';

/**
 * Writes a complete copy of the workspace to `path` (a USB stick, a synced folder) durably and
 * returns its size: the journal is folded in first, so the copy holds every saved change. With a
 * task it reports progress (the fold, then bytes copied) and a cancel before the final rename
 * leaves no file at `path` (nor any old one there changed).
 */
export async function exportBackupFile(store: Store, path: string, task?: Task): Promise<number> {
  task?.setPhase('compacting');
  await store.compact(task);
  task?.throwIfCancelled();
  const bytes = await readFile(storeFilePath(store.dir));
  task?.setPhase('copying', bytes.byteLength, 'bytes');
  await writeFileDurable(nodeFsOps, path, task ? cancellableChunks(slices(bytes), task, (done) => task.report(done)) : bytes);
  return bytes.byteLength;
}
