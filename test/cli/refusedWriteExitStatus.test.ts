import { readdir } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/runCli';
import type { FsOps } from '../../electron/core/store/FsOps';
import { diskState } from '../helpers/diskState';
import { tempDir } from '../helpers/tempDir';
import { fsError, withFaults } from '../core/store/fsTestKit';

const resourcesDir = fileURLToPath(new URL('../../resources', import.meta.url));

async function cli(dir: string, args: string[], fs?: FsOps) {
  let out = '';
  let err = '';
  const code = await runCli(['--data', dir, ...args], { out: (t) => (out += t), err: (t) => (err += t), env: {}, resourcesDir, ...(fs ? { fs } : {}) });
  return { code, out, err };
}

const isJournal = (path: string) => /^journal-\d{12}\.log$/.test(basename(path));
const isSnapshotTemp = (path: string) => /^liaison\.json\..*\.tmp$/.test(basename(path));

/** EIO on every fdatasync of the journal and, with `snapshotToo`, on every fsync of a new liaison.json. */
function failingDisk(snapshotToo: boolean): FsOps {
  return withFaults({
    handle: (path, _flags, real) => ({
      ...real,
      datasync: () => (isJournal(path) ? Promise.reject(fsError('EIO', 'fdatasync')) : real.datasync()),
      sync: () => (snapshotToo && isSnapshotTemp(path) ? Promise.reject(fsError('EIO', 'fsync')) : real.sync()),
    }),
  });
}

/** A script's loop: run `contacts add` until it exits 0, the first run on the failing disk. */
async function addUntilSuccess(dir: string, fs: FsOps) {
  const args = ['contacts', 'add', '--family', 'Retried', '--given', 'Once'];
  const first = await cli(dir, args, fs);
  const again = first.code === 0 ? null : await cli(dir, args);
  const disk = await diskState(dir);
  const copies = Object.values(disk.contacts).filter((c) => c.family === 'Retried').length;
  return { first, again, copies };
}

describe('the CLI exit status describes the disk when a write is refused (EIO)', () => {
  it('a refused journal append is written again at once: exit 0 and one copy, so a retrying script makes no duplicate', async () => {
    const dir = await tempDir();
    expect((await cli(dir, ['init'])).code).toBe(0);
    const { first, again, copies } = await addUntilSuccess(dir, failingDisk(false));
    expect(first.code).toBe(0);
    expect(first.out).toContain('Add contact Once Retried');
    expect(first.err).toContain('the disk refused the first write (EIO); the change was written again and is saved.');
    expect(again).toBeNull();
    expect(copies).toBe(1);
  });

  it('when the second write fails too: exit 1, the change left out (not written at close), and the retry makes one copy', async () => {
    const dir = await tempDir();
    expect((await cli(dir, ['init'])).code).toBe(0);
    const { first, again, copies } = await addUntilSuccess(dir, failingDisk(true));
    expect(first.code).toBe(1);
    expect(first.err).toContain('liaison: Not saved: the disk reported an input/output error. The change was left out: nothing of it is on disk, so running the command again will not save it twice.');
    expect(again?.code).toBe(0);
    expect(copies).toBe(1);
    // No temp file left behind by the refused snapshot writes.
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
