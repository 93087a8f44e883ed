import { SyncService } from '../../electron/core/sync/SyncService';
import { Store } from '../../electron/core/store/Store';
import type { Contact, ContactData } from '../../electron/shared/schemas/contact';
import type { BenchContext } from '../BenchContext';
import type { ScenarioResult } from '../BenchResult';
import { createRandom } from '../random';
import { acrossRuns, since, summarize, type Summary } from '../stats';
import { benchSyncServer } from '../syncServer';
import { scratchDir, workspaceOnDisk } from '../workspaceOnDisk';

const CHANGES = 20;
const TARGET_MS = 2000;
/** Between two changes, so each is a sync of its own (live sync waits 500 ms after a change). */
const PAUSE_MS = 300;

interface Machine {
  store: Store;
  sync: SyncService;
  close: () => Promise<void>;
}

async function machine(dir: string, origin: string, db: string, remove: () => Promise<void>): Promise<Machine> {
  const store = await Store.open({ dir, owner: 'app' });
  const sync = await SyncService.open({ store, timeoutMs: 300_000 });
  await sync.connect({ server: origin, db, live: false });
  const first = await sync.syncNow();
  if (first.status.lastError) throw new Error(`The first sync failed: ${first.status.lastError.message}`);
  return {
    store,
    sync,
    close: async () => {
      await sync.close();
      await store.close();
      await remove();
    },
  };
}

/** How long after `commit` starts until `id` on `other` has `title`. */
function arrival(other: Store, id: string, title: string): Promise<number> {
  const start = performance.now();
  return new Promise((resolve) => {
    const stop = other.onChange(() => {
      if (other.state.contacts[id]?.title !== title) return;
      stop();
      resolve(since(start));
    });
  });
}

/**
 * One run: machine A (the workspace) pushes it to an empty database, machine B joins; both go
 * live as the app does (SyncService: a change waits 500 ms, then syncs; the other machine hears
 * of it on CouchDB's changes feed). Then CHANGES single-contact edits on A, one at a time: the
 * time from the edit's commit to the contact's new value in B's store.
 */
async function runOnce(ctx: BenchContext, size: number, run: number): Promise<Summary> {
  const { workspace, contactIds } = ctx.workspace(size);
  const server = await benchSyncServer();
  const machines: Machine[] = [];
  try {
    const db = await server.createDatabase();
    const aData = await workspaceOnDisk(workspace, 'b13a');
    const a = await machine(aData.dir, server.origin, db, aData.remove);
    machines.push(a);
    const bData = await scratchDir('b13b');
    const b = await machine(bData.dir, server.origin, db, bData.remove);
    machines.push(b);
    await a.sync.setLive(true, { persist: false });
    await b.sync.setLive(true, { persist: false });
    const random = createRandom(13_000 + run);
    const samples: number[] = [];
    for (let n = 0; n < CHANGES; n++) {
      const id = contactIds[Math.floor(random.next() * contactIds.length)] as string;
      const contact = a.store.state.contacts[id] as Contact;
      const title = `Live ${run}-${n}`;
      const data: Record<string, unknown> = { ...contact, title };
      for (const bookkeeping of ['id', 'rev', 'createdAt', 'updatedAt', 'example']) delete data[bookkeeping];
      const arrived = arrival(b.store, id, title);
      await a.store.commit([{ type: 'contact.update', at: new Date().toISOString(), id, data: data as ContactData }]);
      samples.push(await withDeadline(arrived, 60_000, `change ${n} did not arrive within 60 s`));
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    }
    const summary = summarize(samples);
    ctx.log(`  B13 ${size} run ${run + 1}: p50 ${summary.median.toFixed(0)} ms, p95 ${summary.p95.toFixed(0)} ms, max ${summary.max.toFixed(0)} ms`);
    return summary;
  } finally {
    for (const m of machines.reverse()) await m.close();
    await server.close();
  }
}

function withDeadline<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([work, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)))]).finally(() => clearTimeout(timer));
}

/** B13: a single change from one machine to another in live mode, p50/p95 over CHANGES changes; target: visible within 2 s. */
export async function b13SyncLive(ctx: BenchContext): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const size of ctx.sizes) {
    const runs: Summary[] = [];
    for (let run = 0; run < ctx.runs; run++) runs.push(await runOnce(ctx, size, run));
    const ours = acrossRuns(runs);
    results.push({
      id: 'B13',
      name: 'one change from one machine to another, live sync',
      size,
      unit: 'ms',
      median: ours.median,
      p95: ours.p95,
      baselines: [],
      ratios: {},
      target: `p95 <= ${TARGET_MS} ms (visible on the other machine within 2 s)`,
      pass: ours.p95 <= TARGET_MS,
      note: `${CHANGES} single-contact edits per run, from A's commit to B's store; includes live sync's 500 ms wait after a change; server in this process`,
      details: { max: ours.max },
    });
  }
  return results;
}
