import { basename, join } from 'node:path';
import { TZDate } from '@date-fns/tz';
import { englishText, phrase, type Phrase, type PhraseParam } from '../../shared/i18n/Phrase';
import { SCHEMA_VERSION, emptyWorkspace, type Workspace } from '../../shared/schemas/workspace';
import { momentPhrase } from './momentPhrase';
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
    return recover(fs, dir, path, { reason: error.reason, movedTo }, error.reasonPhrase);
  }
  if (loaded) {
    const migratedFrom = loaded.from === SCHEMA_VERSION ? null : loaded.from;
    if (migratedFrom !== null) {
      await createBackup(fs, dir, now, 'pre-migration');
      await writeFileDurable(fs, path, JSON.stringify(loaded.workspace));
    }
    return { workspace: loaded.workspace, report: { path, created: false, migratedFrom, recovery: null } };
  }
  if ((await listBackups(fs, dir)).length > 0) {
    const missing = phrase('damaged.missing');
    return recover(fs, dir, path, { reason: englishText(missing), movedTo: null }, missing);
  }
  const workspace = emptyWorkspace();
  await writeFileDurable(fs, path, JSON.stringify(workspace));
  return { workspace, report: { path, created: true, migratedFrom: null, recovery: null } };
}

async function recover(
  fs: FsOps,
  dir: string,
  path: string,
  what: { reason: string; movedTo: string | null },
  recoveryReason: Phrase,
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
      report: { path, created: false, migratedFrom, recovery: { ...what, restoredFrom: backup.path }, recoveryReason },
    };
  }
  const workspace = emptyWorkspace();
  await writeFileDurable(fs, path, JSON.stringify(workspace));
  return { workspace, report: { path, created: false, migratedFrom: null, recovery: { ...what, restoredFrom: null }, recoveryReason } };
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
  const said = recoveryPhrase(report, timeZone);
  return said ? englishText(said) : '';
}

/** The same sentence in no language yet, for the UI; null when the store opened as it was. */
export function recoveryPhrase(report: LoadReport, timeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone): Phrase | null {
  const { recovery } = report;
  if (!recovery) return null;
  const time = recovery.restoredFrom === null ? null : backupTime(recovery.restoredFrom, timeZone);
  if (recovery.movedTo === null) return time ? phrase('recovered.missing', { time }) : phrase('recovered.missingEmpty');
  const damaged = { reason: report.recoveryReason ?? recovery.reason, movedTo: recovery.movedTo };
  return time ? phrase('recovered.damaged', { ...damaged, time }) : phrase('recovered.damagedEmpty', damaged);
}

function backupTime(path: string, timeZone: string): PhraseParam {
  const parsed = parseBackupName(basename(path));
  return parsed ? momentPhrase(new TZDate(parsed.time.getTime(), timeZone)) : basename(path);
}
