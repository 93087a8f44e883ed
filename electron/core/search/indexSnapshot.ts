import type { Workspace } from '../../shared/schemas/workspace';
import type { FsOps } from '../store/FsOps';
import { storeFilePath } from '../store/storeFilePath';
import { writeSearchIndexFile } from './searchIndexFile';

/**
 * Writes the search index of liaison.json as it is now beside it (the compaction worker, after a
 * fold). The bytes are read once and both parsed and checksummed, so the index always names the
 * snapshot it was built from. Never fails: the index is a cache, and without it start-up builds one.
 */
export async function indexSnapshot(fs: FsOps, dir: string): Promise<void> {
  try {
    const bytes = await fs.readFile(storeFilePath(dir));
    // Written by the fold that just ran, from validated data: no second validation.
    const ws = JSON.parse(bytes.toString('utf8')) as Workspace;
    await writeSearchIndexFile(fs, dir, ws, bytes);
  } catch {
    // Start-up will build the index from the contacts, as it does without a file.
  }
}

/**
 * Writes the search index of `ws`, whose snapshot bytes are `snapshot` (the compaction worker, with
 * the workspace it just folded). Never fails, as indexSnapshot.
 */
export async function indexWorkspace(fs: FsOps, dir: string, ws: Readonly<Workspace>, snapshot: Uint8Array): Promise<void> {
  try {
    await writeSearchIndexFile(fs, dir, ws, snapshot);
  } catch {
    // Start-up will build the index from the contacts, as it does without a file.
  }
}
