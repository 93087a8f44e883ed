import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { FsOps } from './FsOps';
import { WorkspaceLockedError } from './WorkspaceLockedError';

const LockInfoSchema = z.object({
  // Positive only: process.kill(0 or -n, 0) would probe a whole process group.
  pid: z.number().int().positive(),
  host: z.string().min(1),
  startedAt: z.iso.datetime(),
  owner: z.enum(['app', 'cli']),
});
export type LockInfo = z.infer<typeof LockInfoSchema>;

/** What `doctor` sees in the lock file. `stale` means the next writer will take it over. */
export type LockStatus =
  | { state: 'free'; path: string }
  | { state: 'held'; path: string; holder: LockInfo; stale: boolean }
  | { state: 'unreadable'; path: string };

export function lockFilePath(dir: string): string {
  return join(dir, 'liaison.lock');
}

/**
 * One writer per workspace: a lock file created with 'wx' (atomic create-if-absent) holding pid,
 * host and start time. A lock left by a crashed process on this machine is taken over at once;
 * a live holder, or one on another machine (a shared folder), is named in the refusal.
 */
export class WorkspaceLock {
  private constructor(
    private readonly fs: FsOps,
    readonly path: string,
    readonly info: LockInfo,
  ) {}

  static async acquire(fs: FsOps, dir: string, owner: 'app' | 'cli', now: Date = new Date()): Promise<WorkspaceLock> {
    await fs.mkdir(dir);
    const path = lockFilePath(dir);
    const info: LockInfo = { pid: process.pid, host: hostname(), startedAt: now.toISOString(), owner };
    // A stale lock is removed and creation tried again; if another process took the lock over in
    // between, that one is alive and is named. Bounded, in case something keeps rewriting the file.
    for (let attempt = 1; attempt <= 3; attempt++) {
      if (await tryCreate(fs, path, info)) return new WorkspaceLock(fs, path, info);
      const seen = await readText(fs, path);
      if (seen === null) continue; // released in between
      const holder = parseLock(seen);
      if (holder && !isStale(holder)) throw new WorkspaceLockedError(holder, holder.host === hostname(), now);
      // Re-read just before removing, so a lock freshly written by a racing process is not deleted.
      if ((await readText(fs, path)) === seen) await unlinkIfPresent(fs, path);
    }
    throw new Error(`The workspace lock ${path} could not be taken; close other copies of Liaison and try again.`);
  }

  /** Removes the lock only if it is still ours: a lock taken over meanwhile belongs to someone else. */
  async release(): Promise<void> {
    const text = await readText(this.fs, this.path);
    const current = text === null ? null : parseLock(text);
    if (current && current.pid === this.info.pid && current.startedAt === this.info.startedAt && current.host === this.info.host) {
      await unlinkIfPresent(this.fs, this.path);
    }
  }
}

/** For `doctor`: never takes, repairs or removes anything. */
export async function readLock(fs: FsOps, dir: string): Promise<LockStatus> {
  const path = lockFilePath(dir);
  const text = await readText(fs, path);
  if (text === null) return { state: 'free', path };
  const holder = parseLock(text);
  return holder ? { state: 'held', path, holder, stale: isStale(holder) } : { state: 'unreadable', path };
}

async function tryCreate(fs: FsOps, path: string, info: LockInfo): Promise<boolean> {
  let handle;
  try {
    handle = await fs.open(path, 'wx');
  } catch (error) {
    if (hasCode(error, 'EEXIST')) return false;
    throw error;
  }
  try {
    await handle.write(JSON.stringify(info), 0);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlinkIfPresent(fs, path).catch(() => undefined);
    throw error;
  }
  await handle.close();
  return true;
}

/** Unparsable or empty (a crash while writing it) counts as stale: it names no one to wait for. */
function parseLock(text: string): LockInfo | null {
  try {
    const parsed = LockInfoSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Only a process on this machine can be checked; a lock from another host is respected. */
function isStale(holder: LockInfo | null): boolean {
  if (!holder) return true;
  return holder.host === hostname() && !isAlive(holder.pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return !hasCode(error, 'ESRCH');
  }
}

async function readText(fs: FsOps, path: string): Promise<string | null> {
  try {
    return (await fs.readFile(path)).toString('utf8');
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return null;
    throw error;
  }
}

async function unlinkIfPresent(fs: FsOps, path: string): Promise<void> {
  try {
    await fs.unlink(path);
  } catch (error) {
    if (!hasCode(error, 'ENOENT')) throw error;
  }
}

function hasCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}
