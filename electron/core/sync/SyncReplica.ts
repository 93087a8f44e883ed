/*
 * Sharing a workspace through CouchDB replication: the replica beside one data folder's Store.
 *
 * Engine, as verified on this machine (Node 20.20, npm 11.19; December 2026):
 * - PouchDB 9.0.0 as separate packages: pouchdb-core, pouchdb-replication, pouchdb-adapter-http
 *   (the server) and pouchdb-adapter-memory (the local replica: memdown 1.4.1 under
 *   pouchdb-adapter-leveldb-core; pure JavaScript). 62 packages in all, none with an install
 *   script, a binding.gyp or a .node file, so `npm ci` builds nothing and Electron loads nothing
 *   native. leveldown (native, N-API prebuilds) is deliberately not used.
 * - Tests run express-pouchdb 4.2.0 over the same PouchDB with the memory adapter, in process on
 *   127.0.0.1 port 0 (test/helpers/couchServer.ts): mode `minimumForPouchDB`, `inMemoryConfig`,
 *   a `logPath` in a temp folder, no admin user (with one, an anonymous `PUT /db` crashes it).
 *   It is a test server only; an organisation runs Apache CouchDB.
 * - Replicated both ways, made a conflict and resolved it (test/core/sync/). Pitfalls met:
 *   `get()` shows no conflict unless asked (`conflicts: true`, or `open_revs: 'all'`); the winner
 *   is chosen by revision (generation, then hash), never by time; the http adapter creates a
 *   missing database unless `skip_setup` (we set it: a missing database is an error the user is
 *   told); a refused connection surfaces as node-fetch's FetchError with `code: 'ECONNREFUSED'`;
 *   memory databases of one name share their data within a process, so every replica gets a
 *   unique name; @types/pouchdb-core drags the DOM library into Node code, so the few calls used
 *   are typed in pouchdb.ts instead; a deleted document answers GET with reason "missing" on
 *   express-pouchdb ("deleted" on CouchDB), so a tombstone is checked in the changes feed.
 * - Bundled: Vite 8 (rolldown) in SSR mode with every package inlined, as electron-vite bundles
 *   main, gives one 1.6 MB ES module that ran a sync with no node_modules beside it (PouchDB's
 *   fetch is node-fetch 2 under Node). Not yet wired into main or the CLI.
 * - Measured one-off (2 cores shared, in-process test server; benchmarks to come): 10,000 contacts
 *   first push 17 s, first pull into an empty workspace 8.5 s (store commits and the 19 MB replica
 *   file included); then one change 1.9 s to push and 1.4 s to pull, because every sync rewrites
 *   the replica file whole and the push scans the local changes feed. The probe's raw PouchDB
 *   figure was 3-4 s for 10k: the rest is ours to win back (see "Cost" below).
 *
 * How the local replica persists: the memory adapter keeps nothing across restarts, so after
 * every sync that changed it the replica is saved as one file, `<data>/sync/replica.json`,
 * written with the store's durable write (temp file, fsync, rename): every leaf revision of every
 * document (deleted ones too) with its ancestry (`_revisions`), the pull checkpoint (the server's
 * last sequence read), the documents not yet pushed and, per record, the last-synced revision and
 * image (`synced`, the base of a three-way merge; compaction may drop old revision bodies). On
 * start the leaves go back with `bulkDocs(new_edits: false)`, which rebuilds the revision trees.
 * The replica's own sequence numbers do not survive that, so checkpoints are kept by us, not by
 * PouchDB (`checkpoint: false`): the pull resumes from the saved server sequence, and the push
 * sends exactly the documents written since the last accepted push (`doc_ids`). A save re-reads
 * only the documents touched since the last one. Cost: the file is rewritten whole on every sync
 * that changed anything (O(records); fine for thousands, too slow for live sync at 100,000: an
 * append-only file of changed documents, folded now and then, is the next step), and the replica,
 * the last-synced images and the store each hold the records in memory.
 * Only leaf revisions keep their fields across a restart, so the common ancestor of each open
 * conflict is saved apart (`ancestors`) for the three-way merge.
 *
 * The workspace (snapshot + journal) stays the source of truth. A local commit only marks its
 * records (store.onChange); nothing here runs inside a save, so a missing or slow server never
 * delays one. A sync: pull from the server; hand the records that changed there to the store as
 * one `sync.apply` command (journaled, in History) unless the record was edited here since it last
 * synced; write each record edited here as a new revision on top of its last-synced one (so a
 * concurrent edit elsewhere becomes a CouchDB conflict, kept on every replica, never settled by
 * time), and if such a record lost, hand the store the winner too; push; save the replica file.
 * Several local edits between two syncs are one revision (a sync sends states, not steps).
 * Revision ids are derived from the parent and the content, as CouchDB does, so two machines
 * that make the same change make the same revision; and a record whose pulled revision already
 * says what the store holds is adopted, not re-sent (a fresh replica, a crash after an apply).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Command } from '../../shared/commands/commandSchemas';
import type { SyncRecordChange } from '../../shared/commands/syncCommands';
import { englishText, phrase } from '../../shared/i18n/Phrase';
import { collectionSchemas, kinds, type Kind } from '../../shared/schemas/collections';
import type { FsOps } from '../store/FsOps';
import { nodeFsOps } from '../store/nodeFsOps';
import { writeFileDurable } from '../store/writeFileDurable';
import type { Store } from '../store/Store';
import { canonicalJson } from './canonicalJson';
import { documentBody, documentId, parseDocumentId, recordToBody, type DocumentBody } from './recordDocument';
import { PouchDB, type FetchLike, type PouchDatabase, type PouchDoc, type Replication } from './pouchdb';
import { loadReplica } from './loadReplica';
import { MarkingMap, MarkingSet } from './markingCollections';
import { exportLeaves, importLeaves, writeReplicaFile, type ReplicaImage, type SyncedImage } from './replicaFile';
import { appendReplicaLog, replicaLogPath, type ReplicaDocState } from './replicaLog';
import { SyncError, toSyncError, type SyncServer } from './SyncError';

export interface SyncTarget {
  /** `http(s)://host:port`, as the organisation's administrator gives it. */
  server: string;
  db: string;
  user?: string;
  password?: string;
}

export interface SyncReplicaOptions {
  store: Store;
  target: SyncTarget;
  fs?: FsOps;
  clock?: () => Date;
  /** Each request to the server gives up after this long (default 30 s). */
  timeoutMs?: number;
  /** Documents per replication batch (500 was ~30% faster than PouchDB's 100 in the probe). */
  batchSize?: number;
  /**
   * The server's database as a PouchDB handle instead of `target`'s http one: the simulation
   * replicates PouchDB to PouchDB in memory (no HTTP), thousands of schedules in seconds.
   */
  remote?: PouchDatabase;
}

/** One record's revision as the replica holds it; `record` null: deleted. */
export interface RecordRevision {
  rev: string;
  record: DocumentBody | null;
}

/** A record with more than one current revision: the store holds `winner`'s fields; none is dropped until the user chooses. */
export interface SyncConflict {
  kind: Kind;
  id: string;
  winner: RecordRevision;
  others: RecordRevision[];
  /** The revision the sides started from (their newest common ancestor), when its fields are known: the base of a three-way merge. */
  base: RecordRevision | null;
}

/** A pulled change the store did not take, and why. */
export interface SkippedChange {
  docId: string;
  reason: 'edited-here' | 'invalid' | 'unknown-document';
  message: string | null;
}

export interface SyncReport {
  /** Records changed on the server and now in the store, with the revision they came with. */
  applied: SyncRecordChange[];
  skipped: SkippedChange[];
  /** Documents the server accepted from this machine. */
  pushed: number;
  conflicts: SyncConflict[];
}

const APPLY_CHUNK = 500;
/** The log is folded into replica.json once it outgrows the file (or this, for a small one): saves stay O(change), folding O(records) now and then. */
const LOG_FOLD_MIN_BYTES = 1024 * 1024;

export class SyncReplica {
  /** Records changed by local commits since they were last written to the replica. */
  private readonly dirty = new Set<string>();
  /** Documents whose replica state (below) changed since the last save: what the next log line holds. */
  private readonly marks = new Set<string>();
  private readonly unpushed: Set<string>;
  private readonly unapplied: Set<string>;
  private readonly synced: Map<string, SyncedImage>;
  private readonly ancestors: Map<string, SyncedImage>;
  /** The replica's leaf revisions as last saved, by document: a save re-reads only the documents touched since. */
  private readonly leaves: Map<string, PouchDoc[]>;
  /** replica.json's epoch; null until this replica has written one (then the first save writes it whole). */
  private epoch: string | null;
  private baseBytes: number;
  private logBytes: number;
  private readonly touched = new Set<string>();
  /** Documents with more than one current (not deleted) revision: where conflicts() looks. */
  private readonly conflicted = new Set<string>();
  private pulledSince: number | string | null;
  /**
   * Records whose fields differed from their last-synced image when this replica opened, with
   * those fields: a local edit made while no sync ran, or a pulled revision applied just before a
   * kill lost the replica's note of it. Until a pull has read the server again, which tells the
   * two apart (the pulled revision says what the store held), none of them is written as an edit.
   */
  private readonly unverified = new Map<string, DocumentBody | null>();
  /**
   * The local replica's sequence read up to by the last push that succeeded (this session only:
   * the replica's sequence numbers do not survive a restart). A push reads the local changes
   * from there, not from 0: at 10,000 records reading them all made each live push take seconds.
   */
  private pushedThrough: number | string = 0;
  /** Local revision writes so far: a push advances `pushedThrough` only if none came while it ran (a resolution can). */
  private localWrites = 0;
  private running: Promise<SyncReport> | null = null;
  private readonly stopListening: () => void;
  private closed = false;
  /** The replication under way, cancelled by close(): quitting never waits on a slow server. */
  private replication: Replication | null = null;

  private constructor(
    private readonly store: Store,
    private readonly local: PouchDatabase,
    private readonly remote: PouchDatabase,
    private readonly where: SyncServer,
    private readonly fs: FsOps,
    private readonly clock: () => Date,
    private readonly timeoutMs: number,
    private readonly batchSize: number,
    image: ReplicaImage | null,
    sizes: { baseBytes: number; logBytes: number },
  ) {
    this.pulledSince = image?.pulledSince ?? null;
    this.unpushed = new MarkingSet(this.marks, image?.unpushed ?? []);
    this.unapplied = new MarkingSet(this.marks, image?.unapplied ?? []);
    this.synced = new MarkingMap(this.marks, Object.entries(image?.synced ?? {}));
    this.ancestors = new MarkingMap(this.marks, Object.entries(image?.ancestors ?? {}));
    const leaves = new Map<string, PouchDoc[]>();
    for (const leaf of image?.leaves ?? []) leaves.set(leaf._id, [...(leaves.get(leaf._id) ?? []), leaf]);
    this.leaves = new MarkingMap(this.marks, leaves);
    this.epoch = image?.epoch ? image.epoch : null;
    this.baseBytes = sizes.baseBytes;
    this.logBytes = sizes.logBytes;
    for (const docId of this.leaves.keys()) this.noteConflict(docId);
    // A commit only marks its records: the sync never runs inside a save.
    this.stopListening = store.onChange((change) => {
      if (change.type === 'sync.apply') return;
      for (const { kind, id } of change.ids) this.dirty.add(documentId(kind, id));
    });
    this.markChangedSinceSynced();
  }

  /** The replica of `store`'s workspace for `target`, as last saved in the data folder (or a fresh one). */
  static async open(options: SyncReplicaOptions): Promise<SyncReplica> {
    const fs = options.fs ?? nodeFsOps;
    const clock = options.clock ?? (() => new Date());
    const timeoutMs = options.timeoutMs ?? 30_000;
    const where = describeTarget(options.target);
    const remote =
      options.remote ??
      new PouchDB(`${where.server}/${encodeURIComponent(where.db)}`, {
        adapter: 'http',
        skip_setup: true,
        ...(options.target.user ? { auth: { username: options.target.user, password: options.target.password ?? '' } } : {}),
        fetch: withTimeout(PouchDB.fetch, timeoutMs),
      });
    const saved = await loadReplica(fs, options.store.dir, clock().toISOString().replace(/[:.]/g, '-'));
    // A replica of another server or database is no base for this one: start afresh.
    const image = saved.image && saved.image.remote === remoteName(where) ? saved.image : null;
    // Memory databases of one name share their data within a process: every replica its own.
    const local = new PouchDB(`liaison-replica-${randomUUID()}`, { adapter: 'memory' });
    if (image) await importLeaves(local, image.leaves);
    return new SyncReplica(options.store, local, remote, where, fs, clock, timeoutMs, options.batchSize ?? 500, image, saved);
  }

  /** Records changed here and not yet accepted by the server. */
  get pending(): number {
    const waiting = new Set(this.unpushed);
    for (const docId of this.dirty) if (this.changedSinceSynced(docId)) waiting.add(docId);
    return waiting.size;
  }

  /**
   * One sync both ways. Rejects with a SyncError (a sentence) when the server cannot be used;
   * whatever was pulled before that is applied and saved, and every local change stays pending.
   * Overlapping calls share one run.
   */
  syncOnce(): Promise<SyncReport> {
    if (this.closed) return Promise.reject(new Error('This sync has been closed.'));
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(): Promise<SyncReport> {
    const pulledFrom = this.pulledSince;
    const unappliedBefore = this.unapplied.size;
    const pulled = new Set<string>(this.unapplied);
    let failure: unknown = null;
    let pushed = 0;
    try {
      await this.pull(pulled);
    } catch (error) {
      failure = error;
    }
    const first = await this.applyPulled(pulled);
    if (failure === null) this.unverified.clear();
    const written = await this.writeLocalChanges();
    // A record written here that is now one side of a conflict (a pulled record edited here too,
    // or a delete against an edit made elsewhere, which CouchDB lets win): the store takes the
    // winning revision, the same on every machine; a losing edit stays listed, not lost.
    const edited = first.skipped.filter((skip) => skip.reason === 'edited-here').map((skip) => skip.docId);
    const second = await this.applyPulled(new Set([...edited, ...written]));
    const applied = [...first.applied, ...second.applied];
    const skipped = [...first.skipped.filter((skip) => skip.reason !== 'edited-here'), ...second.skipped];
    if (failure === null) {
      try {
        pushed = await this.push();
      } catch (error) {
        failure = error;
      }
    }
    // A sync that found nothing to do writes nothing: live sync asks often.
    const changed = pulled.size > 0 || written.length > 0 || pushed > 0 || applied.length > 0 || this.pulledSince !== pulledFrom || this.unapplied.size !== unappliedBefore;
    if (changed) await this.save();
    if (failure !== null) throw toSyncError(failure, this.where, this.timeoutMs);
    return { applied, skipped, pushed, conflicts: await this.conflicts() };
  }

  /**
   * Calls `onChange` whenever the server's database changes (CouchDB's live changes feed, long
   * polling over HTTP), and `onError` once if the feed stops (server gone): live sync then
   * retries on its own timer. Returns the function that stops watching.
   */
  watchRemote(onChange: () => void, onError: (error: unknown) => void): () => void {
    const feed = this.remote.changes({ since: 'now', live: true, return_docs: false });
    feed.on('change', onChange);
    feed.on('error', onError);
    return () => {
      feed.cancel();
    };
  }

  private async pull(changed: Set<string>): Promise<void> {
    if (this.closed) throw new Error('This sync has been closed.');
    const replication = this.local.replicate.from(this.remote, { since: this.pulledSince ?? 0, checkpoint: false, batch_size: this.batchSize });
    this.replication = replication;
    // Each batch is in the replica once reported: a pull cut short resumes after the last one.
    replication.on('change', (info) => {
      for (const doc of info.docs) {
        changed.add(doc._id);
        this.touched.add(doc._id);
      }
      this.pulledSince = info.last_seq;
    });
    try {
      const result = await replication;
      this.pulledSince = result.last_seq;
    } finally {
      this.replication = null;
    }
    if (this.closed) throw new Error('This sync has been closed.');
  }

  private async push(): Promise<number> {
    if (this.unpushed.size === 0) return 0;
    const docIds = [...this.unpushed];
    if (this.closed) throw new Error('This sync has been closed.');
    const writesBefore = this.localWrites;
    const upTo = (await this.local.info()).update_seq;
    const replication = this.local.replicate.to(this.remote, { since: this.pushedThrough, checkpoint: false, doc_ids: docIds, batch_size: this.batchSize });
    this.replication = replication;
    try {
      const result = await replication;
      // A cancelled push may have sent some of them: they stay marked and go (again, harmlessly) next time.
      if (this.closed) throw new Error('This sync has been closed.');
      for (const docId of docIds) this.unpushed.delete(docId);
      if (this.localWrites === writesBefore) this.pushedThrough = upTo;
      return result.docs_written;
    } finally {
      this.replication = null;
    }
  }

  /**
   * Gives the store the records whose winning revision is not the one it last synced. A record
   * edited here since is left as it is: writing its edit makes it a conflict the user settles.
   */
  private async applyPulled(docIds: Set<string>): Promise<{ applied: SyncRecordChange[]; skipped: SkippedChange[] }> {
    const skipped: SkippedChange[] = [];
    const incoming: { docId: string; change: SyncRecordChange }[] = [];
    const ids = [...docIds];
    const rows = ids.length > 0 ? (await this.local.allDocs({ keys: ids, include_docs: true })).rows : [];
    for (const row of rows) {
      const docId = row.key;
      const target = parseDocumentId(docId);
      if (!target) {
        if (!docId.startsWith('_design/')) skipped.push({ docId, reason: 'unknown-document', message: null });
        this.unapplied.delete(docId);
        continue;
      }
      if (!row.value) {
        this.unapplied.delete(docId);
        continue;
      }
      const rev = row.value.rev;
      if (this.synced.get(docId)?.rev === rev) {
        this.unapplied.delete(docId);
        continue;
      }
      const record = row.value.deleted || !row.doc ? null : documentBody(row.doc);
      incoming.push({ docId, change: { kind: target.kind, id: target.id, rev, record } });
    }
    const applied: SyncRecordChange[] = [];
    for (let from = 0; from < incoming.length; from += APPLY_CHUNK) {
      const chunk = incoming.slice(from, from + APPLY_CHUNK);
      applied.push(...(await this.applyChunk(chunk, skipped)));
    }
    return { applied, skipped };
  }

  private async applyChunk(chunk: { docId: string; change: SyncRecordChange }[], skipped: SkippedChange[]): Promise<SyncRecordChange[]> {
    // Checked and committed in one turn: Store.commit applies synchronously, so no local edit
    // can slip in between the check and the write.
    const taking: { docId: string; change: SyncRecordChange }[] = [];
    for (const item of chunk) {
      const atOpen = this.unverified.get(item.docId);
      // The store held this revision's fields when the replica opened: it is the base, edited since or not.
      if (atOpen !== undefined && sameBody(atOpen, item.change.record)) {
        this.synced.set(item.docId, { rev: item.change.rev, body: atOpen });
        this.unverified.delete(item.docId);
      }
      if (this.changedSinceSynced(item.docId)) {
        if (this.sameAsStore(item.docId, item.change.record)) this.adopt(item.docId, item.change);
        else {
          this.unapplied.add(item.docId);
          skipped.push({ docId: item.docId, reason: 'edited-here', message: null });
        }
        continue;
      }
      taking.push(item);
    }
    if (taking.length === 0) return [];
    try {
      await this.commitApplied(taking);
      return taking.map(({ change }) => change);
    } catch {
      // One record that does not fit this build must not hold back the others: one at a time.
      const applied: SyncRecordChange[] = [];
      for (const item of taking) {
        try {
          await this.commitApplied([item]);
          applied.push(item.change);
        } catch (error) {
          this.unapplied.add(item.docId);
          const detail = error instanceof Error ? error.message : String(error);
          skipped.push({ docId: item.docId, reason: 'invalid', message: englishText(phrase('sync.skipped.invalid', { docId: item.docId, detail })) });
        }
      }
      return applied;
    }
  }

  private async commitApplied(items: { docId: string; change: SyncRecordChange }[], resolution = false): Promise<void> {
    const command: Command = { type: 'sync.apply', at: this.clock().toISOString(), changes: items.map(({ change }) => change), ...(resolution ? { resolution } : {}) };
    const saving = this.store.commit([command]);
    // The store's image of each record right after the apply (same turn): the base from now on.
    const images = items.map(({ docId, change }) => ({ docId, rev: change.rev, body: this.storeBody(docId) }));
    await saving;
    for (const { docId, rev, body } of images) {
      this.synced.set(docId, { rev, body });
      this.unapplied.delete(docId);
    }
  }

  /** A pulled revision that already says what the store holds (a restart after an apply, the same edit on both sides). */
  private adopt(docId: string, change: SyncRecordChange): void {
    this.synced.set(docId, { rev: change.rev, body: this.storeBody(docId) });
    this.unapplied.delete(docId);
    this.dirty.delete(docId);
  }

  /** Writes every record edited here as a new revision on top of its last-synced one. */
  private async writeLocalChanges(): Promise<string[]> {
    const docs: PouchDoc[] = [];
    const written: { docId: string; synced: SyncedImage }[] = [];
    for (const docId of [...this.dirty]) {
      // Not yet told apart from a pulled revision whose note was lost (see `unverified`): wait for a pull.
      if (this.unverified.has(docId)) continue;
      this.dirty.delete(docId);
      if (!this.changedSinceSynced(docId)) continue;
      const body = this.storeBody(docId);
      const parent = this.synced.get(docId)?.rev ?? null;
      const doc = revisionDoc(docId, parent, body);
      docs.push(doc);
      written.push({ docId, synced: { rev: doc._rev ?? '', body } });
    }
    if (docs.length === 0) return [];
    this.localWrites++;
    const results = await this.local.bulkDocs(docs, { new_edits: false });
    const failed = results.find((result) => result.error);
    if (failed) throw new Error(`The sync replica refused a revision: ${String(failed.message ?? failed.error)}`);
    for (const { docId, synced } of written) {
      this.synced.set(docId, synced);
      this.unpushed.add(docId);
      this.touched.add(docId);
    }
    return written.map(({ docId }) => docId);
  }

  /** Every record that has more than one current revision, with each revision's fields and their common ancestor. */
  async conflicts(): Promise<SyncConflict[]> {
    await this.refreshLeaves();
    const candidates = [...this.conflicted].sort();
    const { rows } = candidates.length > 0 ? await this.local.allDocs({ keys: candidates, include_docs: true, conflicts: true }) : { rows: [] };
    const found: SyncConflict[] = [];
    for (const row of rows) {
      const doc = row.doc;
      const target = parseDocumentId(row.key);
      if (!doc?._conflicts?.length || !target || !doc._rev) continue;
      const others = await Promise.all(doc._conflicts.map(async (rev) => ({ rev, record: documentBody(await this.local.get(doc._id, { rev })) })));
      found.push({ ...target, winner: { rev: doc._rev, record: documentBody(doc) }, others, base: await this.commonAncestor(doc._id, [doc._rev, ...doc._conflicts]) });
    }
    return found;
  }

  /** Re-reads the leaves of the documents touched since the last look. */
  private async refreshLeaves(): Promise<void> {
    if (this.touched.size === 0) return;
    const docIds = [...this.touched];
    this.touched.clear();
    for (const [docId, leaves] of await exportLeaves(this.local, docIds)) {
      this.leaves.set(docId, leaves);
      this.noteConflict(docId);
    }
  }

  private noteConflict(docId: string): void {
    const current = (this.leaves.get(docId) ?? []).filter((leaf) => !leaf._deleted);
    if (current.length > 1) this.conflicted.add(docId);
    else this.conflicted.delete(docId);
  }

  /** The newest revision every one of `revs` descends from, with its fields if this machine still has them. */
  private async commonAncestor(docId: string, revs: string[]): Promise<RecordRevision | null> {
    const opened = await this.local.get(docId, { open_revs: revs, revs: true });
    const ancestries = opened.flatMap((leaf) => ('ok' in leaf && leaf.ok._revisions ? [leaf.ok._revisions] : []));
    if (ancestries.length !== revs.length) return null;
    const lineage = (history: { start: number; ids: string[] }) => history.ids.map((hash, back) => `${history.start - back}-${hash}`);
    const [first, ...rest] = ancestries.map(lineage);
    const common = first?.find((rev) => rest.every((other) => other.includes(rev)));
    if (!common) return null;
    const kept = [this.ancestors.get(docId), this.synced.get(docId)].find((image) => image?.rev === common);
    if (kept) return { rev: common, record: kept.body };
    try {
      const ancestor = await this.local.get(docId, { rev: common });
      return { rev: common, record: ancestor._deleted ? null : documentBody(ancestor) };
    } catch {
      // Only leaf revisions' fields survive a restart; the ancestor's were not saved in time.
      return null;
    }
  }

  /**
   * Settles a conflict with the user's choice: the store takes `record` (one step in History),
   * the replica writes it on top of the winning revision and closes every other one, and the
   * next sync sends that to the server, where it clears the conflict on every machine.
   */
  async resolve(kind: Kind, id: string, record: Record<string, unknown>): Promise<void> {
    await this.running?.catch(() => undefined);
    const docId = documentId(kind, id);
    const current = await this.local.get(docId, { conflicts: true });
    if (!current._rev) return;
    const parsed = collectionSchemas[kind].parse({ ...record, id, rev: 0 }) as Record<string, unknown>;
    const chosen = recordToBody(parsed);
    const resolvedRev = revisionDoc(docId, current._rev, chosen)._rev ?? '';
    await this.commitApplied([{ docId, change: { kind, id, rev: resolvedRev, record: chosen } }], true);
    // The choice on top of the winner, and every other current revision closed (deleted).
    const docs = [revisionDoc(docId, current._rev, chosen), ...(current._conflicts ?? []).map((rev) => revisionDoc(docId, rev, null))];
    this.localWrites++;
    const results = await this.local.bulkDocs(docs, { new_edits: false });
    const failed = results.find((result) => result.error);
    if (failed) throw new Error(`The sync replica refused a revision: ${String(failed.message ?? failed.error)}`);
    this.unpushed.add(docId);
    this.touched.add(docId);
    await this.save();
  }

  /** Stops marking commits; waits for a sync under way; frees the in-memory replica. Saved state stays in the data folder. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.stopListening();
    // A replication waiting on the server stops now; what it pulled is applied and saved as usual.
    this.replication?.cancel();
    await this.running?.catch(() => undefined);
    await this.local.destroy();
  }

  /**
   * Saves what changed since the last save as one line of replica.log (O(change)); writes
   * replica.json whole instead when there is none of this epoch yet or the log has outgrown it.
   */
  private async save(): Promise<void> {
    // The bases of open conflicts, while the replica still holds them: a restart keeps only leaves.
    const open = await this.conflicts();
    const bases = new Map<string, SyncedImage>();
    for (const conflict of open) if (conflict.base) bases.set(documentId(conflict.kind, conflict.id), { rev: conflict.base.rev, body: conflict.base.record });
    for (const docId of [...this.ancestors.keys()]) if (!bases.has(docId)) this.ancestors.delete(docId);
    for (const [docId, base] of bases) if (this.ancestors.get(docId)?.rev !== base.rev) this.ancestors.set(docId, base);
    const fold = Math.max(LOG_FOLD_MIN_BYTES, this.baseBytes);
    if (this.epoch === null || this.logBytes > fold || this.marks.size > Math.max(256, this.leaves.size / 4)) return this.compact();
    // Taken now, put back if the append fails: a change marked while it is under way goes next time.
    const saving = [...this.marks];
    this.marks.clear();
    const docs: Record<string, ReplicaDocState> = {};
    for (const docId of saving) {
      docs[docId] = {
        synced: this.synced.get(docId) ?? null,
        ancestor: this.ancestors.get(docId) ?? null,
        leaves: (this.leaves.get(docId) ?? []) as ReplicaDocState['leaves'],
        unpushed: this.unpushed.has(docId),
        unapplied: this.unapplied.has(docId),
      };
    }
    try {
      this.logBytes += await appendReplicaLog(this.fs, this.store.dir, { epoch: this.epoch, pulledSince: this.pulledSince, docs });
    } catch (error) {
      for (const docId of saving) this.marks.add(docId);
      throw error;
    }
  }

  /** The whole replica as a new replica.json (a new epoch), then an empty log: the old lines name the old epoch, so a crash between the two loses nothing. */
  private async compact(): Promise<void> {
    const epoch = randomUUID();
    const saving = [...this.marks];
    this.marks.clear();
    const image: ReplicaImage = {
      format: 1,
      epoch,
      remote: remoteName(this.where),
      pulledSince: this.pulledSince,
      unpushed: [...this.unpushed],
      unapplied: [...this.unapplied],
      synced: Object.fromEntries(this.synced),
      ancestors: Object.fromEntries(this.ancestors),
      leaves: [...this.leaves.values()].flat() as ReplicaImage['leaves'],
    };
    try {
      this.baseBytes = await writeReplicaFile(this.fs, this.store.dir, image);
      this.epoch = epoch;
      await writeFileDurable(this.fs, replicaLogPath(this.store.dir), '');
      this.logBytes = 0;
    } catch (error) {
      for (const docId of saving) this.marks.add(docId);
      throw error;
    }
  }

  /** Marks every record whose fields differ from its last-synced image: local changes a crash or a closed app left unsent. */
  private markChangedSinceSynced(): void {
    const state = this.store.state;
    for (const kind of kinds) for (const id of Object.keys(state[kind])) this.dirty.add(documentId(kind, id));
    for (const docId of this.synced.keys()) this.dirty.add(docId);
    for (const docId of this.dirty) if (!this.changedSinceSynced(docId)) this.dirty.delete(docId);
    for (const docId of this.dirty) this.unverified.set(docId, this.storeBody(docId));
  }

  private storeBody(docId: string): DocumentBody | null {
    const target = parseDocumentId(docId);
    if (!target) return null;
    const table = this.store.state[target.kind] as Record<string, Record<string, unknown>>;
    return Object.hasOwn(table, target.id) ? recordToBody(table[target.id] ?? {}) : null;
  }

  private sameAsStore(docId: string, body: DocumentBody | null): boolean {
    return sameBody(this.storeBody(docId), body);
  }

  private changedSinceSynced(docId: string): boolean {
    const synced = this.synced.get(docId);
    const body = this.storeBody(docId);
    if (!synced) return body !== null;
    return !this.sameAsStore(docId, synced.body);
  }
}

function sameBody(a: DocumentBody | null, b: DocumentBody | null): boolean {
  return a === null || b === null ? a === b : canonicalJson(a) === canonicalJson(b);
}

/** A revision document on top of `parent` (null: a new document). The id is a digest of the parent and the content, as CouchDB's own. */
function revisionDoc(docId: string, parent: string | null, body: DocumentBody | null): PouchDoc {
  const parentGeneration = parent ? Number.parseInt(parent, 10) : 0;
  const parentHash = parent ? parent.slice(parent.indexOf('-') + 1) : null;
  const hash = createHash('md5')
    .update(canonicalJson({ parent, deleted: body === null, body }))
    .digest('hex');
  const generation = parentGeneration + 1;
  const ancestry = parentHash ? [hash, parentHash] : [hash];
  const base: PouchDoc = { _id: docId, _rev: `${generation}-${hash}`, _revisions: { start: generation, ids: ancestry } };
  return body === null ? { ...base, _deleted: true } : { ...body, ...base };
}

/** The server's address as kept and shown (no trailing slash); a SyncError (bad-url) for anything but http(s). */
export function describeTarget(target: SyncTarget): SyncServer {
  let url: URL;
  try {
    url = new URL(target.server);
  } catch {
    throw new SyncError('bad-url', phrase('sync.error.badUrl', { url: target.server }));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SyncError('bad-url', phrase('sync.error.badUrl', { url: target.server }));
  const path = url.pathname.replace(/\/+$/, '');
  return { server: `${url.protocol}//${url.host}${path}`, db: target.db };
}

function remoteName(where: SyncServer): string {
  return `${where.server}/${where.db}`;
}

/** Every request gives up after `ms`: a server that accepts and never answers must not hold a sync forever. */
function withTimeout(fetch: FetchLike, ms: number): FetchLike {
  return (url, init) => fetch(url, { ...init, signal: AbortSignal.timeout(ms) });
}

