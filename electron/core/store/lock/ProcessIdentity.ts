import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { homedir, hostname, uptime } from 'node:os';
import { join } from 'node:path';
import { APP_NAME } from '../../workspace/defaultDataDir';

/**
 * What a lock records about the process holding it, so that another process can later tell
 * "still running" from "gone" without trusting the host name (macOS renames a laptop with the
 * network) or the bare pid (reused after a reboot, or after wrapping around).
 */
export interface ProcessIdentity {
  pid: number;
  /** Shown to people only: two machines may share a name, and a name may change. */
  host: string;
  /** Survives renames and tells two machines with one host name apart (see machineId). */
  machine: string;
  /** Linux's random boot id, or null where the OS has none (macOS, Windows). */
  bootId: string | null;
  /** When the machine booted, derived from the uptime (to the second; NTP may move it a little). */
  bootAt: string;
  /**
   * The process's start in the kernel's clock ticks since boot (Linux /proc/<pid>/stat field 22),
   * readable for any process: with the boot id, it names one process run exactly. Null elsewhere.
   */
  startTicks: string | null;
}

let cached: Promise<ProcessIdentity> | null = null;

/** This process's identity (computed once). */
export function currentProcess(): Promise<ProcessIdentity> {
  cached ??= (async () => ({
    pid: process.pid,
    host: hostname(),
    machine: await machineId(),
    bootId: await readTrimmed('/proc/sys/kernel/random/boot_id'),
    bootAt: bootTime().toISOString(),
    startTicks: await startTicksOf(process.pid),
  }))();
  return cached;
}

export function bootTime(): Date {
  return new Date(Math.round((Date.now() - uptime() * 1000) / 1000) * 1000);
}

/**
 * The start of process `pid` in clock ticks since boot, or null when it is not running or the OS
 * does not say. Only Linux exposes another process's start time without a native module; on macOS
 * and Windows a live pid within the same boot is therefore taken for the holder (weaker: a pid
 * reused within one boot, after a crash, reads as alive there, and the user is told who holds it).
 */
export async function startTicksOf(pid: number): Promise<string | null> {
  if (process.platform !== 'linux') return null;
  const stat = await readTrimmed(`/proc/${pid}/stat`);
  if (stat === null) return null;
  // The command name (field 2) is in parentheses and may itself hold spaces and ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19] ?? null; // field 22 overall; fields[0] here is field 3
}

/**
 * An id for this machine that no other machine shares: the OS's own machine id on Linux
 * (systemd's /etc/machine-id), elsewhere a random id kept in the user's local (never roaming)
 * application data, created on first use. Two machines cloned from one image may share
 * /etc/machine-id; their boot ids still differ, so a clone's live lock reads as "from another
 * boot" there: that is the one case this cannot tell apart.
 */
async function machineId(): Promise<string> {
  if (process.platform === 'linux') {
    const id = (await readTrimmed('/etc/machine-id')) ?? (await readTrimmed('/var/lib/dbus/machine-id'));
    if (id) return `linux:${id}`;
  }
  const dir = join(localAppDataDir(), APP_NAME);
  const path = join(dir, 'machine-id');
  const existing = await readTrimmed(path);
  if (existing) return existing;
  // Written whole under a unique name and linked into place, so two first runs agree on one id.
  await mkdir(dir, { recursive: true });
  const temp = `${path}.${process.pid}-${randomUUID()}.tmp`;
  await writeFile(temp, randomUUID());
  try {
    await link(temp, path);
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  return (await readTrimmed(path)) ?? 'unknown';
}

function localAppDataDir(): string {
  if (process.platform === 'win32') return process.env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support');
  return process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
}

async function readTrimmed(path: string): Promise<string | null> {
  try {
    const text = (await readFile(path, 'utf8')).trim();
    return text.length > 0 ? text : null;
  } catch {
    return null;
  }
}
