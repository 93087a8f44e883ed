// The store under a deterministic, seeded interleaving simulation (after FoundationDB's): the
// real Store over a simulated disk whose every call is a scheduling point, random programs of
// commits, compactions, cancels, backups, exports, restores, closes, reopens, a second process
// taking the lock, injected ENOSPC/EIO, kill -9 and power cuts, with the invariants checked
// after every step (see sim/simulate.ts). The lock runs on the simulation's clock, processes and
// boots (StoreOptions.lock), so a seed replays the same schedule in any process: a broken
// invariant prints its seed, and `runSchedule(seed)` shows the same story.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { normalizedTrace } from './sim/explore';
import { runSchedule } from './sim/simulate';

const replayScript = fileURLToPath(new URL('../../fixtures/processes/replaySchedule.ts', import.meta.url));

async function replayInFreshProcess(seed: number): Promise<{ steps: number; violation: string | null; trace: string[] }> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', replayScript, String(seed)], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as { steps: number; violation: string | null; trace: string[] };
}

describe('the store under a seeded interleaving simulation', () => {
  it('says so when the disk loses acknowledged commits (an fdatasync that lies)', async () => {
    const results = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => runSchedule(seed, { lyingDatasync: true })));
    const lost = results.filter((r) => r.violation?.includes('after reopening, memory lacks acknowledged changes'));
    expect(lost.length, results.map((r) => r.violation).join('\n')).toBeGreaterThan(0);
  });

  it('replays a seed step for step in a fresh process (lock contention, sleeps and a power cut included)', async () => {
    // 853657974 takes the lock from a second process and crashes; its trace has a few hundred steps.
    const seed = 853657974;
    const [first, second] = await Promise.all([replayInFreshProcess(seed), replayInFreshProcess(seed)]);
    const here = await runSchedule(seed);
    expect(first?.trace.length).toBeGreaterThan(50);
    expect(second).toEqual(first);
    expect({ steps: here.steps, violation: here.violation, trace: normalizedTrace(here) }).toEqual(first);
  }, 60_000);
});
