import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/runCli';
import { compactionFailureFilePath } from '../../../electron/core/store/CompactionFailure';
import type { FsOps } from '../../../electron/core/store/FsOps';
import { nodeFsOps } from '../../../electron/core/store/nodeFsOps';
import { WorkspaceService } from '../../../electron/core/workspace/WorkspaceService';
import { createContact } from '../../helpers/commands';
import { diskState } from '../../helpers/diskState';
import { fsError, useTempDirs } from './fsTestKit';

const resourcesDir = fileURLToPath(new URL('../../../resources', import.meta.url));

/** The real file system, except that writing a new snapshot (liaison.json's temp file) fails with ENOSPC while armed. */
function snapshotFault(): { fs: FsOps; armed: { on: boolean } } {
  const armed = { on: false };
  const fs: FsOps = {
    ...nodeFsOps,
    open: async (path, flags) => {
      const real = await nodeFsOps.open(path, flags);
      if (!/^liaison\.json\..*\.tmp$/.test(basename(path))) return real;
      return { ...real, write: (data, position) => (armed.on ? Promise.reject(fsError('ENOSPC', 'write')) : real.write(data, position)) };
    },
  };
  return { fs, armed };
}

async function doctor(dir: string): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runCli(['--data', dir, 'doctor'], { out: (t) => (out += t), err: (t) => (out += t), env: {}, resourcesDir });
  return { code, out };
}

const journals = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('journal-')).sort();

describe('a background compaction that fails', () => {
  const temp = useTempDirs();

  it('keeps the journal, says why in workspace:status and doctor, and clears once a compaction succeeds', async () => {
    const dir = temp();
    const { fs, armed } = snapshotFault();
    const service = await WorkspaceService.open({ dir, owner: 'app', fs, resourcesDir, compaction: { maxLines: 3 } });
    const store = service.store;
    await store.commit([createContact({ family: 'Before', given: 'B' })]);
    await store.whenIdle();
    const snapshotBefore = readFileSync(join(dir, 'liaison.json'));
    expect(service.status().maintenance).toBeNull();

    armed.on = true;
    await store.commit([createContact({ family: 'First', given: 'F' })]);
    await store.commit([createContact({ family: 'Second', given: 'S' })]);
    await store.commit([createContact({ family: 'Third', given: 'T' })]);
    await store.whenIdle();

    // Every acknowledged save still succeeded; only the fold failed, and it is said, with when.
    expect(store.saveState).toEqual({ status: 'saved' });
    const maintenance = service.status().maintenance;
    expect(maintenance?.message).toMatch(/the disk is full/);
    expect(maintenance?.message).toMatch(/Nothing is lost/);
    expect(Number.isNaN(Date.parse(maintenance?.at ?? ''))).toBe(false);

    // On disk: the old snapshot untouched, the journal holding every change, and the sentence for doctor.
    expect(readFileSync(join(dir, 'liaison.json')).equals(snapshotBefore)).toBe(true);
    expect(journals(dir).length).toBeGreaterThan(0);
    const disk = await diskState(dir);
    expect(Object.values(disk.contacts).map((c) => c.family).sort()).toEqual(['Before', 'First', 'Second', 'Third']);
    expect(JSON.parse(readFileSync(compactionFailureFilePath(dir), 'utf8'))).toEqual(maintenance);
    const unhealthy = await doctor(dir);
    expect(unhealthy.code).toBe(1);
    expect(unhealthy.out).toContain('Compaction:  failed at');
    expect(unhealthy.out).toContain('the disk is full');

    armed.on = false;
    for (const family of ['Fourth', 'Fifth', 'Sixth']) await store.commit([createContact({ family, given: 'X' })]);
    await store.whenIdle();
    expect(service.status().maintenance).toBeNull();
    expect(existsSync(compactionFailureFilePath(dir))).toBe(false);
    const snapshot = JSON.parse(readFileSync(join(dir, 'liaison.json'), 'utf8')) as { contacts: Record<string, { family: string }> };
    expect(Object.values(snapshot.contacts).map((c) => c.family).sort()).toEqual(['Before', 'Fifth', 'First', 'Fourth', 'Second', 'Sixth', 'Third']);
    await service.close();
    const healthy = await doctor(dir);
    expect(healthy.out).toContain('Compaction:  ok');
    expect(healthy.code).toBe(0);
  });

  it('at quit is written down for doctor, and the journal still loads every change', async () => {
    const dir = temp();
    const { fs, armed } = snapshotFault();
    const service = await WorkspaceService.open({ dir, owner: 'app', fs, resourcesDir });
    await service.store.commit([createContact({ family: 'Kept', given: 'K' })]);
    await service.store.whenIdle();
    armed.on = true;
    await service.store.commit([createContact({ family: 'AlsoKept', given: 'A' })]);
    await service.close();
    expect(JSON.parse(readFileSync(compactionFailureFilePath(dir), 'utf8'))).toMatchObject({ message: expect.stringMatching(/the disk is full/) as unknown });
    const reopened = await WorkspaceService.open({ dir, owner: 'cli', resourcesDir, readOnly: true });
    expect(Object.values(reopened.store.state.contacts).map((c) => c.family).sort()).toEqual(['AlsoKept', 'Kept']);
    await reopened.close();
  });
});
