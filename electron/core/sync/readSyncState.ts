import { randomUUID } from 'node:crypto';
import { kinds, type Kind } from '../../shared/schemas/collections';
import type { Workspace } from '../../shared/schemas/workspace';
import type { SyncFailure } from '../../shared/contracts/syncChannels';
import type { FsOps } from '../store/FsOps';
import { canonicalJson } from './canonicalJson';
import { PouchDB, type PouchDoc } from './pouchdb';
import { documentBody, documentId, filesNamedBy, parseDocumentId, recordToBody } from './recordDocument';
import { peekReplica } from './loadReplica';
import { importLeaves, type ReplicaImage } from './replicaFile';
import { readConnectionFile } from './syncConnectionFile';

/** One side of a conflict as the files hold it. */
export interface ConflictSide {
  rev: string;
  record: Record<string, unknown>;
}

export interface ConflictOnDisk {
  kind: Kind;
  id: string;
  /** The side the store holds now (CouchDB's winner, the same on every machine). */
  winner: ConflictSide;
  others: ConflictSide[];
}

/** What `liaison sync status` and `doctor` say about a data folder's sync, read from its files without the lock. */
export interface SyncStateOnDisk {
  configured: boolean;
  server: string | null;
  db: string | null;
  user: string | null;
  live: boolean;
  lastSyncAt: string | null;
  lastError: SyncFailure | null;
  /** Records changed here and not yet accepted by the server. */
  pending: number;
  conflicts: ConflictOnDisk[];
  /** Files records name that stay on this machine (contact photos, offer letters): not synced, said so rather than silently missing elsewhere. */
  filesNotSynced: string[];
}

/**
 * The sync state of a data folder from `sync/connection.json`, `sync/replica.json` (+ `replica.log`) and the
 * workspace as loaded (read only: no lock, no write). Pending: the documents written and not
 * pushed, plus the records whose fields differ from their last-synced image. Conflicts: the
 * documents with more than one current leaf; which side wins is asked of PouchDB (its rule:
 * generation, then revision id), over a memory database holding only those documents.
 */
export async function readSyncState(fs: FsOps, dir: string, workspace: Readonly<Workspace>): Promise<SyncStateOnDisk> {
  const connection = await readConnectionFile(fs, dir);
  const image = await readImage(fs, dir, connection ? `${connection.server}/${connection.db}` : null);
  const pending = new Set(image?.unpushed ?? []);
  const synced = image?.synced ?? {};
  if (connection) {
    for (const kind of kinds) {
      for (const [id, record] of Object.entries(workspace[kind] as Record<string, Record<string, unknown>>)) {
        const docId = documentId(kind, id);
        const base = synced[docId];
        if (!base?.body || canonicalJson(base.body) !== canonicalJson(recordToBody(record))) pending.add(docId);
      }
    }
    // Deleted here since the last sync (purged: the record is gone, its last-synced image is not).
    for (const [docId, base] of Object.entries(synced)) {
      const target = parseDocumentId(docId);
      if (base.body && target && !Object.hasOwn(workspace[target.kind], target.id)) pending.add(docId);
    }
  }
  return {
    configured: connection !== null,
    server: connection?.server ?? null,
    db: connection?.db ?? null,
    user: connection?.user ?? null,
    live: connection?.live ?? false,
    lastSyncAt: connection?.lastSyncAt ?? null,
    lastError: connection?.lastError ?? null,
    pending: connection ? pending.size : 0,
    conflicts: image ? await conflictsIn(image) : [],
    filesNotSynced: kinds.flatMap((kind) => Object.values(workspace[kind] as Record<string, Record<string, unknown>>).flatMap((record) => filesNamedBy(kind, record))).sort(),
  };
}

async function readImage(fs: FsOps, dir: string, remote: string | null): Promise<ReplicaImage | null> {
  const image = await peekReplica(fs, dir).catch(() => null);
  return image && (remote === null || image.remote === remote) ? image : null;
}

async function conflictsIn(image: ReplicaImage): Promise<ConflictOnDisk[]> {
  const byDoc = new Map<string, PouchDoc[]>();
  for (const leaf of image.leaves) if (!leaf._deleted) byDoc.set(leaf._id, [...(byDoc.get(leaf._id) ?? []), leaf]);
  const conflicted = [...byDoc.entries()].filter(([, leaves]) => leaves.length > 1);
  if (conflicted.length === 0) return [];
  const db = new PouchDB(`liaison-status-${randomUUID()}`, { adapter: 'memory' });
  try {
    await importLeaves(
      db,
      image.leaves.filter((leaf) => (byDoc.get(leaf._id)?.length ?? 0) > 1),
    );
    const docIds = conflicted.map(([docId]) => docId).sort();
    const { rows } = await db.allDocs({ keys: docIds, include_docs: true, conflicts: true });
    const found: ConflictOnDisk[] = [];
    for (const row of rows) {
      const target = parseDocumentId(row.key);
      const doc = row.doc;
      if (!target || !doc?._rev) continue;
      const leaves = byDoc.get(row.key) ?? [];
      const side = (rev: string): ConflictSide => ({ rev, record: documentBody(leaves.find((leaf) => leaf._rev === rev) ?? {}) });
      found.push({ ...target, winner: side(doc._rev), others: (doc._conflicts ?? []).map(side) });
    }
    return found;
  } finally {
    await db.destroy();
  }
}
