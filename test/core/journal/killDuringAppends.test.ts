import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Store } from '../../../electron/core/store/Store';
import { tempDir } from '../../helpers/tempDir';

const child = fileURLToPath(new URL('../../fixtures/processes/commitLoop.ts', import.meta.url));

/** Runs the commit loop until a random moment, kills it with SIGKILL, returns the last ack seen. */
function runAndKill(dir: string, id: string, killAfterMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, dir, '1000', id], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!timer && out.includes('ready\n')) timer = setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
    });
    proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    proc.on('error', reject);
    proc.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL' && !out.includes('ack')) return reject(new Error(`child ended without acks: ${err}`));
      const acks = [...out.matchAll(/ack (\d+)\n/g)].map((m) => Number(m[1]));
      resolve(acks.at(-1) ?? 0);
    });
  });
}

describe('kill -9 during appends', () => {
  it('always reloads the last acknowledged counter or the one in flight, and takes the dead lock over', async () => {
    const dir = await tempDir();
    const id = crypto.randomUUID();
    let previous = 0;
    for (let round = 0; round < 8; round++) {
      const lastAck = await runAndKill(dir, id, 20 + Math.floor(Math.random() * 150));
      const store = await Store.open({ dir, owner: 'cli' });
      const counter = Number(store.state.contacts[id]?.notes ?? 0);
      expect(counter, `round ${round}: last ack ${lastAck}`).toBeGreaterThanOrEqual(lastAck);
      expect(counter).toBeLessThanOrEqual(lastAck + 1);
      expect(counter).toBeGreaterThanOrEqual(previous);
      previous = counter;
      await store.close();
    }
  }, 120_000);
});
