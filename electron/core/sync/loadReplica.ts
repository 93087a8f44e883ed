import type { FsOps } from '../store/FsOps';
import { readReplicaFile, replicaFilePath, ReplicaImageSchema, type ReplicaImage } from './replicaFile';
import { cutReplicaLog, readReplicaLog, replayReplicaLog, replicaLogPath } from './replicaLog';

export interface LoadedReplica {
  /** replica.json with replica.log replayed over it; null when there is none (or it was set aside). */
  image: ReplicaImage | null;
  /** Where a replica.json or replica.log that could not be read was moved (kept byte for byte). */
  setAside: string[];
  /** Sizes on disk after the open: they decide when the log is folded into replica.json. */
  baseBytes: number;
  logBytes: number;
}

/**
 * The replica as last saved, for the sync that will go on writing it: replica.json, then every
 * whole line of replica.log of its epoch. A torn last line (a crash during an append) is cut off,
 * so the next line starts clean; if more than one line would go (a damaged line in the middle),
 * the log is first copied aside, as a damaged replica.json is.
 */
export async function loadReplica(fs: FsOps, dir: string, stamp: string): Promise<LoadedReplica> {
  const base = await readReplicaFile(fs, dir, stamp);
  const log = await readReplicaLog(fs, dir);
  const setAside = base.setAside ? [base.setAside] : [];
  if (log.intactBytes < log.totalBytes) {
    const dropped = (await fs.readFile(replicaLogPath(dir))).subarray(log.intactBytes);
    if (dropped.subarray(0, -1).includes(0x0a)) {
      const aside = `${replicaLogPath(dir)}.damaged-${stamp}`;
      await fs.copyFile(replicaLogPath(dir), aside);
      setAside.push(aside);
    }
    await cutReplicaLog(fs, dir, log.intactBytes);
  }
  return { image: base.image ? replayReplicaLog(base.image, log.entries) : null, setAside, baseBytes: base.bytes, logBytes: log.intactBytes };
}

/** The replica as last saved, read only (no lock, nothing moved or cut): for `liaison sync status` and `doctor`. */
export async function peekReplica(fs: FsOps, dir: string): Promise<ReplicaImage | null> {
  let image: ReplicaImage;
  try {
    image = ReplicaImageSchema.parse(JSON.parse((await fs.readFile(replicaFilePath(dir))).toString('utf8')));
  } catch {
    return null;
  }
  return replayReplicaLog(image, (await readReplicaLog(fs, dir)).entries);
}
