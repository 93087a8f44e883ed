import { statfs } from 'node:fs/promises';
import { cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';

// statfs type numbers of the file systems a benchmark's fsyncs are likely to land on.
const FILE_SYSTEMS: Record<number, string> = {
  0xef53: 'ext4',
  0x58465342: 'xfs',
  0x9123683e: 'btrfs',
  0x01021994: 'tmpfs (fsync is free: durability figures mean nothing here)',
  0x794c7630: 'overlayfs',
  0x6a656a63: 'apfs',
  0x5346544e: 'ntfs',
};

/** What a reader needs to judge the figures: CPU, memory, OS, Node, the disk the data sits on, the load. */
export async function describeMachine(): Promise<Record<string, string | number>> {
  const cpu = cpus();
  let fileSystem = 'unknown';
  try {
    const stats = await statfs(tmpdir());
    fileSystem = FILE_SYSTEMS[stats.type] ?? `type 0x${stats.type.toString(16)}`;
  } catch {
    // statfs is missing on some platforms; the figure stays "unknown".
  }
  return {
    cpu: `${cpu[0]?.model.trim() ?? 'unknown'} x ${cpu.length}`,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    node: process.version,
    dataDir: tmpdir(),
    fileSystem,
    loadAverageAtStart: loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}
