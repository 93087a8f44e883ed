import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Store } from '../../../electron/core/store/Store';
import { ContactInputSchema } from '../../../electron/shared/schemas/contact';
import { at } from '../../helpers/commands';
import { useTempDirs } from './fsTestKit';
import { PowerLossFs, type Chooser, type Fate } from './powerLossFs';
import { testDepth } from '../../helpers/testDepth';

const COUNTER = '00000000-0000-4000-8000-000000000001';

type Step = { kind: 'commit' } | { kind: 'compact' } | { kind: 'fault'; code: 'EIO' | 'ENOSPC' };

interface Outcome {
  /** The counter of the last commit the store acknowledged. */
  acked: number;
  /** The highest counter any commit carried (acknowledged, in flight or refused). */
  issued: number;
}

/** A chooser seeded for replay; `fixed` gives every pending operation the same fate. */
function chooser(seed: number, fixed?: Fate): Chooser {
  let s = seed >>> 0;
  const fates: Fate[] = ['apply', 'drop', 'garble'];
  return () => {
    if (fixed) return fixed;
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return fates[(((t ^ (t >>> 14)) >>> 0) % 3) as 0 | 1 | 2] ?? 'apply';
  };
}

/**
 * Runs `steps` against a store on `plf` until the power goes: commit n creates contact `n<n>` and
 * sets the counter to n in one transaction; a fault makes the next fdatasync or write fail once.
 */
async function runScript(plf: PowerLossFs, steps: readonly Step[]): Promise<Outcome> {
  const outcome: Outcome = { acked: 0, issued: 0 };
  let store: Store;
  try {
    store = await Store.open({ dir: plf.root, owner: 'app', fs: plf.fs, compaction: { maxLines: 4 } });
  } catch {
    await plf.release();
    return outcome;
  }
  let faultNext: string | null = null;
  for (const step of steps) {
    if (plf.crashedYet) break;
    if (step.kind === 'fault') {
      faultNext = step.code;
      continue;
    }
    try {
      if (step.kind === 'compact') {
        await store.compact();
        continue;
      }
      const n = outcome.issued + 1;
      const commands = [
        { type: 'contact.create' as const, at: at(), id: crypto.randomUUID(), data: ContactInputSchema.parse({ family: `n${n}` }) },
        n === 1
          ? { type: 'contact.create' as const, at: at(), id: COUNTER, data: ContactInputSchema.parse({ family: 'Counter', notes: '1' }) }
          : { type: 'contact.update' as const, at: at(), id: COUNTER, data: ContactInputSchema.parse({ family: 'Counter', notes: String(n) }) },
      ];
      if (faultNext) {
        // The next durability step of this commit fails: an fdatasync (EIO) or the first write (ENOSPC).
        plf.faults.set(plf.operations + (faultNext === 'EIO' ? 1 : 0), faultNext);
        faultNext = null;
      }
      outcome.issued = n;
      await store.commit(commands);
      outcome.acked = n;
    } catch {
      // A refused commit (injected fault) or the power going: the script goes on until the crash.
    }
  }
  if (!plf.crashedYet) await store.whenIdle();
  await plf.release();
  return outcome;
}

/** Reboots from the crash image and checks the store holds the last acknowledged state or newer. */
async function recoverAndCheck(plf: PowerLossFs, outcome: Outcome, label: string): Promise<void> {
  const rebooted = mkdtempSync(join(tmpdir(), 'liaison-reboot-'));
  plf.image(rebooted);
  const store = await Store.open({ dir: rebooted, owner: 'cli' });
  try {
    const contacts = Object.values(store.state.contacts);
    const counter = Number(store.state.contacts[COUNTER]?.notes ?? 0);
    const detail = `${label}; acked ${outcome.acked}, issued ${outcome.issued}, recovered ${counter}\n${plf.log.join('\n')}`;
    expect(counter, detail).toBeGreaterThanOrEqual(outcome.acked);
    expect(counter, detail).toBeLessThanOrEqual(outcome.issued);
    // Whole commits only: exactly the contacts n1..n<counter>, each once.
    const families = contacts.filter((c) => c.id !== COUNTER).map((c) => c.family).sort();
    expect(families, detail).toEqual(Array.from({ length: counter }, (_, i) => `n${i + 1}`).sort());
  } finally {
    await store.close();
  }
}

const SCRIPT: Step[] = [
  { kind: 'commit' },
  { kind: 'commit' },
  { kind: 'commit' },
  { kind: 'compact' },
  { kind: 'commit' },
  { kind: 'fault', code: 'EIO' },
  { kind: 'commit' },
  { kind: 'commit' },
  { kind: 'commit' },
];

/** Figures for the README, printed once per run. */
const tally = { crashPoints: 0, images: 0, randomScripts: 0 };

describe('simulated power loss (pending writes applied, dropped or garbled at each crash point)', () => {
  const temp = useTempDirs();

  it('saves the snapshot as fsync(temp) < rename < fsync(folder), and the script runs clean without a crash', async () => {
    const plf = new PowerLossFs(temp(), Number.POSITIVE_INFINITY, chooser(1));
    const outcome = await runScript(plf, SCRIPT);
    expect(outcome.acked).toBe(7);
    const renames = plf.log.flatMap((line, i) => (/^rename (liaison\.json\.\S+\.tmp) -> liaison\.json$/.test(line) ? [i] : []));
    expect(renames.length).toBeGreaterThanOrEqual(3); // first save, compaction, rewrite after the failed fsync
    for (const i of renames) {
      const temp = /^rename (\S+) ->/.exec(plf.log[i] ?? '')?.[1] ?? '';
      const synced = plf.log.findLastIndex((line, j) => j < i && line === `sync ${temp}`);
      const folderSynced = plf.log.findIndex((line, j) => j > i && line === 'syncDir .');
      expect(synced, plf.log.join('\n')).toBeGreaterThanOrEqual(0);
      expect(folderSynced).toBeGreaterThan(i);
      expect(plf.log.slice(synced, folderSynced).filter((l) => l.startsWith('rename'))).toEqual([plf.log[i]]);
    }
    // The journal switch during compaction and the rewrite from memory both appear in the script.
    expect(plf.log.filter((l) => /^open journal-\d+\.log wx$/.test(l)).length).toBeGreaterThanOrEqual(3);
    await recoverAndCheck(plf, outcome, 'no crash');
  });

  it('recovers the last durable state or newer at every operation of the script, for every fate', async () => {
    const dry = new PowerLossFs(temp(), Number.POSITIVE_INFINITY, chooser(1));
    await runScript(dry, SCRIPT);
    const total = dry.operations;
    expect(total).toBeGreaterThan(60);
    const fates: [string, (k: number) => Chooser][] = [
      ['all applied', () => chooser(0, 'apply')],
      ['all dropped', () => chooser(0, 'drop')],
      ['all garbled', () => chooser(0, 'garble')],
      ['mixed, seed 1', (k) => chooser(k * 7919 + 1)],
      ['mixed, seed 2', (k) => chooser(k * 7919 + 2)],
      ['mixed, seed 3', (k) => chooser(k * 7919 + 3)],
    ];
    for (let k = 0; k < total; k++) {
      for (const [name, make] of fates) {
        const plf = new PowerLossFs(temp(), k, make(k));
        const outcome = await runScript(plf, SCRIPT);
        await recoverAndCheck(plf, outcome, `crash at operation ${k} (${dry.log[k]}), ${name}`);
        tally.images++;
      }
      tally.crashPoints++;
    }
    console.log(`power loss: ${tally.crashPoints} crash points x ${fates.length} fates = ${tally.images} reboots, all recovered`);
  }, 240_000);

  it('recovers for random scripts, crash points and fates (fast-check)', async () => {
    const step = fc.oneof(
      { weight: 6, arbitrary: fc.constant<Step>({ kind: 'commit' }) },
      { weight: 1, arbitrary: fc.constant<Step>({ kind: 'compact' }) },
      { weight: 1, arbitrary: fc.constantFrom<Step>({ kind: 'fault', code: 'EIO' }, { kind: 'fault', code: 'ENOSPC' }) },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), fc.nat(200), fc.nat(), async (steps, crashAt, seed) => {
        const plf = new PowerLossFs(temp(), crashAt, chooser(seed));
        const outcome = await runScript(plf, steps);
        await recoverAndCheck(plf, outcome, `script ${JSON.stringify(steps)}, crash at ${crashAt}, seed ${seed}`);
        tally.randomScripts++;
      }),
      { numRuns: testDepth(500, 1500) },
    );
    console.log(`power loss: ${tally.randomScripts} random scripts with random crash points, all recovered`);
  }, 240_000);
});
