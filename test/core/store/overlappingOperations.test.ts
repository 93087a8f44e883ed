import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FsOps } from '../../../electron/core/store/FsOps';
import { exportBackupFile } from '../../../electron/core/store/exportBackupFile';
import { nodeFsOps } from '../../../electron/core/store/nodeFsOps';
import { Store } from '../../../electron/core/store/Store';
import { TaskCancelledError } from '../../../electron/core/tasks/TaskCancelledError';
import { TaskRegistry } from '../../../electron/core/tasks/TaskRegistry';
import { createContact } from '../../helpers/commands';
import { diskState } from '../../helpers/diskState';
import { fsError, useTempDirs } from './fsTestKit';

/** The families in a workspace file, read back from its bytes on disk. */
function familiesIn(path: string): { seq: number; families: string[] } {
  const ws = JSON.parse(readFileSync(path, 'utf8')) as { seq: number; contacts: Record<string, { family: string }> };
  return { seq: ws.seq, families: Object.values(ws.contacts).map((c) => c.family).sort() };
}

const isJournal = (path: string) => /^journal-\d{12}\.log$/.test(basename(path));

async function commitFamilies(store: Store, families: readonly string[]): Promise<number> {
  let seq = 0;
  for (const family of families) seq = (await store.commit([createContact({ family, given: 'X' })])).seq;
  return seq;
}

describe('a backup holds every acknowledged change, whatever happened to the compaction before it', () => {
  const temp = useTempDirs();

  it('after a backup was cancelled while its compaction folded the journal', async () => {
    const dir = temp();
    const out = temp('export');
    const tasks = new TaskRegistry();
    let cancelOnJournalRead = false;
    // A cancel that lands while the fold reads the rotated journal (at 100k contacts that read takes seconds).
    const fs: FsOps = {
      ...nodeFsOps,
      readFile: async (path) => {
        const bytes = await nodeFsOps.readFile(path);
        if (cancelOnJournalRead && isJournal(path)) tasks.cancelAll();
        return bytes;
      },
    };
    const store = await Store.open({ dir, owner: 'app', fs, tasks });
    const families = ['A', 'B', 'C', 'D', 'E', 'F'];
    const last = await commitFamilies(store, families);

    cancelOnJournalRead = true;
    await expect(tasks.run('backup', (task) => exportBackupFile(store, join(out, 'first.json'), task))).rejects.toBeInstanceOf(TaskCancelledError);
    cancelOnJournalRead = false;

    const manual = await store.backup();
    expect(familiesIn(manual)).toEqual({ seq: last, families });
    await exportBackupFile(store, join(out, 'second.json'));
    expect(familiesIn(join(out, 'second.json'))).toEqual({ seq: last, families });
    await store.close();
  });

  it('after a compaction failed at the rename of the new snapshot (disk full)', async () => {
    const dir = temp();
    const out = temp('export');
    let diskFull = false;
    const fs: FsOps = {
      ...nodeFsOps,
      rename: (from, to) => (diskFull && basename(to) === 'liaison.json' ? Promise.reject(fsError('ENOSPC', 'rename')) : nodeFsOps.rename(from, to)),
    };
    const store = await Store.open({ dir, owner: 'app', fs });
    await commitFamilies(store, ['A', 'B', 'C', 'D', 'E']);
    await store.compact();
    const last = await commitFamilies(store, ['F', 'G', 'H']);

    diskFull = true;
    await expect(store.compact()).rejects.toMatchObject({ code: 'ENOSPC' });
    diskFull = false;
    // Every acknowledged change is still on disk, in the journals.
    expect(Object.keys((await diskState(dir)).contacts)).toHaveLength(8);

    const all = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
    expect(familiesIn(await store.backup())).toEqual({ seq: last, families: all });
    await exportBackupFile(store, join(out, 'export.json'));
    expect(familiesIn(join(out, 'export.json'))).toEqual({ seq: last, families: all });
    await store.close();
  });
});

describe('a commit that arrives while a restore swaps the workspace', () => {
  const temp = useTempDirs();

  it('waits for the restore and is saved into the restored workspace, never acknowledged and then lost', async () => {
    const dir = temp();
    const source = temp('source');
    // The backup to restore: a workspace holding one contact, Restored.
    const other = await Store.open({ dir: source, owner: 'app' });
    await commitFamilies(other, ['Restored']);
    await other.close();

    let during: Promise<{ seq: number }> | null = null;
    let store: Store | null = null;
    const fs: FsOps = {
      ...nodeFsOps,
      rename: async (from, to) => {
        await nodeFsOps.rename(from, to);
        // The pre-restore backup is in place: the swap is under way.
        if (store && !during && /pre-restore/.test(basename(to))) during = store.commit([createContact({ family: 'During', given: 'D' })]);
      },
    };
    store = await Store.open({ dir, owner: 'app', fs });
    await commitFamilies(store, ['Before']);
    const restored = await store.restore(join(source, 'liaison.json'));
    expect(during).not.toBeNull();
    const ack = await (during as unknown as Promise<{ seq: number }>);

    // Acknowledged: in memory, on disk, and after reopening, on top of the restored workspace.
    const names = (ws: { contacts: Record<string, { family?: string }> }) => Object.values(ws.contacts).map((c) => c.family).sort();
    expect(names(store.state)).toEqual(['During', 'Restored']);
    expect(ack.seq).toBeGreaterThan(familiesIn(join(dir, 'liaison.json')).seq - 1);
    expect(names(await diskState(dir))).toEqual(['During', 'Restored']);
    // The state before the restore is kept whole, as it was before the swap began.
    expect(familiesIn(restored.preRestoreBackup).families).toEqual(['Before']);
    await store.close();
    const again = await Store.open({ dir, owner: 'app' });
    expect(names(again.state)).toEqual(['During', 'Restored']);
    await again.close();
    // Two compactions (at each close) in the same hour took backups: the pre-restore one is still kept.
    expect(familiesIn(restored.preRestoreBackup).families).toEqual(['Before']);
  });
});
