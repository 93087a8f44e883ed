import { join } from 'node:path';
import { z } from 'zod';
import type { FileHandleOps, FsOps } from '../store/FsOps';
import { LeafSchema, SYNC_FOLDER, SyncedImageSchema, type ReplicaImage } from './replicaFile';

/**
 * What a sync changed, appended to `<data>/sync/replica.log`, one JSON line per save: the cost of
 * a save is the records it touched, not the workspace (rewriting replica.json whole took seconds
 * per change at 10,000 records). Each line says, for every document it names, that document's
 * whole replica state (last-synced image, ancestor of an open conflict, leaf revisions, pending
 * flags), so replaying lines in order is setting, never adding: a line read twice changes nothing.
 *
 * Every line carries the `epoch` of the replica.json it extends. Folding the log (compaction)
 * writes a new replica.json with a new epoch first and empties the log second, so a crash between
 * the two leaves old lines that name the old epoch and are skipped. A crash during an append
 * leaves a torn last line (no line break, or not JSON): it is dropped and cut off on the next
 * open, so the replica is as of the save before; the sync then re-derives the lost step (a
 * pulled revision that the store already holds is adopted, an unsent edit is written again with
 * the same revision id, since revision ids are digests of parent and content).
 */
export const REPLICA_LOG = 'replica.log';

const DocStateSchema = z.object({
  synced: SyncedImageSchema.nullable(),
  ancestor: SyncedImageSchema.nullable(),
  leaves: z.array(LeafSchema),
  unpushed: z.boolean(),
  unapplied: z.boolean(),
});
export type ReplicaDocState = z.infer<typeof DocStateSchema>;

const EntrySchema = z.object({
  epoch: z.string().min(1),
  pulledSince: z.union([z.string(), z.number()]).nullable(),
  docs: z.record(z.string(), DocStateSchema),
});
export type ReplicaLogEntry = z.infer<typeof EntrySchema>;

export function replicaLogPath(dir: string): string {
  return join(dir, SYNC_FOLDER, REPLICA_LOG);
}

/** The log's whole lines, in order, and how many bytes they take: anything after them is a torn tail. */
export interface ReplicaLogRead {
  entries: ReplicaLogEntry[];
  intactBytes: number;
  totalBytes: number;
}

export async function readReplicaLog(fs: FsOps, dir: string): Promise<ReplicaLogRead> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(replicaLogPath(dir));
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return { entries: [], intactBytes: 0, totalBytes: 0 };
    throw error;
  }
  const entries: ReplicaLogEntry[] = [];
  let at = 0;
  for (;;) {
    const end = bytes.indexOf(0x0a, at);
    if (end < 0) break;
    const parsed = parseLine(bytes.subarray(at, end).toString('utf8'));
    // A line that does not read stops the replay: what follows it cannot be trusted to extend it.
    if (!parsed) break;
    entries.push(parsed);
    at = end + 1;
  }
  return { entries, intactBytes: at, totalBytes: bytes.length };
}

function parseLine(line: string): ReplicaLogEntry | null {
  try {
    const parsed = EntrySchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Appends one line and fdatasyncs it (an append changes only data and size); returns the bytes written. */
export async function appendReplicaLog(fs: FsOps, dir: string, entry: ReplicaLogEntry): Promise<number> {
  const bytes = Buffer.from(`${JSON.stringify(entry)}\n`, 'utf8');
  await withFile(fs, replicaLogPath(dir), 'a', async (handle) => {
    for (let done = 0; done < bytes.length; ) {
      const { bytesWritten } = await handle.write(bytes.subarray(done));
      if (bytesWritten <= 0) throw new Error('Writing the sync log stopped part way.');
      done += bytesWritten;
    }
    await handle.datasync();
  });
  return bytes.length;
}

/** Cuts a torn tail off, so the next append starts on a line of its own. */
export async function cutReplicaLog(fs: FsOps, dir: string, length: number): Promise<void> {
  await withFile(fs, replicaLogPath(dir), 'r+', async (handle) => {
    await handle.truncate(length);
    await handle.sync();
  });
}

/** `image` with the log's lines of its epoch replayed over it, in order. */
export function replayReplicaLog(image: ReplicaImage, entries: readonly ReplicaLogEntry[]): ReplicaImage {
  const mine = entries.filter((entry) => entry.epoch === image.epoch && image.epoch !== '');
  if (mine.length === 0) return image;
  const synced = { ...image.synced };
  const ancestors = { ...image.ancestors };
  const unpushed = new Set(image.unpushed);
  const unapplied = new Set(image.unapplied);
  const leaves = new Map<string, ReplicaImage['leaves']>();
  for (const leaf of image.leaves) leaves.set(leaf._id, [...(leaves.get(leaf._id) ?? []), leaf]);
  let pulledSince = image.pulledSince;
  for (const entry of mine) {
    pulledSince = entry.pulledSince;
    for (const [docId, state] of Object.entries(entry.docs)) {
      setOrDelete(synced, docId, state.synced);
      setOrDelete(ancestors, docId, state.ancestor);
      if (state.leaves.length > 0) leaves.set(docId, state.leaves);
      else leaves.delete(docId);
      toggle(unpushed, docId, state.unpushed);
      toggle(unapplied, docId, state.unapplied);
    }
  }
  return { ...image, pulledSince, synced, ancestors, unpushed: [...unpushed], unapplied: [...unapplied], leaves: [...leaves.values()].flat() };
}

function setOrDelete<T>(table: Record<string, T>, key: string, value: T | null): void {
  if (value === null) delete table[key];
  else table[key] = value;
}

function toggle(set: Set<string>, key: string, on: boolean): void {
  if (on) set.add(key);
  else set.delete(key);
}

async function withFile(fs: FsOps, path: string, flags: string, work: (handle: FileHandleOps) => Promise<void>): Promise<void> {
  const handle = await fs.open(path, flags);
  try {
    await work(handle);
  } finally {
    await handle.close();
  }
}
