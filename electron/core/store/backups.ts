import { rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { FsOps } from './FsOps';
import { readValidWorkspace } from './readValidWorkspace';
import { storeFilePath } from './storeFilePath';
import { cancellableChunks, slices } from '../tasks/cancellableChunks';
import type { Task } from '../tasks/Task';
import { writeFileDurable } from './writeFileDurable';

/** `pre-migration` keeps the old file when a newer Liaison upgrades it in place. */
export const backupReasons = ['hourly', 'manual', 'pre-restore', 'compaction', 'pre-migration'] as const;
export type BackupReason = (typeof backupReasons)[number];

export interface BackupInfo {
  path: string;
  name: string;
  /** When the backup was taken, read from its name: copies and restores change mtimes. */
  time: Date;
  reason: BackupReason;
  size: number;
}

/** Grandfather-father-son: the newest backup of each hour, day and week within each window. */
export interface BackupPolicy {
  hourlyForHours: number;
  dailyForDays: number;
  weeklyForWeeks: number;
  maxTotalBytes: number;
}

export const defaultBackupPolicy: BackupPolicy = {
  hourlyForHours: 24,
  dailyForDays: 14,
  weeklyForWeeks: 8,
  maxTotalBytes: 200 * 1024 * 1024,
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
/** 1970-01-01 was a Thursday; shifting by four days makes week buckets start on Monday. */
const MONDAY_OFFSET = 4 * DAY;

const BACKUP_NAME = /^liaison-(\d{8}-\d{6})-([a-z-]+?)(?:-(\d+))?\.json$/;
const EXPORT_NAME = /^liaison-backup-(\d{8}-\d{6})(?:-(\d+))?\.json$/;

export function backupsDir(dir: string): string {
  return join(dir, 'backups');
}

/**
 * `yyyyMMdd-HHmmss` in UTC. Names sort by time and parse back to one instant whatever zone the
 * laptop is in, across daylight-saving changes and travel; people see local times in the UI.
 */
export function fileStamp(time: Date): string {
  const iso = time.toISOString(); // 2026-11-28T17:02:12.345Z
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
}

export function parseFileStamp(stamp: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})$/.exec(stamp);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const time = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return fileStamp(time) === stamp ? time : null; // rejects 20261399-...
}

/** The time and reason a backup name encodes, or null for any other file (temp files, strays). */
export function parseBackupName(name: string): { time: Date; reason: BackupReason; serial: number } | null {
  const m = BACKUP_NAME.exec(name);
  const time = m?.[1] === undefined ? null : parseFileStamp(m[1]);
  const reason = backupReasons.find((r) => r === m?.[2]);
  if (!m || !time || !reason) return null;
  return { time, reason, serial: m[3] === undefined ? 1 : Number(m[3]) };
}

/**
 * Copies the current liaison.json into backups/ durably (temp, fsync, rename, fsync folder) and
 * returns the backup's path. The copy is byte for byte: a damaged store backed up before a
 * restore stays as it was.
 */
export async function createBackup(fs: FsOps, dir: string, now: Date, reason: BackupReason): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(storeFilePath(dir));
  } catch (error) {
    if (isCode(error, 'ENOENT')) throw new Error(`There is no workspace to back up yet in ${dir}.`, { cause: error });
    throw error;
  }
  return writeBackup(fs, dir, now, reason, bytes);
}

async function writeBackup(fs: FsOps, dir: string, now: Date, reason: BackupReason, bytes: Uint8Array): Promise<string> {
  const folder = backupsDir(dir);
  await fs.mkdir(folder);
  const path = await freeName(fs, folder, (serial) => `liaison-${fileStamp(now)}-${reason}${serial > 1 ? `-${serial}` : ''}.json`);
  await writeFileDurable(fs, path, bytes);
  return path;
}

/** Two backups in one second get -2, -3 rather than one replacing the other. */
export async function freeName(fs: FsOps, folder: string, nameFor: (serial: number) => string): Promise<string> {
  for (let serial = 1; ; serial++) {
    const path = join(folder, nameFor(serial));
    if (!(await exists(fs, path))) return path;
  }
}

/** Backups newest first. Files that are not named like a backup are ignored, never touched. */
export async function listBackups(fs: FsOps, dir: string): Promise<BackupInfo[]> {
  const folder = backupsDir(dir);
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch (error) {
    if (isCode(error, 'ENOENT')) return [];
    throw error;
  }
  const found: (BackupInfo & { serial: number })[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const path = join(folder, name);
    try {
      const stats = await fs.stat(path);
      if (stats.isFile()) found.push({ path, name, time: parsed.time, reason: parsed.reason, size: stats.size, serial: parsed.serial });
    } catch (error) {
      if (!isCode(error, 'ENOENT')) throw error; // pruned meanwhile
    }
  }
  found.sort((a, b) => b.time.getTime() - a.time.getTime() || b.serial - a.serial);
  return found.map(({ serial: _serial, ...info }) => info);
}

/**
 * Deletes backups the policy no longer keeps, then the oldest kept ones while the total is over the
 * size cap. The newest backup that would really load is never deleted, however old or large:
 * it is the last way back from a damaged store.
 */
export async function pruneBackups(
  fs: FsOps,
  dir: string,
  now: Date,
  policy: BackupPolicy = defaultBackupPolicy,
  /**
   * A backup known to load without reading it: the copy a compaction just made of the snapshot it
   * wrote from a validated workspace. Validating it again would parse the whole store on the main
   * thread, stalling the saves that overlap the compaction.
   */
  knownValid?: string,
): Promise<{ kept: BackupInfo[]; deleted: BackupInfo[] }> {
  const all = await listBackups(fs, dir);
  const newestValid = all[0]?.path === knownValid ? (all[0] ?? null) : await findNewestValid(fs, all);
  const keep = new Set<string>(newestValid ? [newestValid.path] : []);
  const rules: [bucket: number, window: number, offset: number][] = [
    [HOUR, policy.hourlyForHours * HOUR, 0],
    [DAY, policy.dailyForDays * DAY, 0],
    [WEEK, policy.weeklyForWeeks * WEEK, MONDAY_OFFSET],
  ];
  for (const [bucket, window, offset] of rules) {
    const seen = new Set<number>();
    for (const backup of all) {
      // A backup from the future (the clock was moved back) counts as recent, not as expired.
      if (now.getTime() - backup.time.getTime() >= window) continue;
      const key = Math.floor((backup.time.getTime() - offset) / bucket);
      if (seen.has(key)) continue; // `all` is newest first, so the first in a bucket is its newest
      seen.add(key);
      keep.add(backup.path);
    }
  }
  // The state before a restore or a migration is the only way back from it: kept for the daily
  // window whatever else was taken in its hour (only the size cap can remove it sooner).
  for (const backup of all) {
    const age = now.getTime() - backup.time.getTime();
    if ((backup.reason === 'pre-restore' || backup.reason === 'pre-migration') && age < policy.dailyForDays * DAY) keep.add(backup.path);
  }
  let total = all.filter((b) => keep.has(b.path)).reduce((sum, b) => sum + b.size, 0);
  for (const backup of [...all].reverse()) {
    if (total <= policy.maxTotalBytes) break;
    if (!keep.has(backup.path) || backup.path === newestValid?.path) continue;
    keep.delete(backup.path);
    total -= backup.size;
  }
  const deleted = all.filter((b) => !keep.has(b.path));
  for (const backup of deleted) {
    try {
      await fs.unlink(backup.path);
    } catch (error) {
      if (!isCode(error, 'ENOENT')) throw error;
    }
  }
  return { kept: all.filter((b) => keep.has(b.path)), deleted };
}

/** Newest first, stopping at the first that loads; usually that is the first one read. */
export async function findNewestValid(fs: FsOps, backups: readonly BackupInfo[]): Promise<BackupInfo | null> {
  for (const backup of backups) {
    try {
      if (await readValidWorkspace(fs, backup.path)) return backup;
    } catch {
      // damaged, newer schema or unreadable: not a way back, try the next older
    }
  }
  return null;
}

/**
 * Takes an hourly backup when the newest backup is an hour old or more (or dated in the future,
 * after a clock change) and the store has changed since, then prunes. Returns the new backup's
 * path, or null when none was needed.
 */
export async function maybeHourlyBackup(fs: FsOps, dir: string, now: Date): Promise<string | null> {
  const [newest] = await listBackups(fs, dir);
  if (!hourPassed(newest, now)) return null;
  let current: Buffer;
  try {
    current = await fs.readFile(storeFilePath(dir));
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null;
    throw error;
  }
  // Copies of an unchanged store would push older, different backups out under the size cap.
  if (newest && newest.size === current.byteLength && current.equals(await fs.readFile(newest.path))) return null;
  const path = await writeBackup(fs, dir, now, 'hourly', current);
  await pruneBackups(fs, dir, now);
  return path;
}

/** Whether the newest backup is an hour old or more, or dated in the future (the clock was moved back). */
export async function hourlyBackupDue(fs: FsOps, dir: string, now: Date): Promise<boolean> {
  const [newest] = await listBackups(fs, dir);
  return hourPassed(newest, now);
}

function hourPassed(newest: BackupInfo | undefined, now: Date): boolean {
  const age = newest ? now.getTime() - newest.time.getTime() : Infinity;
  return !(age >= 0 && age < HOUR);
}

/**
 * Copies the store into a folder the user picked (a USB stick, a synced folder) as
 * `liaison-backup-<yyyyMMdd-HHmmss>.json`, durably, and returns the file's path.
 */
export async function backupToFolder(fs: FsOps, dir: string, target: string, now: Date = new Date(), task?: Task): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(storeFilePath(dir));
  } catch (error) {
    if (isCode(error, 'ENOENT')) throw new Error(`There is no workspace to back up yet in ${dir}.`, { cause: error });
    throw error;
  }
  const existed = await fs.stat(target).then(
    () => true,
    () => false,
  );
  await fs.mkdir(target);
  const path = await freeName(fs, target, (serial) => `liaison-backup-${fileStamp(now)}${serial > 1 ? `-${serial}` : ''}.json`);
  // With a task: progress by bytes, and a cancel before the rename leaves no backup file behind,
  // nor the folder if this backup made it (rmdir removes only an empty one).
  task?.setPhase('copying', bytes.byteLength, 'bytes');
  try {
    await writeFileDurable(fs, path, task ? cancellableChunks(slices(bytes), task, (done) => task.report(done)) : bytes);
  } catch (error) {
    if (task?.cancelled && !existed) await rmdir(target).catch(() => undefined);
    throw error;
  }
  return path;
}

/**
 * Installs a workspace from a file, or from the newest `liaison-backup-*.json` (else a
 * `liaison.json`) in a folder: validated first (DamagedFileError / NewerSchemaError leave
 * everything as it was), then the current store is kept as a `pre-restore` backup, then the
 * validated (and migrated) workspace replaces liaison.json durably.
 *
 * The caller holds the workspace lock and reloads afterwards; this does not know about open stores.
 */
export async function restoreFromFolder(
  fs: FsOps,
  sourceFileOrFolder: string,
  dir: string,
  now: Date = new Date(),
): Promise<{ restoredFrom: string; preRestoreBackup: string | null; migratedFrom: number | null }> {
  const source = await resolveRestoreSource(fs, sourceFileOrFolder);
  const valid = await readValidWorkspace(fs, source);
  if (!valid) throw new Error(`There is no file at ${source} to restore from.`);
  await fs.mkdir(dir);
  const preRestoreBackup = (await exists(fs, storeFilePath(dir))) ? await createBackup(fs, dir, now, 'pre-restore') : null;
  await writeFileDurable(fs, storeFilePath(dir), JSON.stringify(valid.workspace));
  return { restoredFrom: source, preRestoreBackup, migratedFrom: valid.from === valid.workspace.schemaVersion ? null : valid.from };
}

/** The file a restore reads: `source` itself, or the newest backup export (else liaison.json) in that folder. */
export async function resolveRestoreSource(fs: FsOps, source: string): Promise<string> {
  const stats = await fs.stat(source);
  if (!stats.isDirectory()) return source;
  const names = await fs.readdir(source);
  const exports = names
    .map((name) => ({ name, m: EXPORT_NAME.exec(name) }))
    .filter((e) => e.m !== null)
    .sort((a, b) => compareExportNames(b.m, a.m));
  const chosen = exports[0]?.name ?? (names.includes('liaison.json') ? 'liaison.json' : null);
  if (!chosen) {
    throw new Error(
      `No Liaison backup was found in ${source}: choose the file itself, or a folder holding a file named like liaison-backup-20261128-170212.json.`,
    );
  }
  return join(source, chosen);
}

function compareExportNames(a: RegExpExecArray | null, b: RegExpExecArray | null): number {
  const key = (m: RegExpExecArray | null): [string, number] => [m?.[1] ?? '', Number(m?.[2] ?? 1)];
  const [sa, na] = key(a);
  const [sb, nb] = key(b);
  return sa === sb ? na - nb : sa < sb ? -1 : 1;
}

async function exists(fs: FsOps, path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch (error) {
    if (isCode(error, 'ENOENT')) return false;
    throw error;
  }
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}
