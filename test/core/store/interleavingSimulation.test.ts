// The store under a deterministic, seeded interleaving simulation (after FoundationDB's): the
// real Store over a simulated disk whose every call is a scheduling point, random programs of
// commits, compactions, cancels, backups, exports, restores, closes, reopens, a second process
// taking the lock, injected ENOSPC/EIO, kill -9 and power cuts, with the invariants checked
// after every step (see sim/simulate.ts). Each run starts from a fresh seed; a broken invariant
// prints its seed and the last steps, and `runSchedule(seed)` replays the same program and
// choices (code that reads the real clock, such as the lock's age checks, can still branch
// differently). `npm run soak` runs far more.
import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { describeBroken, explore } from './sim/explore';
import { runSchedule } from './sim/simulate';

const SCHEDULES = Number(process.env.LIAISON_SIM_SCHEDULES ?? 2000);
/** On a loaded machine fewer schedules run; the count run is printed. */
const BUDGET_S = Number(process.env.LIAISON_SIM_SECONDS ?? 25);

describe('the store under a seeded interleaving simulation', () => {
  it('keeps every invariant over random schedules of overlapping operations, faults and crashes', async () => {
    const first = Number(process.env.LIAISON_SIM_SEED ?? randomInt(2 ** 31));
    const result = await explore(first, { count: SCHEDULES, seconds: BUDGET_S });
    console.log(
      `[simulation] ${result.schedules} schedules from seed ${first}, ${result.steps} steps, ${result.checks} invariant checks, ` +
        `${result.crashes} power cuts, ${result.seconds.toFixed(1)} s`,
    );
    const broken = result.broken[0];
    expect(broken ? describeBroken(broken) : null, `replay with LIAISON_SIM_SEED=${broken?.seed ?? first}`).toBeNull();
    expect(result.schedules).toBeGreaterThanOrEqual(Math.min(100, SCHEDULES));
  }, 120_000);

  it('says so when the disk loses acknowledged commits (an fdatasync that lies)', async () => {
    const results = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => runSchedule(seed, { lyingDatasync: true })));
    const lost = results.filter((r) => r.violation?.includes('after reopening, memory lacks acknowledged changes'));
    expect(lost.length, results.map((r) => r.violation).join('\n')).toBeGreaterThan(0);
  });
});
