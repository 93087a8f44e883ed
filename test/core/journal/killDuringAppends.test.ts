import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../../electron/core/store/Store';
import { bundleChildScript } from '../../helpers/bundleChildScript';
import { tempDir } from '../../helpers/tempDir';
import { testDepth } from '../../helpers/testDepth';

const entry = fileURLToPath(new URL('../../fixtures/processes/commitLoop.ts', import.meta.url));
const MOMENTS = testDepth(80, 210);

let bundleDir = '';
let child = '';

beforeAll(async () => {
  bundleDir = await mkdtemp(join(tmpdir(), 'liaison-commitloop-'));
  child = await bundleChildScript(entry, bundleDir, 'commitLoop.mjs');
}, 120_000);

afterAll(async () => {
  if (bundleDir) await rm(bundleDir, { recursive: true, force: true });
});

/**
 * Runs the commit loop and kills it with SIGKILL at a random moment: after a random delay, or as
 * soon as a random number of acks has been seen. Returns the last ack printed before the kill.
 */
function runAndKill(dir: string, id: string, moment: { delayMs: number } | { afterAcks: number }): Promise<number> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dir, '1000', id], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let acksSeen = 0;
    let timer: NodeJS.Timeout | undefined;
    let started = false;
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!started && out.includes('ready\n')) {
        started = true;
        if ('delayMs' in moment) timer = setTimeout(() => proc.kill('SIGKILL'), moment.delayMs);
      }
      if ('afterAcks' in moment) {
        acksSeen = (out.match(/ack \d+\n/g) ?? []).length;
        if (acksSeen >= moment.afterAcks) proc.kill('SIGKILL');
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    proc.on('error', reject);
    proc.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`the child was not killed (it ended by itself): ${err}`));
      const acks = [...out.matchAll(/ack (\d+)\n/g)].map((m) => Number(m[1]));
      resolve(acks.at(-1) ?? 0);
    });
  });
}

describe('kill -9 during appends (a bundled child, 1,000 commits per run)', () => {
  it(`reloads the last acknowledged counter or the one in flight at ${MOMENTS} random moments, taking the dead lock over`, async () => {
    const dir = await tempDir();
    const id = crypto.randomUUID();
    let previous = 0;
    const gaps = new Map<number, number>();
    let maxCounter = 0;
    for (let round = 0; round < MOMENTS; round++) {
      // Half the moments are timed (they land in appends, compactions and start-up), half follow an ack.
      const moment = round % 2 === 0 ? { delayMs: Math.floor(Math.random() * 60) } : { afterAcks: 1 + Math.floor(Math.random() * 40) };
      const lastAck = await runAndKill(dir, id, moment);
      const store = await Store.open({ dir, owner: 'cli' });
      const counter = Number(store.state.contacts[id]?.notes ?? 0);
      // A run killed before its first ack has acknowledged nothing new: the floor is the last reload.
      const acknowledged = Math.max(lastAck, previous);
      const detail = `round ${round}, moment ${JSON.stringify(moment)}: last ack ${lastAck}, reloaded ${counter}`;
      expect(counter, detail).toBeGreaterThanOrEqual(acknowledged);
      expect(counter, detail).toBeLessThanOrEqual(acknowledged + 1);
      gaps.set(counter - acknowledged, (gaps.get(counter - acknowledged) ?? 0) + 1);
      previous = counter;
      maxCounter = counter;
      await store.close();
    }
    const spread = [...gaps.keys()];
    console.log(
      `kill -9: ${MOMENTS} moments, counter reached ${maxCounter}; reloaded minus last acknowledged: min ${Math.min(...spread)}, max ${Math.max(...spread)} (${[...gaps].map(([g, n]) => `${g}: ${n}x`).join(', ')})`,
    );
  }, 300_000);
});
