import { WorkspaceSchema, emptyWorkspace, type Workspace } from '../../shared/schemas/workspace';
import { DamagedFileError } from './DamagedFileError';
import { DurableJsonAdapter } from './DurableJsonAdapter';
import type { FsOps } from './FsOps';
import type { LoadReport } from './LoadReport';
import { storeFilePath } from './storeFilePath';
import { migrateToCurrent } from './migrations';

/**
 * Reads the workspace for commands that only look (`contacts list`, `doctor`): no lock, no
 * repair, nothing written. A damaged file is reported, not moved; the next writer recovers it.
 */
export async function readWorkspaceReadOnly(fs: FsOps, dir: string): Promise<{ workspace: Workspace; report: LoadReport }> {
  const path = storeFilePath(dir);
  const raw = await new DurableJsonAdapter(fs, path).read();
  const report: LoadReport = { path, created: raw === null, migratedFrom: null, recovery: null };
  if (raw === null) return { workspace: emptyWorkspace(), report };
  const { doc, from } = migrateToCurrent(raw);
  const parsed = WorkspaceSchema.safeParse(doc);
  if (!parsed.success) {
    throw new DamagedFileError(path, 'the file does not hold a valid Liaison workspace');
  }
  return { workspace: parsed.data as Workspace, report: { ...report, migratedFrom: from < (parsed.data.schemaVersion as number) ? from : null } };
}
