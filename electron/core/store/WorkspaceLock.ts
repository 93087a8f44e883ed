import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import type { FsOps } from './FsOps';
import { judgeHolder, systemProbe, type LockHolder, type Probe, type Verdict } from './lock/judgeHolder';
import { currentProcess, startTicksOf, type ProcessIdentity } from './lock/ProcessIdentity';
import { WorkspaceBusyError } from './WorkspaceBusyError';
import { WorkspaceLockedError } from './WorkspaceLockedError';

const LockInfoSchema = z.object({
  // Positive only: process.kill(0 or -n, 0) would probe a whole process group.
  pid: z.number().int().positive(),
  host: z.string().min(1),
  startedAt: z.iso.datetime(),
  owner: z.enum(['app', 'cli']),
  // Absent in locks written before this version; judgeHolder falls back to the host name.
  machine: z.string().min(1).optional(),
  bootId: z.string().min(1).nullable().optional(),
  bootAt: z.iso.datetime().optional(),
  startTicks: z.string().regex(/^\d+$/).nullable().optional(),
});
export type LockInfo = z.infer<typeof LockInfoSchema> & LockHolder;

/** What `doctor` sees in the lock file. `stale` means the next writer will take it over. */
export type LockStatus =
  | { state: 'free'; path: string }
  | { state: 'held'; path: string; holder: LockInfo; stale: boolean; verdict: Verdict }
  | { state: 'unreadable'; path: string };

export interface AcquireOptions {
  now?: Date;
  /**
   * 'auto' (the CLI): a holder proven gone is replaced at once. 'ask' (the app): it is refused with
   * a WorkspaceLockedError whose verdict is 'gone', so the user sees who held it and since when and
   * can choose "Open anyway" (which acquires again with 'auto').
   */
  takeOver?: 'auto' | 'ask';
  /** For tests: who we are and how processes are probed. */
  here?: ProcessIdentity;
  probe?: Probe;
  /** How long to wait for a young unreadable lock to be written or to age (tests shorten it). */
  patienceMs?: number;
  /**
   * The clock the lock's age checks and deadline read (ms since the epoch; lock files' mtimes are
   * compared with it), and how it waits. Real time by default; the interleaving simulation passes
   * its virtual clock so that a seed replays the same schedule.
   */
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** What the lock needs of the world besides the disk: who we are, how others are probed, time. */
export type LockEnvironment = Pick<AcquireOptions, 'here' | 'probe' | 'clock' | 'sleep'>;

interface Waiting {
  clock: () => number;
  sleep: (ms: number) => Promise<void>;
}

/**
 * A lock file created with write-flag 'wx' and filled a moment later could be read empty by a
 * racing process; so the file is written whole under a unique name first and then link()ed into
 * place, which fails with EEXIST if the name exists: the lock appears complete or not at all.
 * An empty or unreadable lock (an older version, a disk that lost its contents) counts as held
 * while young.
 */
const YOUNG_MS = 5_000;
const WAIT_MS = 25;

export function lockFilePath(dir: string): string {
  return join(dir, 'liaison.lock');
}

/** Taken only while replacing a lock proven stale, so two processes never replace it both. */
function takeoverPath(dir: string): string {
  return join(dir, 'liaison.lock.takeover');
}

/**
 * One writer per workspace: a lock file holding who holds it (pid, host, machine id, boot, process
 * start; see ProcessIdentity). A lock whose holder is proven gone is taken over; a live holder, or
 * one on another machine (a shared folder), is named in the refusal.
 */
export class WorkspaceLock {
  private constructor(
    private readonly fs: FsOps,
    readonly path: string,
    readonly info: LockInfo,
  ) {}

  static async acquire(fs: FsOps, dir: string, owner: 'app' | 'cli', options: AcquireOptions | Date = {}): Promise<WorkspaceLock> {
    const opts: AcquireOptions = options instanceof Date ? { now: options } : options;
    const time: Waiting = { clock: opts.clock ?? Date.now, sleep: opts.sleep ?? sleep };
    const now = opts.now ?? new Date(time.clock());
    const here = opts.here ?? (await currentProcess());
    const probe = opts.probe ?? systemProbe(startTicksOf);
    await fs.mkdir(dir);
    const path = lockFilePath(dir);
    const info: LockInfo = { ...identityFields(here), startedAt: now.toISOString(), owner };
    const text = JSON.stringify(info);
    const temp = await writeTemp(fs, path, text, here.pid);
    try {
      const deadline = time.clock() + (opts.patienceMs ?? YOUNG_MS + 1_000);
      for (;;) {
        if (await linkIfAbsent(fs, temp, path)) return new WorkspaceLock(fs, path, info);
        const seen = await readLockFile(fs, path);
        if (seen === null) continue; // released in between
        if (seen.holder === null) {
          // A young empty or unreadable lock may be another process's, mid-write: held.
          if (time.clock() - seen.writtenAt.getTime() < YOUNG_MS) {
            if (time.clock() > deadline) throw new WorkspaceBusyError(path);
            await time.sleep(WAIT_MS);
            continue;
          }
        } else {
          const verdict = await judgeHolder(seen.holder, here, probe, seen.writtenAt);
          if (verdict.kind !== 'gone' || opts.takeOver === 'ask') throw new WorkspaceLockedError(seen.holder, verdict, now);
        }
        if (await replaceIfUnchanged(fs, dir, here, probe, time, seen.text, temp, path)) return new WorkspaceLock(fs, path, info);
        if (time.clock() > deadline) throw new WorkspaceBusyError(path);
      }
    } finally {
      await unlinkIfPresent(fs, temp).catch(() => undefined);
    }
  }

  /** Removes the lock only if it is still ours: a lock taken over meanwhile belongs to someone else. */
  async release(): Promise<void> {
    const seen = await readLockFile(this.fs, this.path);
    if (seen?.text === JSON.stringify(this.info)) await unlinkIfPresent(this.fs, this.path);
  }
}

/** For `doctor`: never takes, repairs or removes anything. */
export async function readLock(fs: FsOps, dir: string, here?: ProcessIdentity, probe?: Probe): Promise<LockStatus> {
  const path = lockFilePath(dir);
  const seen = await readLockFile(fs, path);
  if (seen === null) return { state: 'free', path };
  if (seen.holder === null) return { state: 'unreadable', path };
  const verdict = await judgeHolder(seen.holder, here ?? (await currentProcess()), probe ?? systemProbe(startTicksOf), seen.writtenAt);
  return { state: 'held', path, holder: seen.holder, stale: verdict.kind === 'gone', verdict };
}

function identityFields(here: ProcessIdentity): Omit<LockInfo, 'startedAt' | 'owner'> {
  return { pid: here.pid, host: here.host, machine: here.machine, bootId: here.bootId, bootAt: here.bootAt, startTicks: here.startTicks };
}

async function writeTemp(fs: FsOps, path: string, text: string, pid: number): Promise<string> {
  const temp = `${path}.${pid}-${randomUUID()}.tmp`;
  const handle = await fs.open(temp, 'wx');
  try {
    // No fsync: a lock matters only while its holder runs, and a power cut ends that anyway. A
    // full disk may accept part of a write: loop until all of it is in, or a half-written lock
    // would be linked into place, read as unreadable and taken over once no longer young.
    const bytes = Buffer.from(text, 'utf8');
    for (let done = 0; done < bytes.byteLength; ) {
      const { bytesWritten } = await handle.write(bytes.subarray(done), done);
      if (bytesWritten <= 0) throw Object.assign(new Error('The lock file could not be written.'), { code: 'ENOSPC' });
      done += bytesWritten;
    }
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlinkIfPresent(fs, temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  return temp;
}

async function linkIfAbsent(fs: FsOps, from: string, to: string): Promise<boolean> {
  try {
    await fs.link(from, to);
    return true;
  } catch (error) {
    if (hasCode(error, 'EEXIST')) return false;
    throw error;
  }
}

/**
 * Replaces a stale lock with ours, holding the takeover lock meanwhile. Only a takeover holder ever
 * replaces or removes someone else's lock, and it does so only after reading, under that lock, the
 * very bytes judged stale: so two processes can never both replace one stale lock (the race in
 * which the second would delete the first's fresh lock). Returns false when something changed.
 */
async function replaceIfUnchanged(
  fs: FsOps,
  dir: string,
  here: ProcessIdentity,
  probe: Probe,
  time: Waiting,
  stale: string,
  temp: string,
  path: string,
): Promise<boolean> {
  const mutex = takeoverPath(dir);
  const mine = await writeTemp(fs, mutex, JSON.stringify({ ...identityFields(here), startedAt: new Date(time.clock()).toISOString(), owner: 'cli' }), here.pid);
  try {
    if (!(await linkIfAbsent(fs, mine, mutex))) {
      await breakIfStale(fs, mutex, here, probe, time);
      await time.sleep(WAIT_MS);
      return false;
    }
    try {
      const now = await readLockFile(fs, path);
      if (now?.text !== stale) return false;
      await fs.rename(temp, path);
      return true;
    } finally {
      // After the rename the lock is ours: a failure to remove the mutex must not make acquire
      // throw (its caller would never release the lock it now holds). A mutex left behind is
      // broken by the next taker once we are gone (breakIfStale).
      await unlinkIfPresent(fs, mutex).catch(() => undefined);
    }
  } finally {
    await unlinkIfPresent(fs, mine).catch(() => undefined);
  }
}

/**
 * A takeover lock is held for a few file operations; one whose holder is proven gone (it died
 * mid-takeover) and that is no longer young is removed. Residual risk, documented: two processes
 * both finding the same dead takeover lock at the same moment could each remove it once.
 */
async function breakIfStale(fs: FsOps, mutex: string, here: ProcessIdentity, probe: Probe, time: Waiting): Promise<void> {
  const seen = await readLockFile(fs, mutex);
  if (seen === null || time.clock() - seen.writtenAt.getTime() < YOUNG_MS) return;
  if (seen.holder && (await judgeHolder(seen.holder, here, probe, seen.writtenAt)).kind !== 'gone') return;
  if ((await readLockFile(fs, mutex))?.text === seen.text) await unlinkIfPresent(fs, mutex);
}

async function readLockFile(fs: FsOps, path: string): Promise<{ text: string; holder: LockInfo | null; writtenAt: Date } | null> {
  try {
    const [bytes, stat] = await Promise.all([fs.readFile(path), fs.stat(path)]);
    const text = bytes.toString('utf8');
    return { text, holder: parseLock(text), writtenAt: stat.mtime };
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return null;
    throw error;
  }
}

function parseLock(text: string): LockInfo | null {
  try {
    const parsed = LockInfoSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function unlinkIfPresent(fs: FsOps, path: string): Promise<void> {
  try {
    await fs.unlink(path);
  } catch (error) {
    if (!hasCode(error, 'ENOENT')) throw error;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function hasCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}
