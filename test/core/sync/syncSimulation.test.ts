import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PouchDB, type PouchDatabase } from '../../../electron/core/sync/pouchdb';
import { documentId, recordToBody } from '../../../electron/core/sync/recordDocument';
import { SyncError } from '../../../electron/core/sync/SyncError';
import { SyncReplica } from '../../../electron/core/sync/SyncReplica';
import type { FsOps } from '../../../electron/core/store/FsOps';
import { Store } from '../../../electron/core/store/Store';
import { blankContactData } from '../../../electron/shared/schemas/contact';
import { memoryFs } from '../../helpers/memoryFs';
import { testDepth } from '../../helpers/testDepth';

/**
 * Three machines and a server, random schedules of local edits, deletes and purges, syncs,
 * conflict resolutions, machine restarts (half of them a kill during the replica's last log append: a torn line) and the server going away. The replication is
 * PouchDB to PouchDB in memory (the "server" is a memory database behind a switch that refuses
 * every call while it is down), and the stores write to a file system in memory; the HTTP path is covered by the
 * integration tests (SyncReplica, SyncService, the CLI) against the real test server.
 *
 * The oracle, after the server is back and every machine has synced a few rounds:
 * 1. every machine holds the same records and lists the same conflicts, nothing pending;
 * 2. no acknowledged local change is lost: every value a commit wrote is, at the end, either the
 *    record's value or one side of its conflict on every machine, unless a later change made on a
 *    machine that had seen it (an edit on top, a delete, a resolution that listed it) replaced it.
 */

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

/** The server's database behind a switch: while down, every call fails as a refused connection does. */
function switchedServer(): { db: PouchDatabase; setUp: (up: boolean) => void; isUp: () => boolean; destroy: () => Promise<unknown> } {
  const real = new PouchDB(`sim-server-${randomUUID()}`, { adapter: 'memory' });
  let up = true;
  const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5984'), { code: 'ECONNREFUSED' });
  const db = new Proxy(real, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (!up) throw refused();
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { db, setUp: (next) => (up = next), isUp: () => up, destroy: () => real.destroy() };
}

/** Cuts the file's last line in half, as a process killed during its append leaves it. */
async function tearLastLine(fs: FsOps, path: string): Promise<void> {
  const bytes = await fs.readFile(path).catch(() => Buffer.alloc(0));
  if (bytes.length === 0) return;
  const start = bytes.lastIndexOf(0x0a, bytes.length - 2) + 1;
  const handle = await fs.open(path, 'r+');
  await handle.truncate(start + Math.floor((bytes.length - start) / 2));
  await handle.close();
}

interface Machine {
  dir: string;
  store: Store;
  sync: SyncReplica;
}

/** A record id from the schedule's seed and step, so a seed replays the same records (uuid v4 layout). */
const simId = (seed: number, step: number) => `00000000-0000-4000-8000-${(seed * 1000 + step).toString(16).padStart(12, '0')}`;
const given = (record: Record<string, unknown> | null | undefined) => (typeof record?.given === 'string' ? record.given : null);

function state(store: Store | undefined): string {
  if (!store) return '';
  return JSON.stringify(Object.entries(store.state.contacts).map(([id, record]) => [documentId('contacts', id), recordToBody(record)]).sort());
}

async function conflictsOf(m: Machine | undefined): Promise<string> {
  if (!m) return '';
  const listed = await m.sync.conflicts();
  return JSON.stringify(listed.map((c) => [c.id, c.winner.rev, c.others.map((o) => o.rev).sort()]).sort());
}

/** Every value of `id` a machine can see now: the record's own, and each side of its conflict. */
async function visible(m: Machine, id: string): Promise<string[]> {
  const seen = [given(m.store.state.contacts[id])];
  const conflict = (await m.sync.conflicts()).find((c) => c.id === id);
  if (conflict) seen.push(...[conflict.winner, ...conflict.others].map((side) => given(side.record)));
  return seen.filter((value): value is string => value !== null);
}

/**
 * One group of schedules on the same three machines and server: each schedule starts where the
 * last one converged (records, open conflicts and tombstones carried over), so opening stores is
 * paid once per group, and later schedules edit records every machine already shares.
 */
async function runGroup(firstSeed: number, schedules: number, steps: number): Promise<{ syncs: number; conflicts: number }> {
  const server = switchedServer();
  const fs = memoryFs();
  let made = 0;
  const open = async (dir?: string): Promise<Machine> => {
    const folder = dir ?? `/sim/machine-${made++}`;
    await fs.mkdir(folder);
    const store = await Store.open({ dir: folder, owner: 'cli', fs });
    return { dir: folder, store, sync: await SyncReplica.open({ store, fs, remote: server.db, target: { server: 'http://sim.invalid', db: 'sim' } }) };
  };
  const machines = [await open(), await open(), await open()];
  // Each group its own clock: the groups run at once, and timestamps are part of the revisions.
  let clock = Date.parse('2026-12-01T09:00:00.000Z');
  const at = () => new Date((clock += 1000)).toISOString();
  /** Values written by acknowledged commits, by record, not yet replaced by a change made where they were seen. */
  const live = new Map<string, Set<string>>();
  const supersede = async (m: Machine, id: string) => {
    for (const value of await visible(m, id)) live.get(id)?.delete(value);
  };
  const wrote = (id: string, value: string) => {
    const values = live.get(id) ?? new Set<string>();
    values.add(value);
    live.set(id, values);
  };
  let syncs = 0;
  let conflicts = 0;
  try {
    for (let seed = firstSeed; seed < firstSeed + schedules; seed++) {
      const next = random(seed);
      const pick = <T,>(items: readonly T[]): T | undefined => items[Math.floor(next() * items.length)];
      const sync = async (m: Machine) => {
        try {
          await m.sync.syncOnce();
          syncs++;
        } catch (error) {
          if (!(error instanceof SyncError) || server.isUp()) throw error;
        }
      };
      for (let step = 0; step < steps; step++) {
        const index = Math.floor(next() * machines.length);
        const m = machines[index];
        if (!m) continue;
        const ids = Object.keys(m.store.state.contacts);
        const roll = next();
        if (roll < 0.15 || ids.length === 0) {
          const id = simId(seed, step);
          const value = `New ${seed}-${step}`;
          await m.store.commit([{ type: 'contact.create', at: at(), id, data: { ...blankContactData(), given: value } }]);
          wrote(id, value);
        } else if (roll < 0.5) {
          const id = pick(ids) ?? '';
          const value = `Edit ${seed}-${step}-${index}`;
          await supersede(m, id);
          await m.store.commit([{ type: 'contact.update', at: at(), id, data: { ...blankContactData(), given: value } }]);
          wrote(id, value);
        } else if (roll < 0.58) {
          const id = pick(ids) ?? '';
          await supersede(m, id);
          await m.store.commit([
            { type: 'contact.delete', at: at(), ids: [id] },
            { type: 'contact.purge', at: at(), ids: [id], expired: false },
          ]);
        } else if (roll < 0.84) {
          await sync(m);
        } else if (roll < 0.9) {
          const [conflict] = await m.sync.conflicts();
          const choice = conflict ? pick([conflict.winner, ...conflict.others]) : undefined;
          if (conflict && choice?.record) {
            await supersede(m, conflict.id);
            await m.sync.resolve('contacts', conflict.id, { ...choice.record, id: conflict.id });
            wrote(conflict.id, given(choice.record) ?? '');
          }
        } else if (roll < 0.95) {
          await m.sync.close();
          await m.store.close();
          // Half the restarts are a kill during the replica's last save: its log line is torn.
          if (next() < 0.5) await tearLastLine(fs, `${m.dir}/sync/replica.log`);
          machines[index] = await open(m.dir);
        } else {
          server.setUp(!server.isUp());
        }
      }
      // Server back; a, b, c, then a and b again: after c everything is on the server.
      server.setUp(true);
      for (const index of [0, 1, 2, 0, 1]) {
        const m = machines[index];
        if (m) await sync(m);
      }
      const expected = state(machines[0]?.store);
      const expectedConflicts = await conflictsOf(machines[0]);
      for (const m of machines) {
        expect(state(m.store), `seed ${seed} (group from ${firstSeed}): the same records everywhere`).toBe(expected);
        expect(await conflictsOf(m), `seed ${seed} (group from ${firstSeed}): the same conflicts everywhere`).toBe(expectedConflicts);
        expect(m.sync.pending, `seed ${seed} (group from ${firstSeed}): nothing left to send`).toBe(0);
      }
      // Checked on one machine: the others hold the same records and conflicts.
      const first = machines[0];
      if (!first) throw new Error('no machine');
      const listed = await first.sync.conflicts();
      for (const [id, values] of live) {
        const conflict = listed.find((c) => c.id === id);
        const seen = [given(first.store.state.contacts[id]), ...(conflict ? [conflict.winner, ...conflict.others].map((side) => given(side.record)) : [])];
        for (const value of values) expect(seen, `seed ${seed} (group from ${firstSeed}): ${value} (contacts:${id}) was acknowledged and never replaced`).toContain(value);
      }
      if (listed.length > 0) conflicts++;
    }
    return { syncs, conflicts };
  } finally {
    for (const m of machines) {
      await m.sync.close();
      await m.store.close();
    }
    await server.destroy();
  }
}

describe('sync simulation: three machines, random schedules', () => {
  const schedules = testDepth(1000, 3000);
  const steps = testDepth(6, 12);
  /** Schedules per group (fresh machines and server), and groups run at once: the store's file writes overlap. */
  const GROUP = 20;
  const AT_ONCE = 4;
  it(`${schedules} seeded schedules of ${steps} steps end with the same records and conflicts everywhere, and no acknowledged change lost`, async () => {
    const started = performance.now();
    const firstSeeds = Array.from({ length: Math.ceil(schedules / GROUP) }, (_, group) => 1 + group * GROUP);
    const totals = { syncs: 0, conflicts: 0 };
    for (let from = 0; from < firstSeeds.length; from += AT_ONCE) {
      const ran = await Promise.all(firstSeeds.slice(from, from + AT_ONCE).map((seed) => runGroup(seed, Math.min(GROUP, schedules + 1 - seed), steps)));
      for (const group of ran) {
        totals.syncs += group.syncs;
        totals.conflicts += group.conflicts;
      }
    }
    console.log(`[sync simulation] ${schedules} schedules, ${totals.syncs} syncs, ${totals.conflicts} ending with an open conflict, ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // The schedules must reach the cases they exist for.
    expect(totals.conflicts).toBeGreaterThan(schedules / 20);
  }, 900_000);

  // Found by the long run, each a kill tearing the replica log's last line. Seed 151 (group from
  // 141): the line noted a pulled revision the store had just applied; after the restart the
  // record looked edited here, and the next edit went on the stale branch, closing the other
  // machine's conflicting edit unseen. Seed 43 (group from 41, found with a first fix that
  // adopted any known revision equal to the store): the line was a resolution; the store then
  // showed a losing side while the other machines showed the winner.
  it('counterexamples kept: seed 151 (group from 141) and seed 43 (group from 41), 12 steps, a kill during the replica log append', async () => {
    await runGroup(41, 3, 12);
    await runGroup(141, 11, 12);
  }, 120_000);
});
