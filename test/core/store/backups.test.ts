import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backupToFolder,
  createBackup,
  defaultBackupPolicy,
  listBackups,
  maybeHourlyBackup,
  pruneBackups,
  restoreFromFolder,
} from '../../../electron/core/store/backups';
import { DamagedFileError } from '../../../electron/core/store/DamagedFileError';
import { loadWorkspaceFile, storeFilePath } from '../../../electron/core/store/loadWorkspaceFile';
import { NewerSchemaError } from '../../../electron/core/store/NewerSchemaError';
import { nodeFsOps } from '../../../electron/core/store/nodeFsOps';
import { readValidWorkspace } from '../../../electron/core/store/readValidWorkspace';
import { listing, useTempDirs } from './fsTestKit';

const tempDir = useTempDirs();
const fixtures = join(import.meta.dirname, '../../fixtures/workspaces');
const sample = readFileSync(join(fixtures, 'v1-sample.json'));
const minimal = readFileSync(join(fixtures, 'v1-minimal.json'));
const NOW = new Date('2026-11-28T17:02:12Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Written here rather than by the code under test, so the name format is checked, not assumed. */
function stamp(time: Date): string {
  return time.toISOString().replace(/[-:]/g, '').slice(0, 15).replace('T', '-');
}

function validDoc(seq: number, padding = 0): string {
  return JSON.stringify({ schemaVersion: 1, seq, padding: 'x'.repeat(padding) });
}

function folderWithBackups(entries: { time: Date; reason?: string; bytes?: string }[]): string {
  const dir = tempDir('backups');
  writeFileSync(storeFilePath(dir), sample);
  mkdirSync(join(dir, 'backups'));
  entries.forEach(({ time, reason = 'hourly', bytes }, i) => {
    writeFileSync(join(dir, 'backups', `liaison-${stamp(time)}-${reason}.json`), bytes ?? validDoc(i));
  });
  return dir;
}

describe('createBackup and listBackups', () => {
  it('copies the store byte for byte under a name that carries the time and the reason', async () => {
    const dir = tempDir('backups');
    writeFileSync(storeFilePath(dir), sample);
    const path = await createBackup(nodeFsOps, dir, NOW, 'manual');
    expect(path).toBe(join(dir, 'backups', 'liaison-20261128-170212-manual.json'));
    expect(readFileSync(path)).toEqual(sample);
    expect(readdirSync(join(dir, 'backups'))).toEqual(['liaison-20261128-170212-manual.json']);
  });

  it('never replaces a backup taken in the same second', async () => {
    const dir = tempDir('backups');
    writeFileSync(storeFilePath(dir), 'one');
    const first = await createBackup(nodeFsOps, dir, NOW, 'manual');
    writeFileSync(storeFilePath(dir), 'two');
    const second = await createBackup(nodeFsOps, dir, NOW, 'manual');
    expect(second).toBe(join(dir, 'backups', 'liaison-20261128-170212-manual-2.json'));
    expect(readFileSync(first, 'utf8')).toBe('one');
    expect((await listBackups(nodeFsOps, dir)).map((b) => b.path)).toEqual([second, first]);
  });

  it('says so when there is nothing to back up', async () => {
    await expect(createBackup(nodeFsOps, tempDir('backups'), NOW, 'manual')).rejects.toThrow(/There is no workspace to back up yet/);
  });

  it('lists backups newest first with time, reason and size, ignoring other files', async () => {
    const dir = folderWithBackups([
      { time: new Date(NOW.getTime() - 2 * DAY), reason: 'compaction' },
      { time: new Date(NOW.getTime() - HOUR), reason: 'pre-restore' },
    ]);
    writeFileSync(join(dir, 'backups', 'notes.txt'), 'mine');
    writeFileSync(join(dir, 'backups', 'liaison-20261128-170212-hourly.json.4242.abcdef.tmp'), '{');
    writeFileSync(join(dir, 'backups', 'liaison-20261399-000000-hourly.json'), '{}');
    const list = await listBackups(nodeFsOps, dir);
    expect(list.map(({ name, reason, time, size }) => ({ name, reason, time: time.toISOString(), size }))).toEqual([
      { name: 'liaison-20261128-160212-pre-restore.json', reason: 'pre-restore', time: '2026-11-28T16:02:12.000Z', size: validDoc(1).length },
      { name: 'liaison-20261126-170212-compaction.json', reason: 'compaction', time: '2026-11-26T17:02:12.000Z', size: validDoc(0).length },
    ]);
    expect(await listBackups(nodeFsOps, tempDir('backups'))).toEqual([]);
  });
});

describe('pruneBackups', () => {
  it('keeps the newest per hour for a day, per day for two weeks and per week for eight weeks', async () => {
    const times: Date[] = [];
    for (let k = 0; k < 90; k++) times.push(new Date(NOW.getTime() - k * 20 * MINUTE)); // 30 hours, every 20 minutes
    for (let t = NOW.getTime() - 30 * HOUR; t > NOW.getTime() - 70 * DAY; t -= 6 * HOUR) times.push(new Date(t)); // then every 6 hours for 10 weeks
    const dir = folderWithBackups(times.map((time, i) => ({ time, reason: i % 7 === 0 ? 'manual' : 'hourly' })));

    const { kept, deleted } = await pruneBackups(nodeFsOps, dir, NOW);

    const expected = new Set<string>();
    const newestFirst = [...times].sort((a, b) => b.getTime() - a.getTime());
    const pick = (window: number, key: (d: Date) => string): void => {
      const seen = new Set<string>();
      for (const d of newestFirst) {
        if (NOW.getTime() - d.getTime() >= window || seen.has(key(d))) continue;
        seen.add(key(d));
        expected.add(stamp(d));
      }
    };
    pick(24 * HOUR, (d) => d.toISOString().slice(0, 13));
    pick(14 * DAY, (d) => d.toISOString().slice(0, 10));
    pick(8 * 7 * DAY, (d) => new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY).toISOString().slice(0, 10)); // that week's Monday

    const keptStamps = kept.map((b) => b.name.slice('liaison-'.length, 'liaison-'.length + 15));
    expect(new Set(keptStamps)).toEqual(expected);
    expect(kept.length + deleted.length).toBe(times.length);
    expect(readdirSync(join(dir, 'backups')).sort()).toEqual(kept.map((b) => b.name).sort());
    expect(kept.every((b) => NOW.getTime() - b.time.getTime() < 8 * 7 * DAY)).toBe(true);
    expect(kept.length).toBeLessThanOrEqual(25 + 14 + 8);
    expect(kept.length).toBeGreaterThanOrEqual(24 + 13 + 7);
    for (const backup of kept) expect(await readValidWorkspace(nodeFsOps, backup.path)).not.toBeNull();
  });

  it('drops the oldest backups while the total is over the size cap', async () => {
    const times = Array.from({ length: 6 }, (_, k) => new Date(NOW.getTime() - k * HOUR));
    const dir = folderWithBackups(times.map((time, i) => ({ time, bytes: validDoc(i, 10_000) })));
    const size = validDoc(0, 10_000).length;
    const { kept, deleted } = await pruneBackups(nodeFsOps, dir, NOW, { ...defaultBackupPolicy, maxTotalBytes: 3 * size + 100 });
    expect(kept.map((b) => b.time)).toEqual(times.slice(0, 3));
    expect(deleted).toHaveLength(3);
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(3);
    expect(kept.reduce((sum, b) => sum + b.size, 0)).toBeLessThanOrEqual(3 * size + 100);
  });

  it('never deletes the newest valid backup, however old or large', async () => {
    const old = new Date(NOW.getTime() - 10 * 7 * DAY);
    const recentDamaged = [1, 2, 3].map((h) => ({ time: new Date(NOW.getTime() - h * HOUR), bytes: '{"schemaVersion":1,' }));
    const dir = folderWithBackups([...recentDamaged, { time: old, bytes: validDoc(9) }]);

    const policyOnly = await pruneBackups(nodeFsOps, dir, NOW);
    expect(policyOnly.deleted).toEqual([]);
    expect(policyOnly.kept.at(-1)?.time).toEqual(old);

    const capped = await pruneBackups(nodeFsOps, dir, NOW, { ...defaultBackupPolicy, maxTotalBytes: 1 });
    expect(capped.kept.map((b) => b.time)).toEqual([old]);
    expect(readdirSync(join(dir, 'backups'))).toEqual([`liaison-${stamp(old)}-hourly.json`]);
  });
});

describe('maybeHourlyBackup', () => {
  it('backs up when the newest backup is an hour old and the store has changed since', async () => {
    const dir = tempDir('backups');
    expect(await maybeHourlyBackup(nodeFsOps, dir, NOW)).toBeNull(); // no store yet
    writeFileSync(storeFilePath(dir), validDoc(1));
    const first = await maybeHourlyBackup(nodeFsOps, dir, NOW);
    expect(first).toBe(join(dir, 'backups', 'liaison-20261128-170212-hourly.json'));

    writeFileSync(storeFilePath(dir), validDoc(2));
    expect(await maybeHourlyBackup(nodeFsOps, dir, new Date(NOW.getTime() + 59 * MINUTE))).toBeNull();
    const second = await maybeHourlyBackup(nodeFsOps, dir, new Date(NOW.getTime() + 61 * MINUTE));
    expect(second).toBe(join(dir, 'backups', 'liaison-20261128-180312-hourly.json'));
    expect(readFileSync(second ?? '', 'utf8')).toBe(validDoc(2));

    // Unchanged since the last backup: another copy would only crowd out older history.
    expect(await maybeHourlyBackup(nodeFsOps, dir, new Date(NOW.getTime() + 200 * MINUTE))).toBeNull();
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(2);
  });

  it('prunes after backing up', async () => {
    const ancient = new Date(NOW.getTime() - 20 * 7 * DAY);
    const dir = folderWithBackups([{ time: ancient }, { time: new Date(ancient.getTime() + DAY) }]);
    await maybeHourlyBackup(nodeFsOps, dir, NOW);
    expect(readdirSync(join(dir, 'backups'))).toEqual(['liaison-20261128-170212-hourly.json']);
  });
});

describe('backupToFolder and restoreFromFolder', () => {
  it('moves a workspace to a fresh data folder (a new laptop) intact', async () => {
    const oldLaptop = tempDir('old');
    writeFileSync(storeFilePath(oldLaptop), sample);
    const { workspace: before } = await loadWorkspaceFile(nodeFsOps, oldLaptop, NOW);

    const stick = join(tempDir('usb'), 'Liaison backup');
    const exported = await backupToFolder(nodeFsOps, oldLaptop, stick, NOW);
    expect(exported).toBe(join(stick, 'liaison-backup-20261128-170212.json'));
    expect(readFileSync(exported)).toEqual(readFileSync(storeFilePath(oldLaptop)));

    const newLaptop = join(tempDir('new'), 'workspace');
    const result = await restoreFromFolder(nodeFsOps, stick, newLaptop, NOW);
    expect(result).toEqual({ restoredFrom: exported, preRestoreBackup: null, migratedFrom: null });
    const { workspace: after, report } = await loadWorkspaceFile(nodeFsOps, newLaptop, NOW);
    expect(report.recovery).toBeNull();
    expect(report.created).toBe(false);
    expect(after).toEqual(before);
    expect(listing(newLaptop)).toEqual(['liaison.json']);
  });

  it('takes the newest export from a folder, or a file named directly', async () => {
    const stick = tempDir('usb');
    writeFileSync(join(stick, 'liaison-backup-20261101-090000.json'), minimal);
    writeFileSync(join(stick, 'liaison-backup-20261120-090000.json'), sample);
    writeFileSync(join(stick, 'holiday.jpg'), 'not a workspace');
    expect((await restoreFromFolder(nodeFsOps, stick, tempDir('new'), NOW)).restoredFrom).toBe(join(stick, 'liaison-backup-20261120-090000.json'));
    const direct = join(stick, 'liaison-backup-20261101-090000.json');
    expect((await restoreFromFolder(nodeFsOps, direct, tempDir('new'), NOW)).restoredFrom).toBe(direct);
  });

  it('keeps the store it replaces as a pre-restore backup, byte for byte', async () => {
    const dir = tempDir('current');
    writeFileSync(storeFilePath(dir), minimal);
    const stick = tempDir('usb');
    writeFileSync(join(stick, 'liaison-backup-20261120-090000.json'), sample);
    const { preRestoreBackup } = await restoreFromFolder(nodeFsOps, stick, dir, NOW);
    expect(preRestoreBackup).toBe(join(dir, 'backups', 'liaison-20261128-170212-pre-restore.json'));
    expect(readFileSync(preRestoreBackup ?? '')).toEqual(minimal);
    const { workspace } = await loadWorkspaceFile(nodeFsOps, dir, NOW);
    expect(Object.keys(workspace.contacts)).toHaveLength(3);
  });

  it.each([
    ['a damaged file', '{"schemaVersion":1,"seq":', DamagedFileError],
    ['a file from a newer Liaison', '{"schemaVersion":7,"seq":0}', NewerSchemaError],
  ])('refuses %s and changes nothing', async (_name, bytes, errorType) => {
    const dir = tempDir('current');
    writeFileSync(storeFilePath(dir), minimal);
    const stick = tempDir('usb');
    writeFileSync(join(stick, 'liaison-backup-20261120-090000.json'), bytes);
    await expect(restoreFromFolder(nodeFsOps, stick, dir, NOW)).rejects.toBeInstanceOf(errorType);
    expect(readFileSync(storeFilePath(dir))).toEqual(minimal);
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('explains what it looks for when the folder holds no backup', async () => {
    await expect(restoreFromFolder(nodeFsOps, tempDir('usb'), tempDir('current'), NOW)).rejects.toThrow(
      /No Liaison backup was found in .+: choose the file itself, or a folder holding a file named like liaison-backup-20261128-170212\.json\./,
    );
  });
});
