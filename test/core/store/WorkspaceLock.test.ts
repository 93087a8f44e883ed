import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { nodeFsOps } from '../../../electron/core/store/nodeFsOps';
import { WorkspaceLock, lockFilePath, readLock } from '../../../electron/core/store/WorkspaceLock';
import { WorkspaceLockedError } from '../../../electron/core/store/WorkspaceLockedError';
import { useTempDirs } from './fsTestKit';

const tempDir = useTempDirs();

/** The pid of a process that has really run and exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  const pid = child.pid;
  await new Promise((resolve) => child.once('exit', resolve));
  if (pid === undefined) throw new Error('the child process did not start');
  return pid;
}

function lockBytes(dir: string): string {
  return readFileSync(lockFilePath(dir), 'utf8');
}

describe('WorkspaceLock', () => {
  it('writes pid, host, start time and owner into liaison.lock', async () => {
    const dir = tempDir('lock');
    const now = new Date('2026-11-28T14:02:00.000Z');
    const lock = await WorkspaceLock.acquire(nodeFsOps, dir, 'app', now);
    expect(JSON.parse(lockBytes(dir))).toEqual({ pid: process.pid, host: hostname(), startedAt: '2026-11-28T14:02:00.000Z', owner: 'app' });
    expect(lock.path).toBe(join(dir, 'liaison.lock'));
    await lock.release();
    expect(existsSync(lockFilePath(dir))).toBe(false);
  });

  it.each([
    ['app', 'the app'],
    ['cli', 'the liaison command'],
  ] as const)('refuses a second writer while %s holds the lock, and names it', async (owner, named) => {
    const dir = tempDir('lock');
    const started = new Date();
    const first = await WorkspaceLock.acquire(nodeFsOps, dir, owner, started);
    const before = lockBytes(dir);
    const error = await WorkspaceLock.acquire(nodeFsOps, dir, 'cli').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkspaceLockedError);
    expect((error as Error).message).toBe(
      `Liaison is already open on this workspace (${named}, process ${process.pid}, since ${format(started, 'HH:mm')}). Close it first.`,
    );
    expect(lockBytes(dir)).toBe(before);
    await first.release();
  });

  it('gives the date as well when the holder started on another day', async () => {
    const dir = tempDir('lock');
    const started = new Date('2026-11-27T06:30:00.000Z');
    await WorkspaceLock.acquire(nodeFsOps, dir, 'app', started);
    await expect(WorkspaceLock.acquire(nodeFsOps, dir, 'app', new Date('2026-11-29T12:00:00.000Z'))).rejects.toThrow(
      `since ${format(started, 'd MMM yyyy HH:mm')})`,
    );
  });

  it('takes over at once a lock left by a process that has exited', async () => {
    const dir = tempDir('lock');
    const pid = await deadPid();
    writeFileSync(lockFilePath(dir), JSON.stringify({ pid, host: hostname(), startedAt: '2026-11-28T09:00:00.000Z', owner: 'app' }));
    expect(await readLock(nodeFsOps, dir)).toMatchObject({ state: 'held', stale: true, holder: { pid } });
    const lock = await WorkspaceLock.acquire(nodeFsOps, dir, 'cli');
    expect(JSON.parse(lockBytes(dir))).toMatchObject({ pid: process.pid, owner: 'cli' });
    await lock.release();
  });

  it.each(['', '{"pid":12', 'garbage\u0000', '{"pid":-1,"host":"x","startedAt":"2026-11-28T09:00:00.000Z","owner":"app"}'])(
    'takes over an unreadable lock file (%j)',
    async (bytes) => {
      const dir = tempDir('lock');
      writeFileSync(lockFilePath(dir), bytes);
      expect(await readLock(nodeFsOps, dir)).toEqual({ state: 'unreadable', path: lockFilePath(dir) });
      await WorkspaceLock.acquire(nodeFsOps, dir, 'app');
      expect(JSON.parse(lockBytes(dir))).toMatchObject({ pid: process.pid });
    },
  );

  it('respects a lock from another machine, which it cannot check, and names the machine', async () => {
    const dir = tempDir('lock');
    const pid = await deadPid();
    const held = JSON.stringify({ pid, host: 'office-desktop', startedAt: new Date().toISOString(), owner: 'app' });
    writeFileSync(lockFilePath(dir), held);
    await expect(WorkspaceLock.acquire(nodeFsOps, dir, 'app')).rejects.toThrow(
      new RegExp(`^Liaison is already open on this workspace \\(the app on office-desktop, process ${pid}, since \\d\\d:\\d\\d\\)\\. Close it first\\.$`),
    );
    expect(lockBytes(dir)).toBe(held);
  });

  it('release leaves alone a lock that now belongs to someone else', async () => {
    const dir = tempDir('lock');
    const lock = await WorkspaceLock.acquire(nodeFsOps, dir, 'app');
    const other = JSON.stringify({ pid: process.pid, host: hostname(), startedAt: '2026-11-28T23:59:59.000Z', owner: 'cli' });
    writeFileSync(lockFilePath(dir), other); // e.g. ours was judged stale and taken over
    await lock.release();
    expect(lockBytes(dir)).toBe(other);
  });

  it('release is harmless when the lock is already gone', async () => {
    const dir = tempDir('lock');
    const lock = await WorkspaceLock.acquire(nodeFsOps, dir, 'app');
    await lock.release();
    await lock.release();
    expect(await readLock(nodeFsOps, dir)).toEqual({ state: 'free', path: lockFilePath(dir) });
  });

  it('readLock reports a live holder without touching it', async () => {
    const dir = tempDir('lock');
    const lock = await WorkspaceLock.acquire(nodeFsOps, dir, 'cli');
    const before = lockBytes(dir);
    expect(await readLock(nodeFsOps, dir)).toEqual({ state: 'held', path: lockFilePath(dir), holder: lock.info, stale: false });
    expect(lockBytes(dir)).toBe(before);
  });

  it('creates the data folder if it does not exist yet', async () => {
    const dir = join(tempDir('lock'), 'first', 'run');
    await WorkspaceLock.acquire(nodeFsOps, dir, 'app');
    expect(existsSync(lockFilePath(dir))).toBe(true);
  });
});
