import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSnapshot } from '../electron/core/journal/writeSnapshot';
import { nodeFsOps } from '../electron/core/store/nodeFsOps';
import { indexSnapshot } from '../electron/core/search/indexSnapshot';
import type { Workspace } from '../electron/shared/schemas/workspace';

/**
 * A fresh data folder under the OS temp directory (the e2e harness opens nothing else) holding
 * `workspace` as a compaction leaves it: the snapshot, its checksum and the search index of it (so
 * the app's start-up loads the index, and no background index write competes with what is timed).
 */
export async function workspaceOnDisk(workspace: Workspace, label: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `liaison-bench-${label}-`));
  await writeSnapshot(nodeFsOps, dir, JSON.stringify(workspace));
  await indexSnapshot(nodeFsOps, dir);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A scratch folder beside the benchmark's data, for baselines that write files of their own. */
export async function scratchDir(label: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `liaison-bench-${label}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
