import { SCHEMA_VERSION, emptyWorkspace, type Workspace } from '../../shared/schemas/workspace';
import type { FsOps } from './FsOps';
import type { LoadReport } from './LoadReport';
import { readValidWorkspace } from './readValidWorkspace';
import { checksumFilePath, storeFilePath } from './storeFilePath';

/**
 * Reads the workspace for commands that only look (`contacts list`, `doctor`): no lock, no
 * repair, nothing written. A damaged file throws DamagedFileError; the next writer recovers it.
 */
export async function readWorkspaceReadOnly(fs: FsOps, dir: string): Promise<{ workspace: Workspace; report: LoadReport }> {
  const path = storeFilePath(dir);
  const loaded = await readValidWorkspace(fs, path, { checksumPath: checksumFilePath(dir) });
  if (!loaded) return { workspace: emptyWorkspace(), report: { path, created: true, migratedFrom: null, recovery: null } };
  const migratedFrom = loaded.from === SCHEMA_VERSION ? null : loaded.from;
  return { workspace: loaded.workspace, report: { path, created: false, migratedFrom, recovery: null } };
}
