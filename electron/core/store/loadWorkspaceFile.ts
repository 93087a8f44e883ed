import { basename, join } from 'node:path';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { SCHEMA_VERSION, emptyWorkspace, type Workspace } from '../../shared/schemas/workspace';
import { createBackup, fileStamp, listBackups, parseBackupName } from './backups';
import { DamagedFileError } from './DamagedFileError';
import type { FsOps } from './FsOps';
import type { LoadReport } from './LoadReport';
import { readValidWorkspace } from './readValidWorkspace';
import { checksumFilePath, storeFilePath } from './storeFilePath';
import { writeFileDurable } from './writeFileDurable';

export { storeFilePath } from './storeFilePath';

/**
 * Opens the store for writing, repairing what can be repaired. Call with the workspace lock held:
 * this moves and writes files. Read-only callers must not use it.
 *
 * - missing: the newest valid backup if there is one (a crash can fall between moving a damaged
 *   file aside and installing its replacement), else a new empty workspace, written durably;
 * - valid: migrated if older (the old file is kept as a `pre-migration` backup) and returned;
 * - damaged (unreadable, wrong schema, bad schemaVersion): never overwritten; moved aside byte for
 *   byte into damaged/, then the newest backup that loads is installed, else an empty workspace;
 * - newer schemaVersion, or an I/O error such as EACCES: thrown as is, with nothing touched.
 */
export async function loadWorkspaceFile(fs: FsOps, dir: string, now: Date): Promise<{ workspace: Workspace; report: LoadReport }> {
  await fs.mkdir(dir);
  const path = storeFilePath(dir);
  let loaded: Awaited<ReturnType<typeof readValidWorkspace>>;
  try {
    loaded = await readValidWorkspace(fs, path, { checksumPath: checksumFilePath(dir) });
  } catch (error) {
    if (!(error instanceof DamagedFileError)) throw error;
    const movedTo = await moveAside(fs, dir, path, now);
    return recover(fs, dir, path, { reason: error.reason, movedTo });
  }
  if (loaded) {
    const migratedFrom = loaded.from === SCHEMA_VERSION ? null : loaded.from;
    if (migratedFrom !== null) {
      await createBackup(fs, dir, now, 'pre-migration');
      await writeFileDurable(fs, path, JSON.stringify(loaded.workspace));
    }
    return { workspace: loaded.workspace, report: { path, created: false, migratedFrom, recovery: null } };
  }
  if ((await listBackups(fs, dir)).length > 0) return recover(fs, dir, path, { reason: 'the file was missing', movedTo: null });
  const workspace = emptyWorkspace();
  await writeFileDurable(fs, path, JSON.stringify(workspace));
  return { workspace, report: { path, created: true, migratedFrom: null, recovery: null } };
}

async function recover(
  fs: FsOps,
  dir: string,
  path: string,
  what: { reason: string; movedTo: string | null },
): Promise<{ workspace: Workspace; report: LoadReport }> {
  for (const backup of await listBackups(fs, dir)) {
    let loaded: Awaited<ReturnType<typeof readValidWorkspace>>;
    try {
      loaded = await readValidWorkspace(fs, backup.path);
    } catch {
      continue; // damaged, or from a newer Liaison: try the next older one
    }
    if (!loaded) continue;
    await writeFileDurable(fs, path, JSON.stringify(loaded.workspace));
    const migratedFrom = loaded.from === SCHEMA_VERSION ? null : loaded.from;
    return {
      workspace: loaded.workspace,
      report: { path, created: false, migratedFrom, recovery: { ...what, restoredFrom: backup.path } },
    };
  }
  const workspace = emptyWorkspace();
  await writeFileDurable(fs, path, JSON.stringify(workspace));
  return { workspace, report: { path, created: false, migratedFrom: null, recovery: { ...what, restoredFrom: null } } };
}

/** A rename keeps the damaged bytes exactly as they were (same file, new name), for later rescue. */
async function moveAside(fs: FsOps, dir: string, path: string, now: Date): Promise<string> {
  const folder = join(dir, 'damaged');
  await fs.mkdir(folder);
  const stamp = fileStamp(now);
  for (let serial = 1; ; serial++) {
    const target = join(folder, `liaison-${stamp}${serial > 1 ? `-${serial}` : ''}.json`);
    // rename replaces silently on POSIX; an earlier damaged file must not be lost to a later one.
    if (await exists(fs, target)) continue;
    await fs.rename(path, target);
    await fs.syncDir(folder);
    await fs.syncDir(dir);
    return target;
  }
}

async function exists(fs: FsOps, path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * The recovery as a sentence for the user, with times in `timeZone` (the system's by default);
 * an empty string when the store opened as it was.
 */
export function describeRecovery(report: LoadReport, timeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone): string {
  const { recovery } = report;
  if (!recovery) return '';
  const loaded = recovery.restoredFrom === null ? null : `the backup from ${backupTime(recovery.restoredFrom, timeZone)} was loaded`;
  if (recovery.movedTo === null) {
    return loaded
      ? `liaison.json was missing; ${loaded}.`
      : 'liaison.json was missing and no backup could be loaded, so Liaison started with an empty workspace.';
  }
  const start = `liaison.json was damaged (${recovery.reason}); it was moved to ${recovery.movedTo}`;
  return loaded ? `${start} and ${loaded}.` : `${start}. No backup could be loaded, so Liaison started with an empty workspace.`;
}

function backupTime(path: string, timeZone: string): string {
  const parsed = parseBackupName(basename(path));
  return parsed ? format(new TZDate(parsed.time.getTime(), timeZone), 'd MMM yyyy HH:mm') : basename(path);
}
