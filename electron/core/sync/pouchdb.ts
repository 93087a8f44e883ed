import PouchCore from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';

/** A document as PouchDB and CouchDB hold it: `_`-prefixed fields are theirs, the rest is ours. */
export interface PouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  /** A revision's ancestry, newest first: `start` is the newest's generation. */
  _revisions?: { start: number; ids: string[] };
  _conflicts?: string[];
  [field: string]: unknown;
}

export interface AllDocsRow {
  id?: string;
  key: string;
  error?: string;
  value?: { rev: string; deleted?: boolean };
  doc?: PouchDoc | null;
}

export interface ChangesResult {
  results: { id: string; seq: number | string; deleted?: boolean; changes: { rev: string }[] }[];
  last_seq: number | string;
}

export interface ReplicationOptions {
  /** Where to start reading the source's changes; with `checkpoint: false` the caller keeps it. */
  since?: number | string;
  checkpoint?: false | 'source' | 'target';
  doc_ids?: string[];
  batch_size?: number;
}

export interface ReplicationResult {
  ok: boolean;
  docs_read: number;
  docs_written: number;
  last_seq: number | string;
}

/** A one-shot replication: a promise of its result that also reports each batch written. */
export interface Replication extends Promise<ReplicationResult> {
  // Returns the replication itself; typed unknown so that calling it for the listener alone is no floating promise.
  on(event: 'change', listener: (info: { docs: PouchDoc[]; last_seq: number | string }) => void): unknown;
  cancel(): void;
}

export interface LiveChanges {
  on(event: 'change', listener: () => void): unknown;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  cancel(): void;
}

export interface PouchDatabase {
  readonly name: string;
  info(): Promise<{ doc_count: number; update_seq: number | string; db_name: string }>;
  get(id: string, options?: { rev?: string; conflicts?: boolean; revs?: boolean }): Promise<PouchDoc>;
  get(id: string, options: { open_revs: 'all' | string[]; revs?: boolean }): Promise<({ ok: PouchDoc } | { missing: string })[]>;
  bulkDocs(docs: PouchDoc[], options?: { new_edits?: boolean }): Promise<({ ok?: boolean; id?: string; rev?: string; error?: string | boolean; message?: string })[]>;
  allDocs(options: { keys?: string[]; include_docs?: boolean; conflicts?: boolean }): Promise<{ rows: AllDocsRow[] }>;
  changes(options: { since: number | string; style?: 'all_docs'; limit?: number; return_docs?: boolean }): Promise<ChangesResult>;
  /** The live feed: over HTTP, CouchDB's long polling, until cancelled or the server fails. */
  changes(options: { since: number | string; live: true; return_docs?: boolean }): LiveChanges;
  replicate: {
    to(target: PouchDatabase, options?: ReplicationOptions): Replication;
    from(source: PouchDatabase, options?: ReplicationOptions): Replication;
  };
  destroy(): Promise<unknown>;
  close(): Promise<unknown>;
}

export type FetchLike = (url: string, init: Record<string, unknown>) => Promise<unknown>;

export interface PouchOptions {
  adapter?: 'memory' | 'http';
  /** Never create a missing remote database: a missing one is an error the user is told about. */
  skip_setup?: boolean;
  auth?: { username: string; password: string };
  fetch?: FetchLike;
  prefix?: string;
}

export interface PouchStatic {
  new (name: string, options?: PouchOptions): PouchDatabase;
  plugin(plugin: unknown): PouchStatic;
  defaults(options: PouchOptions): PouchStatic;
  /** PouchDB's own fetch (node-fetch under Node), which its http adapter calls by default. */
  fetch: FetchLike;
}

/**
 * PouchDB with the parts Liaison uses: the http adapter (the server), the memory adapter (the
 * local replica, pure JS: memdown; no native leveldown in the app) and replication. The packages
 * ship no types; this one cast is where their shape is asserted (see pouchdb-modules.d.ts).
 */
export const PouchDB = withPlugins(PouchCore as PouchStatic & { adapters: Record<string, unknown>; prototype: object });

/**
 * Plugs each part in once: pouchdb-replication defines `replicate` on the shared prototype and
 * throws if it is defined again, which a second evaluation of this module (a test that resets
 * its modules to import main afresh) would do.
 */
function withPlugins(core: PouchStatic & { adapters: Record<string, unknown>; prototype: object }): PouchStatic {
  if (!Object.hasOwn(core.adapters, 'http')) core.plugin(httpAdapter);
  if (!Object.hasOwn(core.adapters, 'memory')) core.plugin(memoryAdapter);
  if (!('replicate' in core.prototype)) core.plugin(replication);
  return core;
}
