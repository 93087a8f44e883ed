import type { Store } from './Store';
import { storeFilePath } from './storeFilePath';
import { writeFileDurable } from './writeFileDurable';
import type { FsOps } from './FsOps';
import { nodeFsOps } from './nodeFsOps';
import { cancellableChunks, slices } from '../tasks/cancellableChunks';
import type { Task } from '../tasks/Task';

/**
 * Writes a complete copy of the workspace to `path` (a USB stick, a synced folder) durably and
 * returns its size: the journal is folded in first, so the copy holds every saved change. With a
 * task it reports progress (the fold, then bytes copied) and a cancel before the final rename
 * leaves no file at `path` (nor any old one there changed). `fs` is the store's (tests pass one
 * that injects faults and schedules every call; the interleaving simulation needs both reads and
 * writes of an export to go through it).
 */
export async function exportBackupFile(store: Store, path: string, task?: Task, fs: FsOps = nodeFsOps): Promise<number> {
  task?.setPhase('compacting');
  // Apart from restores (Store.copying): the bytes read are the workspace as it was when asked for.
  const bytes = await store.copying(async () => {
    await store.compact(task);
    task?.throwIfCancelled();
    return fs.readFile(storeFilePath(store.dir));
  });
  task?.setPhase('copying', bytes.byteLength, 'bytes');
  await writeFileDurable(fs, path, task ? cancellableChunks(slices(bytes), task, (done) => task.report(done)) : bytes);
  return bytes.byteLength;
}
