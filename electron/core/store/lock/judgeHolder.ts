import type { ProcessIdentity } from './ProcessIdentity';

/** What a lock file says about its holder; fields after `owner` are absent in locks from before they existed. */
export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
  owner: 'app' | 'cli';
  machine?: string;
  bootId?: string | null;
  bootAt?: string;
  startTicks?: string | null;
}

/**
 * - alive: a process on this machine that is provably the holder (or, where the OS cannot prove
 *   it, a live pid of this boot);
 * - gone: the holder provably no longer runs (this machine rebooted since, the pid is free, or it
 *   now belongs to a process started at another moment);
 * - unknown: another machine's lock (a shared folder), which nothing here can check.
 */
export type Verdict = { kind: 'alive' } | { kind: 'gone'; why: 'rebooted' | 'exited' | 'pid-reused' } | { kind: 'unknown' };

export interface Probe {
  /** Whether a process with this pid exists (any user). */
  isRunning(pid: number): boolean;
  /** Its start in ticks since boot, or null when unknown. */
  startTicksOf(pid: number): Promise<string | null>;
}

/** Boot times derived from the uptime wobble by a second or so, and NTP may step the clock. */
const BOOT_TOLERANCE_MS = 60_000;

/** `writtenAt`: the lock file's modification time, which dates a lock that records no boot. */
export async function judgeHolder(holder: LockHolder, here: ProcessIdentity, probe: Probe, writtenAt: Date | null = null): Promise<Verdict> {
  if (holder.machine === undefined) {
    // A lock written before machine ids: the host name is all there is.
    if (holder.host !== here.host) return { kind: 'unknown' };
  } else if (holder.machine !== here.machine) {
    return { kind: 'unknown' };
  }
  if (sameBoot(holder, here, writtenAt) === false) return { kind: 'gone', why: 'rebooted' };
  if (!probe.isRunning(holder.pid)) return { kind: 'gone', why: 'exited' };
  if (holder.startTicks && sameBoot(holder, here, writtenAt)) {
    const now = await probe.startTicksOf(holder.pid);
    if (now === null && !probe.isRunning(holder.pid)) return { kind: 'gone', why: 'exited' };
    if (now !== null && now !== holder.startTicks) return { kind: 'gone', why: 'pid-reused' };
  }
  return { kind: 'alive' };
}

/** True or false when the lock says enough to tell; null for a lock that records no boot. */
function sameBoot(holder: LockHolder, here: ProcessIdentity, writtenAt: Date | null): boolean | null {
  if (holder.bootId && here.bootId) return holder.bootId === here.bootId;
  if (holder.bootAt) return Math.abs(Date.parse(holder.bootAt) - Date.parse(here.bootAt)) <= BOOT_TOLERANCE_MS;
  // An old-format lock written before this boot belongs to a process of an earlier one.
  if (writtenAt && writtenAt.getTime() < Date.parse(here.bootAt) - BOOT_TOLERANCE_MS) return false;
  return null;
}

export const systemProbe = (startTicksOf: (pid: number) => Promise<string | null>): Probe => ({
  isRunning(pid) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      // EPERM: the process exists but belongs to another user.
      return error instanceof Error && 'code' in error && error.code === 'EPERM';
    }
  },
  startTicksOf,
});
