import { randomUUID } from 'node:crypto';
import { PouchDB, type PouchDoc } from '../../electron/core/sync/pouchdb';
import { documentId, recordToBody } from '../../electron/core/sync/recordDocument';
import { SyncReplica } from '../../electron/core/sync/SyncReplica';
import { Store } from '../../electron/core/store/Store';
import { kinds } from '../../electron/shared/schemas/collections';
import type { Workspace } from '../../electron/shared/schemas/workspace';
import type { BenchContext } from '../BenchContext';
import { ratiosOf, type ScenarioResult } from '../BenchResult';
import { collectGarbage } from '../gc';
import { median, since } from '../stats';
import { benchSyncServer } from '../syncServer';
import { scratchDir, workspaceOnDisk } from '../workspaceOnDisk';

const BATCH = 500;

function documentsOf(workspace: Workspace): PouchDoc[] {
  const docs: PouchDoc[] = [];
  for (const kind of kinds) {
    for (const [id, record] of Object.entries(workspace[kind] as Record<string, Record<string, unknown>>)) docs.push({ _id: documentId(kind, id), ...recordToBody(record) });
  }
  return docs;
}

function countRecords(store: Store): number {
  return kinds.reduce((sum, kind) => sum + Object.keys(store.state[kind]).length, 0);
}

/** Ours: a workspace on disk pushed whole to an empty database, then an empty workspace joining (pulling everything), store commits and replica files included. */
async function runOurs(workspace: Workspace, origin: string, createDatabase: () => Promise<string>): Promise<{ push: number; pull: number; records: number }> {
  const db = await createDatabase();
  const data = await workspaceOnDisk(workspace, 'b12');
  const empty = await scratchDir('b12-join');
  try {
    const store = await Store.open({ dir: data.dir, owner: 'cli' });
    const replica = await SyncReplica.open({ store, target: { server: origin, db }, batchSize: BATCH, timeoutMs: 300_000 });
    collectGarbage();
    let start = performance.now();
    await replica.syncOnce();
    const push = since(start);
    await replica.close();
    await store.close();
    const joining = await Store.open({ dir: empty.dir, owner: 'cli' });
    const joined = await SyncReplica.open({ store: joining, target: { server: origin, db }, batchSize: BATCH, timeoutMs: 300_000 });
    collectGarbage();
    start = performance.now();
    await joined.syncOnce();
    const pull = since(start);
    const records = countRecords(joining);
    await joined.close();
    await joining.close();
    return { push, pull, records };
  } finally {
    await data.remove();
    await empty.remove();
  }
}

/** The baseline: PouchDB's own replication of the same documents between a memory database and the server (the probe), no store and no files. */
async function runRaw(docs: PouchDoc[], origin: string, createDatabase: () => Promise<string>): Promise<{ push: number; pull: number }> {
  const name = await createDatabase();
  const remote = new PouchDB(`${origin}/${name}`, { adapter: 'http', skip_setup: true });
  const source = new PouchDB(`bench-b12-${randomUUID()}`, { adapter: 'memory' });
  const target = new PouchDB(`bench-b12-${randomUUID()}`, { adapter: 'memory' });
  try {
    for (let from = 0; from < docs.length; from += 5000) await source.bulkDocs(docs.slice(from, from + 5000));
    collectGarbage();
    let start = performance.now();
    await source.replicate.to(remote, { batch_size: BATCH, checkpoint: false });
    const push = since(start);
    collectGarbage();
    start = performance.now();
    await target.replicate.from(remote, { batch_size: BATCH, checkpoint: false });
    return { push, pull: since(start) };
  } finally {
    await source.destroy();
    await target.destroy();
    await remote.close();
  }
}

/**
 * B12: the first sync of an existing workspace to an empty database (push), and a new machine
 * with an empty workspace joining it (pull), against the test server on 127.0.0.1 started here
 * and stopped after. The issue names no target: reported against PouchDB's own replication of
 * the same documents, so what our store, replica and files add is visible.
 */
export async function b12SyncFirst(ctx: BenchContext): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const size of ctx.sizes) {
    const { workspace } = ctx.workspace(size);
    const docs = documentsOf(workspace);
    const server = await benchSyncServer();
    const ours: { push: number; pull: number }[] = [];
    const raw: { push: number; pull: number }[] = [];
    try {
      for (let run = 0; run < ctx.runs; run++) {
        const figures = await runOurs(workspace, server.origin, () => server.createDatabase());
        if (figures.records !== docs.length) throw new Error(`The joining machine holds ${figures.records} records, not ${docs.length}.`);
        ours.push(figures);
        raw.push(await runRaw(docs, server.origin, () => server.createDatabase()));
        ctx.log(`  B12 ${size} run ${run + 1}: push ${(figures.push / 1000).toFixed(1)} s, pull ${(figures.pull / 1000).toFixed(1)} s (PouchDB alone ${((raw.at(-1)?.push ?? 0) / 1000).toFixed(1)} s / ${((raw.at(-1)?.pull ?? 0) / 1000).toFixed(1)} s)`);
      }
    } finally {
      await server.close();
    }
    for (const way of ['push', 'pull'] as const) {
      const mine = median(ours.map((figures) => figures[way]));
      const baselines = [{ name: `PouchDB replicate ${way === 'push' ? 'to' : 'from'} (memory <-> server)`, median: median(raw.map((figures) => figures[way])), p95: Math.max(...raw.map((figures) => figures[way])) }];
      results.push({
        id: 'B12',
        name: way === 'push' ? 'first push of a workspace to an empty database' : 'first pull into an empty workspace (joining)',
        size,
        unit: 'ms',
        median: mine,
        p95: Math.max(...ours.map((figures) => figures[way])),
        baselines,
        ratios: ratiosOf(mine, baselines),
        target: 'reported (no target in the issue)',
        pass: null,
        note: `${docs.length} documents, batches of ${BATCH}; ours includes the store's commits (pull: one journaled sync.apply per 500 records) and the replica files; p95 is the slowest of ${ctx.runs} runs; server in this process`,
      });
    }
  }
  return results;
}
