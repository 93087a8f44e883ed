import { readFile } from 'node:fs/promises';
import type { Store } from './Store';
import { storeFilePath } from './storeFilePath';
import { writeFileDurable } from './writeFileDurable';
import { nodeFsOps } from './nodeFsOps';

/**
 * Writes a complete copy of the workspace to `path` (a USB stick, a synced folder) durably and
 * returns its size: the journal is folded in first, so the copy holds every saved change.
 */
export async function exportBackupFile(store: Store, path: string): Promise<number> {
  await store.compact();
  const bytes = await readFile(storeFilePath(store.dir));
  await writeFileDurable(nodeFsOps, path, bytes);
  return bytes.byteLength;
}
