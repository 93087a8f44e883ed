import { readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { Store } from '../../electron/core/store/Store';
import { checksumFilePath, storeFilePath } from '../../electron/core/store/storeFilePath';
import { WorkspaceSchema, type Workspace } from '../../electron/shared/schemas/workspace';
import type { BenchContext } from '../BenchContext';
import { ratiosOf, type ScenarioResult } from '../BenchResult';
import { collectGarbage } from '../gc';
import { acrossRuns, since, summarize, type Summary } from '../stats';
import { scratchDir, workspaceOnDisk } from '../workspaceOnDisk';

async function timed(work: () => Promise<unknown>): Promise<number> {
  collectGarbage();
  const start = performance.now();
  await work();
  return since(start);
}

/**
 * B2: opening the largest workspace: lock, snapshot read, checksum, parse, journal replay
 * (<= 1.3x a raw readFile + JSON.parse of the same file, and faster than stock lowdb's read()).
 * The page cache is warm for every reader alike: dropping it needs root and would slow every other
 * process on the machine. Full zod validation (what a load without a matching checksum adds) is
 * timed apart, and so is an open whose checksum is missing.
 */
export async function b2Load(ctx: BenchContext): Promise<ScenarioResult[]> {
  const size = ctx.largest;
  const workspace = ctx.workspace(size).workspace;
  const data = await workspaceOnDisk(workspace, 'b2');
  const scratch = await scratchDir('b2-lowdb');
  const path = storeFilePath(data.dir);
  try {
    // Stock lowdb writes its own file (JSON.stringify with two-space indents) and reads it back.
    const lowPath = join(scratch.dir, 'db.json');
    await new Low<Workspace>(new JSONFile<Workspace>(lowPath), workspace).write();
    const bytes = (await readFile(path)).byteLength;
    const lowBytes = (await readFile(lowPath)).byteLength;

    const runs: Record<'ours' | 'raw' | 'lowdb' | 'lowdbSame' | 'validate', Summary[]> = { ours: [], raw: [], lowdb: [], lowdbSame: [], validate: [] };
    const readers: { name: keyof typeof runs; read: () => Promise<unknown> }[] = [
      {
        name: 'ours',
        read: async () => {
          const store = await Store.open({ dir: data.dir, owner: 'app' });
          // Closed outside the timing: `timed` measures up to here.
          closing = store.close();
        },
      },
      { name: 'raw', read: async () => JSON.parse((await readFile(path)).toString('utf8')) as unknown },
      { name: 'lowdb', read: () => new Low<Workspace | null>(new JSONFile<Workspace | null>(lowPath), null).read() },
      { name: 'lowdbSame', read: () => new Low<Workspace | null>(new JSONFile<Workspace | null>(path), null).read() },
    ];
    let closing: Promise<void> = Promise.resolve();
    for (let run = 0; run < ctx.runs; run++) {
      // Each run starts with another reader: what runs first meets a different heap and page cache.
      for (let i = 0; i < readers.length; i++) {
        const reader = readers[(i + run) % readers.length] as (typeof readers)[number];
        runs[reader.name].push(summarize([await timed(reader.read)]));
        await closing;
      }
      const parsed = JSON.parse((await readFile(path)).toString('utf8')) as unknown;
      runs.validate.push(summarize([await timed(() => Promise.resolve(WorkspaceSchema.parse(parsed)))]));
      ctx.log(`  B2 run ${run + 1}: ours ${runs.ours.at(-1)?.median.toFixed(0)} ms, raw ${runs.raw.at(-1)?.median.toFixed(0)} ms, lowdb ${runs.lowdb.at(-1)?.median.toFixed(0)} ms`);
    }

    // The same open without the checksum beside the snapshot: every record through zod.
    const slow: Summary[] = [];
    for (let run = 0; run < ctx.runs; run++) {
      await unlink(checksumFilePath(data.dir)).catch(() => undefined);
      let store: Store | undefined;
      slow.push(summarize([await timed(async () => (store = await Store.open({ dir: data.dir, owner: 'app' })))]));
      await store?.close();
    }

    const ours = acrossRuns(runs.ours);
    const baselines = [
      { name: 'readFile + JSON.parse', ...medianAndP95(runs.raw) },
      { name: 'stock lowdb read() (its own file)', ...medianAndP95(runs.lowdb) },
      { name: 'stock lowdb read() (the same file)', ...medianAndP95(runs.lowdbSame) },
    ];
    const raw = baselines[0]?.median ?? Number.NaN;
    const lowdb = baselines[1]?.median ?? Number.NaN;
    const validate = acrossRuns(runs.validate);
    const full = acrossRuns(slow);
    const at100k = size === 100_000;
    return [
      {
        id: 'B2',
        name: 'cold load (Store.open)',
        size,
        unit: 'ms',
        median: ours.median,
        p95: ours.p95,
        baselines,
        ratios: ratiosOf(ours.median, baselines),
        target: '<= 1.3x readFile + JSON.parse; faster than stock lowdb read()',
        pass: at100k ? ours.median <= 1.3 * raw && ours.median < lowdb : null,
        note: `snapshot ${(bytes / 2 ** 20).toFixed(1)} MB (lowdb's own file ${(lowBytes / 2 ** 20).toFixed(1)} MB); each reader once per run, in rotating order, after a full GC; page cache warm for every reader`,
      },
      {
        id: 'B2v',
        name: 'zod validation of the loaded workspace (skipped when the checksum matches)',
        size,
        unit: 'ms',
        median: validate.median,
        p95: validate.p95,
        baselines: [],
        ratios: {},
        target: 'reported apart',
        pass: null,
        details: { 'Store.open without the checksum (full validation), median ms': Number(full.median.toFixed(1)) },
      },
    ];
  } finally {
    await data.remove();
    await scratch.remove();
  }
}

function medianAndP95(runs: readonly Summary[]): { median: number; p95: number } {
  const s = acrossRuns(runs);
  return { median: s.median, p95: s.p95 };
}
