import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/core/dispatcher/createDispatcher';
import { headlessPlatform, type Platform } from '../../../electron/core/platform/Platform';
import { defaultBackupPolicy, listBackups, pruneBackups } from '../../../electron/core/store/backups';
import { nodeFsOps } from '../../../electron/core/store/nodeFsOps';
import { readValidWorkspace } from '../../../electron/core/store/readValidWorkspace';
import { Store } from '../../../electron/core/store/Store';
import { WorkspaceService } from '../../../electron/core/workspace/WorkspaceService';
import { createContact } from '../../helpers/commands';
import { diskState } from '../../helpers/diskState';
import { tempDir } from '../../helpers/tempDir';

const resourcesDir = fileURLToPath(new URL('../../../resources', import.meta.url));
const HOUR = 3_600_000;

/** A platform whose save dialog answers `saveTo` and whose open dialog answers `open`. */
function dialogs(answers: { saveTo?: string | null; open?: string[] }): Platform {
  return {
    ...headlessPlatform,
    chooseSavePath: ({ defaultName }) => Promise.resolve(answers.saveTo === null ? null : join(answers.saveTo ?? '', defaultName)),
    chooseOpenPaths: () => Promise.resolve(answers.open ?? []),
  };
}

async function open(dir: string, platform: Platform) {
  const service = await WorkspaceService.open({ dir, owner: 'app', resourcesDir, platform });
  const dispatch = createDispatcher(service.handlers());
  return { service, dispatch };
}

describe('backups rotate and restore', () => {
  it('keeps backups within the size cap over ten weeks of hourly compactions, and every kept one loads', async () => {
    const dir = await tempDir();
    let now = Date.parse('2026-09-01T08:00:00.000Z');
    const store = await Store.open({ dir, owner: 'app', clock: () => new Date(now) });
    let maxTotal = 0;
    let maxKept = 0;
    // Sized so that two of the last snapshots (~200 KB with every contact field stored) fit.
    const cap = 450 * 1024;
    for (let hour = 0; hour < 24 * 70; hour += 7) {
      now += 7 * HOUR;
      await store.commit([createContact({ family: `Hour${hour}`, given: 'Backup' })]);
      await store.compact();
      const { kept } = await pruneBackups(nodeFsOps, dir, new Date(now), { ...defaultBackupPolicy, maxTotalBytes: cap });
      const total = kept.reduce((sum, b) => sum + b.size, 0);
      // The newest valid backup is kept even over the cap: it is the last way back.
      expect(total <= cap || kept.length === 1).toBe(true);
      maxTotal = Math.max(maxTotal, total);
      maxKept = Math.max(maxKept, kept.length);
    }
    const backups = await listBackups(nodeFsOps, dir);
    // Early on many hourly and daily backups fit; as the store grows the cap drops the oldest.
    expect(maxKept).toBeGreaterThan(5);
    expect(backups.length).toBeGreaterThanOrEqual(2);
    for (const backup of backups) expect(await readValidWorkspace(nodeFsOps, backup.path), backup.name).not.toBeNull();
    expect(maxTotal).toBeLessThanOrEqual(cap);
    await store.close();
  });

  it('backup:toFolder writes a complete copy where the user chose; backup:restore brings it back on a fresh data folder', async () => {
    const usb = await tempDir();
    const first = await open(await tempDir(), dialogs({ saveTo: usb }));
    const anna = createContact({ family: 'Петрова', given: 'Анна' });
    await first.service.commit([anna]);
    const saved = await first.dispatch('backup:toFolder', {});
    expect(saved).toMatchObject({ ok: true, value: { saved: true } });
    const [name] = await readdir(usb);
    expect(name).toMatch(/^liaison-backup-\d{8}-\d{6}\.json$/);
    const file = join(usb, name ?? '');
    expect(Object.keys((await readValidWorkspace(nodeFsOps, file))?.workspace.contacts ?? {})).toEqual([anna.id]);
    await first.service.close();

    const laptop = await tempDir();
    const second = await open(laptop, dialogs({ open: [file] }));
    const changes: string[] = [];
    second.service.store.onChange((c) => changes.push(c.type));
    const restored = await second.dispatch('backup:restore', {});
    expect(restored).toMatchObject({ ok: true, value: { restored: true, restoredFrom: file } });
    expect(changes).toEqual(['backup.restore']);
    // The search index follows the restore, and the restored state is on disk.
    const list = await second.dispatch('contacts:list', { query: 'Петрова' });
    expect(list).toMatchObject({ ok: true, value: { total: 1 } });
    expect(Object.keys((await diskState(laptop)).contacts)).toEqual([anna.id]);
    await second.service.close();
  });

  it('does nothing when the user cancels either dialog', async () => {
    const dir = await tempDir();
    const { service, dispatch } = await open(dir, dialogs({ saveTo: null, open: [] }));
    await service.commit([createContact({ family: 'Stays', given: 'S' })]);
    const before = await readFile(join(dir, 'liaison.json'));
    expect(await dispatch('backup:toFolder', {})).toEqual({ ok: true, value: { saved: false } });
    expect(await dispatch('backup:restore', {})).toEqual({ ok: true, value: { restored: false } });
    expect(await readFile(join(dir, 'liaison.json'))).toEqual(before);
    expect(await dispatch('backup:restore', { path: '/etc/passwd' })).toMatchObject({ ok: false });
    await service.close();
  });

  it('refuses a damaged backup with a sentence and leaves the workspace as it was', async () => {
    const dir = await tempDir();
    const bad = join(await tempDir(), 'liaison-backup-20261128-170212.json');
    await writeFile(bad, 'null');
    const { service, dispatch } = await open(dir, dialogs({ open: [bad] }));
    await service.commit([createContact({ family: 'Stays', given: 'S' })]);
    const before = await diskState(dir);
    const result = await dispatch('backup:restore', {});
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/holds null/) as unknown } });
    expect(await diskState(dir)).toEqual(before);
    expect(service.store.saveState).toEqual({ status: 'saved' });
    await service.close();
  });
});
