import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { since, summarize, type Summary } from './stats';
import { scratchDir } from './workspaceOnDisk';

/**
 * What the machine alone does to an append+fdatasync while another thread of the same process keeps
 * a core busy: a worker that only computes (JSON in and out, as a compaction's parse and fold do)
 * and touches no file. On 2 cores this alone takes the floor's p95 up several times; it is why B1c
 * judges saves during a compaction against the floor measured during that compaction.
 */
export async function floorBesideBusyWorker(lineBytes: number, ms = 1500): Promise<{ idle: Summary; busy: Summary }> {
  const scratch = await scratchDir('b1-busy');
  const file = await open(join(scratch.dir, 'floor.log'), 'wx');
  const line = Buffer.alloc(Math.max(1, Math.round(lineBytes)), 0x61);
  let at = 0;
  const appendFor = async (duration: number): Promise<number[]> => {
    const samples: number[] = [];
    for (const end = performance.now() + duration; performance.now() < end; ) {
      const start = performance.now();
      await file.write(line, 0, line.byteLength, at);
      await file.datasync();
      at += line.byteLength;
      samples.push(since(start));
    }
    return samples;
  };
  try {
    const idle = await appendFor(ms);
    const worker = new Worker(
      `const { parentPort } = require('node:worker_threads');
       let stop = false; parentPort.on('message', () => { stop = true; });
       const tick = () => { const end = Date.now() + 50; let keep = [];
         while (Date.now() < end) keep.push(JSON.parse(JSON.stringify({ n: Math.random(), text: 'x'.repeat(200), list: [1, 2, 3] })));
         if (!stop) setImmediate(tick); else process.exit(0); };
       tick();`,
      { eval: true },
    );
    try {
      const busy = await appendFor(ms);
      return { idle: summarize(idle), busy: summarize(busy) };
    } finally {
      worker.postMessage('stop');
      await worker.terminate();
    }
  } finally {
    await file.close();
    await scratch.remove();
  }
}
