// The store bugs the interleaving simulation found (docs/store-simulation-triage.md), each as a
// hand-written scenario on the simulation's disk (StepDisk: faults and kills at chosen calls, a
// power cut that keeps only what is durable) or on real files; every one failed before its fix.
// The simulation's own schedules that found them are replayed in interleavingSimulation.test.ts.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Journal } from '../../../electron/core/journal/Journal';
import { readJournalLosses } from '../../../electron/core/journal/JournalLoss';
import { exportBackupFile } from '../../../electron/core/store/exportBackupFile';
import type { Probe } from '../../../electron/core/store/lock/judgeHolder';
import type { ProcessIdentity } from '../../../electron/core/store/lock/ProcessIdentity';
import { nodeFsOps } from '../../../electron/core/store/nodeFsOps';
import { Store } from '../../../electron/core/store/Store';
import { lockFilePath, WorkspaceLock } from '../../../electron/core/store/WorkspaceLock';
import { WorkspaceLockedError } from '../../../electron/core/store/WorkspaceLockedError';
import { createContact } from '../../helpers/commands';
import { fsError, useTempDirs, withFaults } from './fsTestKit';
import { StepDisk } from './sim/StepDisk';

const DIR = '/sim/ws';
const SOURCE = '/sim/src';

function families(store: Store): string[] {
  return Object.values(store.state.contacts).map((c) => c.family).sort();
}

async function commit(store: Store, ...names: string[]): Promise<void> {
  for (const family of names) await store.commit([createContact({ family, given: 'X' })]);
}

/** A workspace file holding one contact, "Restored", to restore from. */
async function restoreSource(sim: StepDisk): Promise<string> {
  const store = await Store.open(sim.options(99, { dir: SOURCE }));
  await commit(store, 'Restored');
  await store.close();
  return join(SOURCE, 'liaison.json');
}

/** Counts calls matching `test`; true from the `n`th one on (once). */
function nth(n: number, test: (label: string) => boolean): (label: string) => boolean {
  let seen = 0;
  return (label) => test(label) && ++seen === n;
}

describe('a restore ends restored or not, and memory, the outcome and the disk agree', () => {
  it('when the checksum after the restored snapshot cannot be written (the snapshot is in place)', async () => {
    const sim = new StepDisk();
    const source = await restoreSource(sim);
    const store = await Store.open(sim.options(1));
    await commit(store, 'A', 'B');
    sim.fault = (_proc, label) => (label.startsWith(`sync ${DIR}/liaison.json.sum.`) ? 'EIO' : null);
    const outcome = await store.restore(source).then(
      () => 'restored',
      () => 'failed',
    );
    const inMemory = families(store);
    sim.fault = () => null;
    sim.powerCut([1]);
    const reopened = await Store.open(sim.options(2));
    // Before the fix: "failed", memory A, B, and after a power cut the restored file alone.
    expect({ outcome, inMemory, afterPowerCut: families(reopened) }).toEqual({ outcome: 'restored', inMemory: ['Restored'], afterPowerCut: ['Restored'] });
  });

  it('when the new journal cannot be started after the swap: restored, and the next change is saved', async () => {
    const sim = new StepDisk();
    const source = await restoreSource(sim);
    const store = await Store.open(sim.options(1));
    await commit(store, 'A', 'B');
    sim.fault = (_proc, label) => (label.startsWith(`sync ${DIR}/journal-`) ? 'EIO' : null);
    const outcome = await store.restore(source).then(
      () => 'restored',
      () => 'failed',
    );
    const inMemory = families(store);
    sim.fault = () => null;
    // Before the fix: "failed" while memory already held the restored workspace.
    expect({ outcome, inMemory }).toEqual({ outcome: 'restored', inMemory: ['Restored'] });
    await commit(store, 'After');
    sim.powerCut([1]);
    const reopened = await Store.open(sim.options(2));
    expect(families(reopened)).toEqual(['After', 'Restored']);
  });

  it('when the folder sync after the restored snapshot\'s rename fails: failed, and the old workspace is what a reopen finds', async () => {
    const sim = new StepDisk();
    const source = await restoreSource(sim);
    const store = await Store.open(sim.options(1));
    await commit(store, 'A', 'B');
    // The second snapshot rename of the restore is the restored one; fail the folder sync after it.
    const restoredRename = nth(2, (label) => label.startsWith('rename ') && label.endsWith(`-> ${DIR}/liaison.json`));
    let armed = false;
    let failed = false;
    sim.fault = (_proc, label) => {
      if (restoredRename(label)) armed = true;
      else if (armed && !failed && label === `syncDir ${DIR}`) {
        failed = true;
        return 'EIO';
      }
      return null;
    };
    await expect(store.restore(source)).rejects.toThrow(/EIO/);
    expect(families(store)).toEqual(['A', 'B']);
    sim.fault = () => null;
    sim.kill(1);
    const reopened = await Store.open(sim.options(2));
    // Before the fix: the restored file was left in place, and A and B (acknowledged) were gone.
    expect(families(reopened)).toEqual(['A', 'B']);
  });
});

describe('a restore whose restored snapshot and then the old one both fail to be confirmed in place (soak seeds 800030561, 800114120)', () => {
  /**
   * Fails the folder sync after the restored snapshot's rename, then the next `failOpens` opens of
   * a liaison.json temp file (putting the old snapshot back, writing the restored one again).
   */
  function twoFaults(sim: StepDisk, failOpens: number): void {
    const restoredRename = nth(2, (label) => label.startsWith('rename ') && label.endsWith(`-> ${DIR}/liaison.json`));
    let armed = false;
    let syncFailed = false;
    let opensFailed = 0;
    sim.fault = (_proc, label) => {
      if (restoredRename(label)) armed = true;
      else if (armed && !syncFailed && label === `syncDir ${DIR}`) {
        syncFailed = true;
        return 'EIO';
      } else if (syncFailed && opensFailed < failOpens && label.startsWith(`open ${DIR}/liaison.json.`) && !label.includes('.sum.')) {
        opensFailed++;
        return 'EIO';
      }
      return null;
    };
  }

  it('is told "restored" only once the restored snapshot is durable, and a kill then keeps it', async () => {
    const sim = new StepDisk();
    const source = await restoreSource(sim);
    const store = await Store.open(sim.options(1));
    await commit(store, 'A', 'B');
    twoFaults(sim, 1);
    const outcome = await store.restore(source).then(
      (result) => (result.durable ? 'restored' : 'restored, not yet safe'),
      () => 'failed',
    );
    const inMemory = families(store);
    sim.fault = () => null;
    sim.kill(1);
    const afterKill = await Store.open(sim.options(2));
    const seen = families(afterKill);
    sim.powerCut([2]);
    const afterPowerCut = await Store.open(sim.options(3));
    // Before the fix: "failed" with A and B in memory, while liaison.json was the restored file
    // (the rollback could not be written): the reopen showed Restored alone, A and B gone.
    expect({ outcome, inMemory, afterKill: seen, afterPowerCut: families(afterPowerCut) }).toEqual({
      outcome: 'restored',
      inMemory: ['Restored'],
      afterKill: ['Restored'],
      afterPowerCut: ['Restored'],
    });
  });

  it('says "restored, not yet safe" when no write is confirmed; a power cut may bring back the old workspace, whole, and the next saved change makes the restore durable', async () => {
    const sim = new StepDisk();
    const source = await restoreSource(sim);
    const store = await Store.open(sim.options(1));
    await commit(store, 'A', 'B');
    twoFaults(sim, 2);
    const result = await store.restore(source);
    sim.fault = () => null;
    expect({ durable: result.durable, inMemory: families(store) }).toEqual({ durable: false, inMemory: ['Restored'] });
    const kept = JSON.parse(sim.disk.read(result.preRestoreBackup)?.toString('utf8') ?? '{}') as { contacts: Record<string, { family: string }> };
    expect(Object.values(kept.contacts).map((c) => c.family).sort()).toEqual(['A', 'B']);
    // What the user was told may happen: the restore's renames were never made durable.
    sim.powerCut([1]);
    const reopened = await Store.open(sim.options(2));
    expect(families(reopened)).toEqual(['A', 'B']);
    await reopened.close();

    // The same again, then a change saved after the restore: it is acknowledged only once the
    // restored workspace is durable, so a power cut keeps both.
    const again = new StepDisk();
    const source2 = await restoreSource(again);
    const second = await Store.open(again.options(1));
    await commit(second, 'A', 'B');
    twoFaults(again, 2);
    expect((await second.restore(source2)).durable).toBe(false);
    again.fault = () => null;
    await commit(second, 'After');
    again.powerCut([1]);
    expect(families(await Store.open(again.options(2)))).toEqual(['After', 'Restored']);
  });
});

describe('a journal continued by a new process is durable before anything is appended to it', () => {
  it('its name: a process killed before syncing the folder leaves a journal a power cut can drop', async () => {
    const sim = new StepDisk();
    let journalMade = false;
    sim.fault = (proc, label) => {
      if (proc === 1 && label.startsWith(`open ${DIR}/journal-`)) journalMade = true;
      else if (proc === 1 && journalMade && label === `syncDir ${DIR}`) return 'kill';
      return null;
    };
    await expect(Store.open(sim.options(1))).rejects.toThrow(/process 1/);
    const store = await Store.open(sim.options(2));
    await commit(store, 'A', 'B');
    sim.powerCut([2]);
    const reopened = await Store.open(sim.options(3));
    // Before the fix: 0 of the 2 acknowledged changes.
    expect(families(reopened)).toEqual(['A', 'B']);
  });

  it('its lines: a line a killed process wrote without fdatasync is not built on (a gap after a power cut)', async () => {
    const sim = new StepDisk();
    const first = await Store.open(sim.options(1));
    await commit(first, 'A');
    // B's line is written, and the process dies at its fdatasync: read back by the next process, not durable.
    sim.fault = (proc, label) => (proc === 1 && label.startsWith(`datasync ${DIR}/journal-`) ? 'kill' : null);
    await expect(commit(first, 'B')).rejects.toThrow();
    sim.fault = () => null;
    const second = await Store.open(sim.options(2));
    expect(families(second)).toEqual(['A', 'B']);
    // A compaction rotates to a new journal and then fails to write the snapshot: C goes to the new file.
    sim.fault = (_proc, label) => (label.startsWith(`sync ${DIR}/liaison.json.`) && !label.includes('.sum') ? 'EIO' : null);
    await expect(second.compact()).rejects.toThrow(/EIO/);
    sim.fault = () => null;
    await commit(second, 'C');
    sim.powerCut([2]);
    const reopened = await Store.open(sim.options(3));
    // Before the fix: B's line was lost, so C came after a gap and went to damaged/, unloaded.
    expect({ families: families(reopened), loss: reopened.journalLoss }).toEqual({ families: ['A', 'B', 'C'], loss: null });
  });
});

describe('journal files and compaction', () => {
  const temp = useTempDirs();

  it('a journal that could not be started is not left behind', async () => {
    const dir = temp();
    const fs = withFaults({
      handle: (path, _flags, real) => ({ ...real, sync: () => (path.includes('journal-') ? Promise.reject(fsError('EIO', 'fsync')) : real.sync()) }),
    });
    await expect(Journal.create(fs, dir, 5)).rejects.toThrow(/EIO/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a compaction never deletes the journal in use (an empty one left by a failed rotation, numbered below the last change)', async () => {
    const sim = new StepDisk();
    const first = await Store.open(sim.options(1));
    await commit(first, 'A', 'B', 'C', 'D', 'E', 'F', 'G');
    sim.kill(1);
    // What a rotation at change 2 that failed after creating its file left, on the version before the fix.
    sim.disk.put(join(DIR, 'journal-000000000002.log'), Buffer.alloc(0));
    const second = await Store.open(sim.options(2));
    await second.backup();
    await commit(second, 'H');
    sim.kill(2);
    const reopened = await Store.open(sim.options(3));
    // Before the fix: the fold deleted journal-2 while H was being appended to it.
    expect(families(reopened)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
  });

  it('a last line cut as torn that holds a line break is copied to damaged/ before the cut', async () => {
    const sim = new StepDisk();
    const first = await Store.open(sim.options(1));
    await commit(first, 'A');
    sim.kill(1);
    const journal = join(DIR, 'journal-000000000000.log');
    // A short write's second half survived a power cut and its first half did not: it ends with a line break.
    const tail = Buffer.from('.","given":"X"}}]}\n');
    const before = Buffer.concat([sim.disk.read(journal) ?? Buffer.alloc(0), tail]);
    sim.disk.overwrite(journal, before);
    const second = await Store.open(sim.options(2));
    expect(families(second)).toEqual(['A']);
    expect(second.journalNotice).toMatch(/not been saved completely/);
    const kept = sim.disk.list(join(DIR, 'damaged')).map((name) => sim.disk.read(join(DIR, 'damaged', name)));
    // Before the fix: cut in place with no copy.
    expect(kept.some((bytes) => bytes?.equals(before))).toBe(true);
  });
});

describe('a journal loss is reported', () => {
  it('with a report written whole when the disk accepts only part of a write', async () => {
    const sim = new StepDisk();
    const first = await Store.open(sim.options(1));
    await commit(first, 'A', 'B', 'C');
    sim.kill(1);
    // B's line goes missing: C comes after a gap and is kept in damaged/ with a report.
    const journal = join(DIR, 'journal-000000000000.log');
    const lines = (sim.disk.read(journal)?.toString('utf8') ?? '').split(/(?<=\n)/);
    sim.disk.overwrite(journal, Buffer.from([lines[0], lines[2]].join('')));
    const firstReportWrite = nth(1, (label) => label.startsWith(`write ${DIR}/damaged/journal-loss-`));
    sim.fault = (_proc, label) => (firstReportWrite(label) ? 'ENOSPC' : null);
    const second = await Store.open(sim.options(2));
    sim.fault = () => null;
    expect(second.journalLoss).toMatchObject({ kind: 'gap', dropped: 1 });
    // Before the fix: half a report, which doctor skipped as unreadable.
    expect(await readJournalLosses(sim.disk.fsFor(2), DIR)).toMatchObject([{ kind: 'gap', dropped: 1, first: 3 }]);
  });
});

describe('an export or a backup holds every change acknowledged before it began', () => {
  it('when an append that raced its compaction failed (the writer must rewrite from memory)', async () => {
    const sim = new StepDisk();
    sim.disk.put('/sim/ext/.keep', Buffer.alloc(0));
    const store = await Store.open(sim.options(1));
    await commit(store, 'A', 'B', 'C', 'D');
    // E's append is under way when the export starts; the export's compaction waits on the next
    // batch (F), and G's batch, after it, fails: the writer must now rewrite from memory.
    let datasyncs = 0;
    const late: Promise<unknown>[] = [];
    sim.fault = (_proc, label) => {
      if (!label.startsWith(`datasync ${DIR}/journal-`)) return null;
      datasyncs++;
      if (datasyncs === 1) late.push(store.commit([createContact({ family: 'F', given: 'X' })]));
      if (datasyncs === 2) late.push(store.commit([createContact({ family: 'G', given: 'X' })]).catch(() => 'refused'));
      return datasyncs === 3 ? 'EIO' : null;
    };
    const e = store.commit([createContact({ family: 'E', given: 'X' })]);
    await exportBackupFile(store, '/sim/ext/export.json', undefined, sim.disk.fsFor(1));
    await e;
    await Promise.all(late);
    const exported = JSON.parse(sim.disk.read('/sim/ext/export.json')?.toString('utf8') ?? '{}') as { contacts: Record<string, { family: string }> };
    // Before the fix: the compaction saw "must rewrite" as "nothing to fold", and the export held none of A–F.
    expect(Object.values(exported.contacts).map((c) => c.family).sort()).toEqual(expect.arrayContaining(['A', 'B', 'C', 'D', 'E', 'F']));
  });
});

describe('a backup or an export asked for before a restore', () => {
  it('holds the workspace as it was when asked for, and the restore runs after it', async () => {
    const sim = new StepDisk();
    sim.disk.put('/sim/ext/.keep', Buffer.alloc(0));
    const source = await restoreSource(sim);
    const store = await Store.open(sim.options(1));
    await commit(store, 'A', 'B');
    const real = sim.disk.fsFor(1);
    // The export's read of liaison.json is slow (a large workspace): it waits until the restore
    // has swapped the workspace, or 500 turns of the event loop if the restore waits for it.
    const slowRead = {
      ...real,
      readFile: async (path: string) => {
        for (let turn = 0; turn < 500 && !families(store).includes('Restored'); turn++) await new Promise((resolve) => setImmediate(resolve));
        return real.readFile(path);
      },
    };
    const exporting = exportBackupFile(store, '/sim/ext/export.json', undefined, slowRead);
    const restoring = store.restore(source);
    await Promise.all([exporting, restoring]);
    const exported = JSON.parse(sim.disk.read('/sim/ext/export.json')?.toString('utf8') ?? '{}') as { contacts: Record<string, { family: string }> };
    // Before the fix: the export held the restored workspace, none of A and B.
    expect(Object.values(exported.contacts).map((c) => c.family).sort()).toEqual(['A', 'B']);
    expect(families(store)).toEqual(['Restored']);
  });
});

describe('the lock', () => {
  const temp = useTempDirs();
  const identity = (pid: number): ProcessIdentity => ({ pid, host: 'test', machine: 'test-machine', bootId: 'test-boot', bootAt: '2026-11-28T00:00:00.000Z', startTicks: String(pid) });
  const probe = (alive: number[]): Probe => ({ isRunning: (pid) => alive.includes(pid), startTicksOf: (pid) => Promise.resolve(alive.includes(pid) ? String(pid) : null) });

  it('is written whole when the disk accepts only part of a write', async () => {
    const dir = temp();
    const halfWrites = withFaults({
      handle: (path, _flags, real) =>
        path.includes('liaison.lock.') && path.endsWith('.tmp')
          ? { ...real, write: (data, position) => { const bytes = Buffer.from(data); return real.write(bytes.subarray(0, Math.max(1, bytes.byteLength >> 1)), position); } }
          : real,
    });
    await WorkspaceLock.acquire(halfWrites, dir, 'app', { here: identity(1001), probe: probe([1001, 1002]) });
    expect(JSON.parse(readFileSync(lockFilePath(dir), 'utf8'))).toMatchObject({ pid: 1001, owner: 'app' });
    // Ten seconds later a second process must still find it held (before the fix: an unreadable lock, taken over).
    const later = Date.now() + 10_000;
    await expect(WorkspaceLock.acquire(nodeFsOps, dir, 'cli', { here: identity(1002), probe: probe([1001, 1002]), clock: () => later })).rejects.toBeInstanceOf(WorkspaceLockedError);
  });

  it('is taken over, and acquire succeeds, even when the takeover mutex cannot be removed afterwards', async () => {
    const dir = temp();
    await WorkspaceLock.acquire(nodeFsOps, dir, 'cli', { here: identity(2001), probe: probe([2001]) });
    const fs = withFaults({
      unlink: (path) => (path.endsWith('.takeover') ? Promise.reject(fsError('EIO', 'unlink')) : nodeFsOps.unlink(path)),
    });
    // 2001 is gone now; 2002 takes the lock over.
    const lock = await WorkspaceLock.acquire(fs, dir, 'app', { here: identity(2002), probe: probe([2002]) });
    expect(JSON.parse(readFileSync(lockFilePath(dir), 'utf8'))).toMatchObject({ pid: 2002 });
    await lock.release();
  });
});

