import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FsOps } from '../../../electron/core/store/FsOps';
import { nodeFsOps } from '../../../electron/core/store/nodeFsOps';
import { NotSavedError } from '../../../electron/core/store/NotSavedError';
import { Store } from '../../../electron/core/store/Store';
import { createContact } from '../../helpers/commands';
import { fsError, useTempDirs } from './fsTestKit';

type Target = 'journal write' | 'journal fdatasync' | 'snapshot write' | 'snapshot fsync' | 'rename' | 'folder fsync';

/** The real file system with one armed fault: every matching call fails with `code` until disarmed. */
function armable(): { fs: FsOps; arm: (target: Target, code: string) => void; disarm: () => void } {
  let armed: { target: Target; code: string } | null = null;
  const hit = (target: Target) => armed?.target === target;
  const fail = () => Promise.reject(fsError(armed?.code ?? 'EIO'));
  const isJournal = (path: string) => basename(path).startsWith('journal-');
  const isSnapshotTemp = (path: string) => /^liaison\.json\..*\.tmp$/.test(basename(path));
  const fs: FsOps = {
    ...nodeFsOps,
    open: async (path, flags) => {
      const real = await nodeFsOps.open(path, flags);
      const journal = isJournal(path);
      const snapshot = isSnapshotTemp(path);
      return {
        ...real,
        write: (data, position) => ((journal && hit('journal write')) || (snapshot && hit('snapshot write')) ? fail() : real.write(data, position)),
        datasync: () => (journal && hit('journal fdatasync') ? fail() : real.datasync()),
        sync: () => (snapshot && hit('snapshot fsync') ? fail() : real.sync()),
      };
    },
    rename: (from, to) => (hit('rename') ? fail() : nodeFsOps.rename(from, to)),
    syncDir: (path) => (hit('folder fsync') ? fail() : nodeFsOps.syncDir(path)),
  };
  return { fs, arm: (target, code) => (armed = { target, code }), disarm: () => (armed = null) };
}

const cases: { target: Target; code: string; sentence: RegExp }[] = [
  { target: 'journal write', code: 'ENOSPC', sentence: /the disk is full/ },
  { target: 'journal write', code: 'EACCES', sentence: /permission denied/ },
  { target: 'journal fdatasync', code: 'EIO', sentence: /input\/output error/ },
  // The snapshot path runs on the save after a failed append (the rewrite from memory).
  { target: 'snapshot write', code: 'ENOSPC', sentence: /the disk is full/ },
  { target: 'snapshot fsync', code: 'EIO', sentence: /input\/output error/ },
  { target: 'rename', code: 'EPERM', sentence: /permission denied/ },
  { target: 'rename', code: 'EACCES', sentence: /permission denied/ },
  { target: 'folder fsync', code: 'EIO', sentence: /input\/output error/ },
];

const families = (store: Store) => Object.values(store.state.contacts).map((c) => c.family).sort();

describe('injected failures: the commit rejects, nothing acknowledged is lost, the next commit persists everything', () => {
  const temp = useTempDirs();

  it.each(cases)('$code on $target', async ({ target, code, sentence }) => {
    const dir = temp();
    const { fs, arm, disarm } = armable();
    const store = await Store.open({ dir, owner: 'app', fs });
    await store.commit([createContact({ family: 'Acked', given: 'A' })]);
    const expected = ['Acked'];
    if (!target.startsWith('journal')) {
      // A failed append first, so the next save takes the whole-file path under test.
      arm('journal fdatasync', 'EIO');
      await expect(store.commit([createContact({ family: 'FirstFault', given: 'F' })])).rejects.toBeInstanceOf(NotSavedError);
      expected.push('FirstFault');
    }
    arm(target, code);
    const failing = store.commit([createContact({ family: 'Refused', given: 'R' })]);
    await expect(failing).rejects.toBeInstanceOf(NotSavedError);
    await expect(failing).rejects.toThrow(sentence);
    expected.push('Refused');
    expect(store.saveState).toMatchObject({ status: 'not-saved', message: expect.stringMatching(sentence) as unknown });
    // The change stays in memory; what was acknowledged is on disk whatever the fault left behind.
    expect(families(store)).toEqual([...expected].sort());
    const meanwhile = await Store.open({ dir, owner: 'cli', readOnly: true });
    expect(families(meanwhile)).toContain('Acked');
    await meanwhile.close();

    disarm();
    await store.commit([createContact({ family: 'Next', given: 'N' })]);
    expected.push('Next');
    expect(store.saveState).toEqual({ status: 'saved' });
    const reopened = await Store.open({ dir, owner: 'cli', readOnly: true });
    expect(families(reopened)).toEqual([...expected].sort());
    await reopened.close();
    await store.close();
  });
});
