import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentId, recordToBody } from '../../../electron/core/sync/recordDocument';
import { SyncError } from '../../../electron/core/sync/SyncError';
import { SyncReplica } from '../../../electron/core/sync/SyncReplica';
import { Store } from '../../../electron/core/store/Store';
import { blankContactData } from '../../../electron/shared/schemas/contact';
import { startCouchServer, type CouchServer } from '../../helpers/couchServer';
import { tempDir } from '../../helpers/tempDir';
import { testDepth } from '../../helpers/testDepth';

/** A small seeded generator (mulberry32): a failing schedule is replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Machine {
  dir: string;
  store: Store;
  sync: SyncReplica;
}

let server: CouchServer;
let serverUp = true;

beforeAll(async () => {
  server = await startCouchServer(await mkdtemp(join(tmpdir(), 'liaison-couch-')));
});

afterAll(async () => {
  if (serverUp) await server.stop();
});

let clock = Date.parse('2026-12-01T09:00:00.000Z');
const at = () => new Date((clock += 1000)).toISOString();

function state(store: Store): string {
  return JSON.stringify(Object.entries(store.state.contacts).map(([id, record]) => [documentId('contacts', id), recordToBody(record)]).sort());
}

async function conflictsOf(m: Machine): Promise<string> {
  const listed = await m.sync.conflicts();
  return JSON.stringify(listed.map((c) => [c.id, c.winner.rev, c.others.map((o) => o.rev).sort()]).sort());
}

/**
 * Three machines, random schedules of local edits, purges, syncs, conflict resolutions, restarts
 * of a machine and of the server. Afterwards (server up, a few rounds of syncs) every machine
 * holds the same records and lists the same conflicts, and nothing is left pending.
 */
async function runSchedule(seed: number, db: string): Promise<void> {
  const next = random(seed);
  const pick = <T,>(items: readonly T[]): T | undefined => items[Math.floor(next() * items.length)];
  const open = async (dir?: string): Promise<Machine> => {
    const folder = dir ?? (await tempDir('liaison-sim-'));
    const store = await Store.open({ dir: folder, owner: 'cli' });
    return { dir: folder, store, sync: await SyncReplica.open({ store, target: { server: server.origin, db }, timeoutMs: 3_000 }) };
  };
  const machines = [await open(), await open(), await open()];
  const sync = async (m: Machine) => {
    try {
      await m.sync.syncOnce();
    } catch (error) {
      if (!(error instanceof SyncError) || serverUp) throw error;
    }
  };
  try {
    for (let step = 0; step < 30; step++) {
      const index = Math.floor(next() * machines.length);
      const m = machines[index];
      if (!m) continue;
      const ids = Object.keys(m.store.state.contacts);
      const roll = next();
      if (roll < 0.12 || ids.length === 0) {
        await m.store.commit([{ type: 'contact.create', at: at(), id: crypto.randomUUID(), data: { ...blankContactData(), given: `New ${seed}-${step}` } }]);
      } else if (roll < 0.52) {
        const id = pick(ids) ?? '';
        await m.store.commit([{ type: 'contact.update', at: at(), id, data: { ...blankContactData(), given: `Edit ${seed}-${step}-${index}` } }]);
      } else if (roll < 0.57) {
        const id = pick(ids) ?? '';
        await m.store.commit([
          { type: 'contact.delete', at: at(), ids: [id] },
          { type: 'contact.purge', at: at(), ids: [id], expired: false },
        ]);
      } else if (roll < 0.85) {
        await sync(m);
      } else if (roll < 0.9) {
        const [conflict] = await m.sync.conflicts();
        const choice = conflict ? pick([conflict.winner, ...conflict.others]) : undefined;
        if (conflict && choice?.record) await m.sync.resolve('contacts', conflict.id, { ...choice.record, id: conflict.id });
      } else if (roll < 0.95) {
        await m.sync.close();
        await m.store.close();
        machines[index] = await open(m.dir);
      } else if (serverUp) {
        await server.stop();
        serverUp = false;
      } else {
        await server.start();
        serverUp = true;
      }
    }
    if (!serverUp) {
      await server.start();
      serverUp = true;
    }
    for (let round = 0; round < 3; round++) for (const m of machines) await sync(m);
    const first = machines[0];
    if (!first) return;
    for (const m of machines) {
      expect(state(m.store), `seed ${seed}`).toBe(state(first.store));
      expect(await conflictsOf(m), `seed ${seed}`).toBe(await conflictsOf(first));
      expect(m.sync.pending, `seed ${seed}`).toBe(0);
    }
  } finally {
    for (const m of machines) {
      await m.sync.close();
      await m.store.close();
    }
  }
}

describe('sync simulation: three machines, random schedules', () => {
  const schedules = testDepth(3, 60);
  it(`${schedules} seeded schedules end with the same records and the same conflicts everywhere`, async () => {
    for (let seed = 1; seed <= schedules; seed++) await runSchedule(seed, await server.createDatabase());
  }, 120_000);
});
