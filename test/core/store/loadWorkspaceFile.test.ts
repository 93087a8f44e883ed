import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspaceFile, describeRecovery, storeFilePath } from '../../../electron/core/store/loadWorkspaceFile';
import { NewerSchemaError } from '../../../electron/core/store/NewerSchemaError';
import { nodeFsOps } from '../../../electron/core/store/nodeFsOps';
import { WorkspaceSchema, emptyWorkspace } from '../../../electron/shared/schemas/workspace';
import { damagedShapes } from './damagedShapes';
import { fsError, listing, useTempDirs, withFaults } from './fsTestKit';

const tempDir = useTempDirs();
const sample = readFileSync(join(import.meta.dirname, '../../fixtures/workspaces/v1-sample.json'));
const NOW = new Date('2026-11-28T17:02:12Z');
const OLDER_BACKUP = 'liaison-20261128-160000-hourly.json';
const NEWEST_BACKUP = 'liaison-20261128-170000-hourly.json';

const wrongSchema = [
  {
    name: 'seq is text',
    bytes: Buffer.from('{"schemaVersion":1,"seq":"nine"}'),
    reason: 'the file does not match the workspace schema at seq: invalid input: expected number, received string',
  },
  { name: 'no schemaVersion', bytes: Buffer.from('{"seq":0,"contacts":{}}'), reason: 'the file has no schema version' },
  {
    name: 'a contact without a family name',
    bytes: Buffer.from(
      JSON.stringify({
        schemaVersion: 1,
        seq: 1,
        contacts: { '2b0b9c52-4f43-4c1e-9a53-5a2f3e6c1d11': { id: '2b0b9c52-4f43-4c1e-9a53-5a2f3e6c1d11' } },
      }),
    ),
    reason: /^the file does not match the workspace schema at contacts\.2b0b9c52-4f43-4c1e-9a53-5a2f3e6c1d11\.\w+: .+$/,
  },
];

/** A data folder whose store holds `store`, with an older valid backup and a newer damaged one. */
function dataFolder(store: Buffer | null, backups: Record<string, Buffer> = { [OLDER_BACKUP]: sample, [NEWEST_BACKUP]: Buffer.from('{"schemaVersion":1,"se') }): string {
  const dir = tempDir('load');
  if (store) writeFileSync(storeFilePath(dir), store);
  if (Object.keys(backups).length > 0) mkdirSync(join(dir, 'backups'));
  for (const [name, bytes] of Object.entries(backups)) writeFileSync(join(dir, 'backups', name), bytes);
  return dir;
}

describe('loadWorkspaceFile', () => {
  it('starts an empty workspace when there is no store and no backup, and writes it', async () => {
    const dir = tempDir('load');
    const { workspace, report } = await loadWorkspaceFile(nodeFsOps, dir, NOW);
    expect(workspace).toEqual(emptyWorkspace());
    expect(report).toEqual({ path: join(dir, 'liaison.json'), created: true, migratedFrom: null, recovery: null });
    expect(WorkspaceSchema.parse(JSON.parse(readFileSync(report.path, 'utf8')))).toEqual(workspace);
    expect(describeRecovery(report)).toBe('');
  });

  it('opens a valid store as it is, without rewriting it', async () => {
    const dir = dataFolder(sample);
    const { workspace, report } = await loadWorkspaceFile(nodeFsOps, dir, NOW);
    expect(report).toEqual({ path: storeFilePath(dir), created: false, migratedFrom: null, recovery: null });
    expect(workspace).toEqual(WorkspaceSchema.parse(JSON.parse(sample.toString('utf8'))));
    expect(readFileSync(storeFilePath(dir))).toEqual(sample);
    expect(listing(dir)).toEqual(['backups', 'liaison.json']);
  });

  it.each([...damagedShapes, ...wrongSchema])(
    'moves a damaged store ($name) aside byte for byte and loads the newest backup that is valid',
    async ({ bytes, reason }) => {
      const dir = dataFolder(bytes);
      const { workspace, report } = await loadWorkspaceFile(nodeFsOps, dir, NOW);

      const movedTo = join(dir, 'damaged', 'liaison-20261128-170212.json');
      expect(readdirSync(join(dir, 'damaged'))).toEqual(['liaison-20261128-170212.json']);
      expect(readFileSync(movedTo)).toEqual(bytes);

      const expected = WorkspaceSchema.parse(JSON.parse(sample.toString('utf8')));
      expect(workspace).toEqual(expected);
      expect(WorkspaceSchema.parse(JSON.parse(readFileSync(storeFilePath(dir), 'utf8')))).toEqual(expected);

      expect(report.created).toBe(false);
      expect(report.recovery?.movedTo).toBe(movedTo);
      expect(report.recovery?.restoredFrom).toBe(join(dir, 'backups', OLDER_BACKUP));
      if (typeof reason === 'string') expect(report.recovery?.reason).toBe(reason);
      else expect(report.recovery?.reason).toMatch(reason);
      expect(describeRecovery(report, 'UTC')).toBe(
        `liaison.json was damaged (${report.recovery?.reason}); it was moved to ${movedTo} and the backup from 28 Nov 2026 16:00 was loaded.`,
      );
      // The backups are evidence too: the damaged newest one is skipped, not deleted.
      expect(readFileSync(join(dir, 'backups', NEWEST_BACKUP), 'utf8')).toBe('{"schemaVersion":1,"se');
      expect(listing(dir)).toEqual(['backups', 'damaged', 'liaison.json']);
    },
  );

  it('names the backup time in the zone it is given', async () => {
    const dir = dataFolder(Buffer.from('null'));
    const { report } = await loadWorkspaceFile(nodeFsOps, dir, NOW);
    expect(describeRecovery(report, 'Europe/Moscow')).toContain('the backup from 28 Nov 2026 19:00 was loaded.');
  });

  it('starts empty when no backup is valid, and says so', async () => {
    const dir = dataFolder(Buffer.from(''), { [NEWEST_BACKUP]: Buffer.from('null') });
    const { workspace, report } = await loadWorkspaceFile(nodeFsOps, dir, NOW);
    expect(workspace).toEqual(emptyWorkspace());
    expect(report.recovery).toEqual({
      reason: 'the file is empty',
      movedTo: join(dir, 'damaged', 'liaison-20261128-170212.json'),
      restoredFrom: null,
    });
    expect(describeRecovery(report)).toBe(
      `liaison.json was damaged (the file is empty); it was moved to ${join(dir, 'damaged', 'liaison-20261128-170212.json')}. No backup could be loaded, so Liaison started with an empty workspace.`,
    );
    expect(JSON.parse(readFileSync(storeFilePath(dir), 'utf8'))).toEqual(emptyWorkspace());
  });

  it('keeps every damaged file when the store is damaged twice in the same second', async () => {
    const dir = dataFolder(Buffer.from('first'), {});
    await loadWorkspaceFile(nodeFsOps, dir, NOW);
    writeFileSync(storeFilePath(dir), 'second');
    const { report } = await loadWorkspaceFile(nodeFsOps, dir, NOW);
    expect(report.recovery?.movedTo).toBe(join(dir, 'damaged', 'liaison-20261128-170212-2.json'));
    expect(readFileSync(join(dir, 'damaged', 'liaison-20261128-170212.json'), 'utf8')).toBe('first');
    expect(readFileSync(join(dir, 'damaged', 'liaison-20261128-170212-2.json'), 'utf8')).toBe('second');
  });

  it('loads the newest valid backup when the store is missing but backups exist', async () => {
    const dir = dataFolder(null);
    const { workspace, report } = await loadWorkspaceFile(nodeFsOps, dir, NOW);
    expect(Object.keys(workspace.contacts)).toHaveLength(3);
    expect(report.recovery).toEqual({ reason: 'the file was missing', movedTo: null, restoredFrom: join(dir, 'backups', OLDER_BACKUP) });
    expect(describeRecovery(report, 'UTC')).toBe('liaison.json was missing; the backup from 28 Nov 2026 16:00 was loaded.');
    expect(existsSync(join(dir, 'damaged'))).toBe(false);
  });

  it('refuses a store from a newer Liaison and leaves everything exactly as it was', async () => {
    const newer = Buffer.from('{"schemaVersion":2,"seq":5,"somethingNew":{"x":1}}');
    const dir = dataFolder(newer);
    const before = listing(dir);
    const error = await loadWorkspaceFile(nodeFsOps, dir, NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NewerSchemaError);
    expect((error as Error).message).toBe(
      'This workspace was written by a newer Liaison (schema version 2); this version reads up to schema version 1. Install a newer Liaison to open it.',
    );
    expect(readFileSync(storeFilePath(dir))).toEqual(newer);
    expect(existsSync(join(dir, 'damaged'))).toBe(false);
    expect(listing(dir)).toEqual(before);
    expect(readdirSync(join(dir, 'backups')).sort()).toEqual([OLDER_BACKUP, NEWEST_BACKUP]);
  });

  it('lets a read fault that is not damage through, with the store untouched', async () => {
    const dir = dataFolder(sample);
    const fs = withFaults({ readFile: () => Promise.reject(fsError('EACCES', 'open')) });
    await expect(loadWorkspaceFile(fs, dir, NOW)).rejects.toMatchObject({ code: 'EACCES' });
    expect(readFileSync(storeFilePath(dir))).toEqual(sample);
    expect(existsSync(join(dir, 'damaged'))).toBe(false);
  });
});
