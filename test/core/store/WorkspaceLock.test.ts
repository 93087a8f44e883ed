import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { nodeFsOps } from '../../../electron/core/store/nodeFsOps';
import { WorkspaceLock, lockFilePath, readLock } from '../../../electron/core/store/WorkspaceLock';
import { WorkspaceLockedError } from '../../../electron/core/store/WorkspaceLockedError';
import { WorkspaceBusyError } from '../../../electron/core/store/WorkspaceBusyError';
import { currentProcess, startTicksOf } from '../../../electron/core/store/lock/ProcessIdentity';
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
  it('writes pid, host, machine, boot, process start, start time and owner into liaison.lock', async () => {
    const dir = tempDir('lock');
    const now = new Date('2026-11-28T14:02:00.000Z');
    const lock = await WorkspaceLock.acquire(nodeFsOps, dir, 'app', now);
    const here = await currentProcess();
    expect(JSON.parse(lockBytes(dir))).toEqual({
      pid: process.pid,
      host: hostname(),
      machine: here.machine,
      bootId: readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim(),
      bootAt: here.bootAt,
      startTicks: await startTicksOf(process.pid),
      startedAt: '2026-11-28T14:02:00.000Z',
      owner: 'app',
    });
    expect(here.machine).toBe(`linux:${readFileSync('/etc/machine-id', 'utf8').trim()}`);
    // Only the lock itself is left: the temp file it was linked from is gone.
    expect(readdirSync(dir)).toEqual(['liaison.lock']);
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
    'takes over an unreadable lock file older than a few seconds (%j)',
    async (bytes) => {
      const dir = tempDir('lock');
      writeFileSync(lockFilePath(dir), bytes);
      const minuteAgo = new Date(Date.now() - 60_000);
      utimesSync(lockFilePath(dir), minuteAgo, minuteAgo);
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
    expect(await readLock(nodeFsOps, dir)).toEqual({ state: 'held', path: lockFilePath(dir), holder: lock.info, stale: false, verdict: { kind: 'alive' } });
    expect(lockBytes(dir)).toBe(before);
  });

  it('creates the data folder if it does not exist yet', async () => {
    const dir = join(tempDir('lock'), 'first', 'run');
    await WorkspaceLock.acquire(nodeFsOps, dir, 'app');
    expect(existsSync(lockFilePath(dir))).toBe(true);
  });
});

/** A real process that stays alive until the test ends it. */
function liveChild(): { child: ChildProcess; pid: number } {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1e9)'], { stdio: 'ignore' });
  if (child.pid === undefined) throw new Error('the child process did not start');
  return { child, pid: child.pid };
}

async function stopped(child: ChildProcess): Promise<void> {
  child.kill('SIGKILL');
  if (child.exitCode === null && child.signalCode === null) await new Promise((resolve) => child.once('exit', resolve));
}

describe('WorkspaceLock: who holds it, judged by machine, boot and process start, not by host name or bare pid', () => {
  async function lockOf(fields: Record<string, unknown>): Promise<string> {
    const here = await currentProcess();
    return JSON.stringify({
      pid: here.pid,
      host: here.host,
      machine: here.machine,
      bootId: here.bootId,
      bootAt: here.bootAt,
      startTicks: here.startTicks,
      startedAt: '2026-11-28T09:00:00.000Z',
      owner: 'app',
      ...fields,
    });
  }

  it('takes over a lock of this machine left under an old host name (macOS renames a laptop with the network)', async () => {
    const dir = tempDir('lock');
    writeFileSync(lockFilePath(dir), await lockOf({ pid: await deadPid(), host: 'Annas-MacBook-Air.local' }));
    const lock = await WorkspaceLock.acquire(nodeFsOps, dir, 'cli');
    expect(JSON.parse(lockBytes(dir))).toMatchObject({ pid: process.pid, host: hostname(), owner: 'cli' });
    await lock.release();
  });

  it('respects the live lock of another machine that has the same host name (a shared folder), and says where', async () => {
    const dir = tempDir('lock');
    // That pid means nothing here: on the other machine it is Liaison, running.
    const held = await lockOf({ pid: await deadPid(), machine: 'other-machine-id', bootId: 'other-boot' });
    writeFileSync(lockFilePath(dir), held);
    const error = await WorkspaceLock.acquire(nodeFsOps, dir, 'cli').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkspaceLockedError);
    expect((error as Error).message).toMatch(new RegExp(`^Liaison is already open on this workspace \\(the app on ${hostname()}, process \\d+, since `));
    expect(lockBytes(dir)).toBe(held);
  });

  it('takes over a lock from before this machine restarted, though its pid now belongs to a running process', async () => {
    const dir = tempDir('lock');
    const { child, pid } = liveChild();
    try {
      const bootAt = new Date(Date.parse((await currentProcess()).bootAt) - 86_400_000).toISOString();
      writeFileSync(lockFilePath(dir), await lockOf({ pid, bootId: 'a-boot-before-this-one', bootAt }));
      await WorkspaceLock.acquire(nodeFsOps, dir, 'cli');
      expect(JSON.parse(lockBytes(dir))).toMatchObject({ pid: process.pid });
    } finally {
      await stopped(child);
    }
  });

  it('takes over a lock whose pid was reused within this boot by a process started at another moment', async () => {
    const dir = tempDir('lock');
    const { child, pid } = liveChild();
    try {
      const ticks = await startTicksOf(pid);
      expect(ticks).toMatch(/^\d+$/);
      writeFileSync(lockFilePath(dir), await lockOf({ pid, startTicks: String(Number(ticks) - 1234) }));
      expect(await readLock(nodeFsOps, dir)).toMatchObject({ state: 'held', stale: true, verdict: { kind: 'gone', why: 'pid-reused' } });
      await WorkspaceLock.acquire(nodeFsOps, dir, 'cli');
      expect(JSON.parse(lockBytes(dir))).toMatchObject({ pid: process.pid });
    } finally {
      await stopped(child);
    }
  });

  it('refuses while the very process that took the lock still runs (same pid, same start)', async () => {
    const dir = tempDir('lock');
    const { child, pid } = liveChild();
    try {
      const held = await lockOf({ pid, startTicks: await startTicksOf(pid), owner: 'cli' });
      writeFileSync(lockFilePath(dir), held);
      await expect(WorkspaceLock.acquire(nodeFsOps, dir, 'app')).rejects.toThrow(`(the liaison command, process ${pid}, since `);
      expect(lockBytes(dir)).toBe(held);
    } finally {
      await stopped(child);
    }
  });

  it('takes over an old-format lock (host and pid only) written before this boot, though its pid is alive now', async () => {
    const dir = tempDir('lock');
    const { child, pid } = liveChild();
    try {
      writeFileSync(lockFilePath(dir), JSON.stringify({ pid, host: hostname(), startedAt: '2026-11-28T09:00:00.000Z', owner: 'app' }));
      const beforeBoot = new Date(Date.parse((await currentProcess()).bootAt) - 3_600_000);
      utimesSync(lockFilePath(dir), beforeBoot, beforeBoot);
      await WorkspaceLock.acquire(nodeFsOps, dir, 'cli');
      expect(JSON.parse(lockBytes(dir))).toMatchObject({ pid: process.pid });
    } finally {
      await stopped(child);
    }
  });

  it("when asked first (the app), names a holder proven gone instead of taking its lock, so the user can choose 'Open anyway'", async () => {
    const dir = tempDir('lock');
    const held = await lockOf({ pid: await deadPid(), startedAt: new Date(2026, 10, 28, 9, 5).toISOString() });
    writeFileSync(lockFilePath(dir), held);
    const error = await WorkspaceLock.acquire(nodeFsOps, dir, 'app', { takeOver: 'ask', now: new Date(2026, 10, 28, 12, 0) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkspaceLockedError);
    expect((error as WorkspaceLockedError).holderGone).toBe(true);
    expect((error as Error).message).toMatch(/^Liaison was not closed properly: the app, process \d+, since 09:05 is no longer running\. Nothing else is using this workspace\.$/);
    expect(lockBytes(dir)).toBe(held);
    // "Open anyway" acquires again, taking it over.
    await WorkspaceLock.acquire(nodeFsOps, dir, 'app', { takeOver: 'auto' });
    expect(JSON.parse(lockBytes(dir))).toMatchObject({ pid: process.pid });
  });

  it('counts a young empty lock as held (another process may be writing it) and leaves it alone', async () => {
    const dir = tempDir('lock');
    writeFileSync(lockFilePath(dir), '');
    const error = await WorkspaceLock.acquire(nodeFsOps, dir, 'cli', { patienceMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkspaceBusyError);
    expect((error as Error).message).toBe('Another copy of Liaison is opening this workspace right now. Try again in a moment.');
    expect(lockBytes(dir)).toBe('');
  });
});
