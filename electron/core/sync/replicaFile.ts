import { join } from 'node:path';
import { z } from 'zod';
import type { FsOps } from '../store/FsOps';
import { writeFileDurable } from '../store/writeFileDurable';
import type { PouchDatabase, PouchDoc } from './pouchdb';

/** The sync's own folder in the data folder; the workspace files never depend on it. */
export const SYNC_FOLDER = 'sync';
export const REPLICA_FILE = 'replica.json';

/** What the store last agreed with the replica about one record: that revision and its fields (null: deleted). */
export interface SyncedImage {
  rev: string;
  body: Record<string, unknown> | null;
}

const RevisionsSchema = z.object({ start: z.number().int().positive(), ids: z.array(z.string()).min(1) });
export const SyncedImageSchema = z.object({ rev: z.string(), body: z.record(z.string(), z.unknown()).nullable() });
export const LeafSchema = z.looseObject({ _id: z.string(), _rev: z.string(), _revisions: RevisionsSchema, _deleted: z.boolean().optional() });

export const ReplicaImageSchema = z.object({
  format: z.literal(1),
  /**
   * Names this file's generation: replica.log's lines that extend it carry the same epoch (see
   * replicaLog.ts). Files written before the log had none: '' (no log line matches it).
   */
  epoch: z.string().default(''),
  /** The server and database this replica mirrors (`http://host:5984/liaison`), never with credentials. */
  remote: z.string(),
  /** The server's change sequence read up to (CouchDB's is opaque): the pull's checkpoint. */
  pulledSince: z.union([z.string(), z.number()]).nullable(),
  /** Documents written here and not yet accepted by the server. */
  unpushed: z.array(z.string()),
  /** Pulled documents the store has not taken yet (the record was being edited, or it did not fit). */
  unapplied: z.array(z.string()),
  synced: z.record(z.string(), SyncedImageSchema),
  /**
   * For each record in conflict, the revision its sides started from, with its fields: the base of
   * a three-way merge. Kept here because the replica keeps only leaf revisions' fields.
   */
  ancestors: z.record(z.string(), SyncedImageSchema).default(() => ({})),
  /** Every leaf revision of every document, deleted ones too, each with its ancestry. */
  leaves: z.array(LeafSchema),
});
export type ReplicaImage = z.infer<typeof ReplicaImageSchema>;

export function replicaFilePath(dir: string): string {
  return join(dir, SYNC_FOLDER, REPLICA_FILE);
}

/**
 * The replica as it was last saved; null when there is none. A file that cannot be read as one
 * is moved aside (kept, never overwritten) and the sync starts afresh: every record's fields are
 * still in the workspace, and a fresh replica pulls the server's revisions before it pushes.
 */
export async function readReplicaFile(fs: FsOps, dir: string, stamp: string): Promise<{ image: ReplicaImage | null; setAside: string | null; bytes: number }> {
  const path = replicaFilePath(dir);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return { image: null, setAside: null, bytes: 0 };
    throw error;
  }
  try {
    return { image: ReplicaImageSchema.parse(JSON.parse(bytes.toString('utf8'))), setAside: null, bytes: bytes.length };
  } catch {
    const aside = `${path}.damaged-${stamp}`;
    await fs.rename(path, aside);
    return { image: null, setAside: aside, bytes: 0 };
  }
}

/** Crash-safe: the file holds the old replica or the new one, never a mix (the store's own durable write). Returns its size in bytes. */
export async function writeReplicaFile(fs: FsOps, dir: string, image: ReplicaImage): Promise<number> {
  await fs.mkdir(join(dir, SYNC_FOLDER));
  const bytes = Buffer.from(JSON.stringify(image), 'utf8');
  await writeFileDurable(fs, replicaFilePath(dir), bytes);
  return bytes.length;
}

/** The leaf revisions of `docIds` in the replica, deleted ones too, each with its ancestry: what a restart needs to rebuild their revision trees. */
export async function exportLeaves(db: PouchDatabase, docIds: readonly string[]): Promise<Map<string, PouchDoc[]>> {
  const leaves = new Map<string, PouchDoc[]>();
  const CHUNK = 200;
  for (let from = 0; from < docIds.length; from += CHUNK) {
    const chunk = docIds.slice(from, from + CHUNK);
    const opened = await Promise.all(chunk.map((docId) => db.get(docId, { open_revs: 'all', revs: true })));
    opened.forEach((revisions, index) => {
      leaves.set(chunk[index] ?? '', revisions.flatMap((revision) => ('ok' in revision ? [revision.ok] : [])));
    });
  }
  return leaves;
}

/** Puts saved leaves back as they were (`new_edits: false` keeps their revision ids and ancestry). */
export async function importLeaves(db: PouchDatabase, leaves: readonly PouchDoc[]): Promise<void> {
  const CHUNK = 500;
  for (let from = 0; from < leaves.length; from += CHUNK) {
    await db.bulkDocs(leaves.slice(from, from + CHUNK), { new_edits: false });
  }
}
