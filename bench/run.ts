// The benchmark suite (`npm run bench`, never part of `npm test`):
//
//   node --expose-gc --import tsx bench/run.ts [--only B1,B3] [--sizes 1000,10000,100000] [--runs 3]
//                                              [--seed N] [--out test-results/bench.json] [--in-process]
//
// Each scenario measures ours and its baselines in one process on the same seeded workspaces (a
// process per scenario when several run, unless --in-process); figures are the median over --runs
// runs. Prints a table and writes test-results/bench.json.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BenchContext } from './BenchContext';
import type { BenchReport, ScenarioResult } from './BenchResult';
import { describeMachine } from './machine';
import { formatMarkdown, formatTable, writeReport } from './report';
import { b1Save } from './scenarios/b1Save';
import { b2Load } from './scenarios/b2Load';
import { b3Search } from './scenarios/b3Search';
import { b4IndexBuild } from './scenarios/b4IndexBuild';
import { b5Scroll } from './scenarios/b5Scroll';
import { b6Edit } from './scenarios/b6Edit';
import { b8Export } from './scenarios/b8Export';
import { b9Import } from './scenarios/b9Import';
import { b10StartUp } from './scenarios/b10StartUp';
import { b11Memory } from './scenarios/b11Memory';
import { b12SyncFirst } from './scenarios/b12SyncFirst';
import { b13SyncLive } from './scenarios/b13SyncLive';
import { b14SaveDuringSync } from './scenarios/b14SaveDuringSync';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const scenarios: { id: string; run: (ctx: BenchContext) => Promise<ScenarioResult[]> | ScenarioResult[] }[] = [
  { id: 'B1', run: b1Save },
  { id: 'B2', run: b2Load },
  { id: 'B3', run: b3Search },
  { id: 'B4', run: b4IndexBuild },
  { id: 'B5', run: b5Scroll },
  { id: 'B6', run: b6Edit },
  { id: 'B8', run: b8Export },
  { id: 'B9', run: b9Import },
  { id: 'B10', run: b10StartUp },
  { id: 'B11', run: b11Memory },
  { id: 'B12', run: b12SyncFirst },
  { id: 'B13', run: b13SyncLive },
  { id: 'B14', run: b14SaveDuringSync },
];

/** Runs one scenario in a child process (this script, --only) and returns its results. */
async function runIsolated(id: string, args: string[]): Promise<ScenarioResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'liaison-bench-run-'));
  const out = join(dir, `${id}.json`);
  try {
    const code = await new Promise<number | null>((resolveRun, reject) => {
      const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--only', id, ...args, '--out', out], { stdio: ['ignore', 'ignore', 'inherit'] });
      child.once('error', reject);
      child.once('exit', (exitCode) => resolveRun(exitCode));
    });
    if (code === 2) throw new Error(`${id} stopped with an error (see above).`);
    return (JSON.parse(await readFile(out, 'utf8')) as BenchReport).scenarios;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function numbers(text: string, what: string): number[] {
  const list = text.split(',').map((part) => Number(part.trim()));
  if (list.length === 0 || list.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`${what} must be positive whole numbers separated by commas, not "${text}".`);
  return list;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      sizes: { type: 'string', default: '1000,10000,100000' },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '20190921' },
      out: { type: 'string', default: join(repoRoot, 'test-results', 'bench.json') },
      'in-process': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const only = values.only ? values.only.split(',').map((id) => id.trim().toUpperCase()) : null;
  const unknown = only?.filter((id) => !scenarios.some((s) => s.id === id)) ?? [];
  if (unknown.length > 0) throw new Error(`No scenario ${unknown.join(', ')}; the scenarios are ${scenarios.map((s) => s.id).join(', ')}.`);
  const ctx = new BenchContext(numbers(values.sizes, '--sizes'), numbers(values.runs, '--runs')[0] ?? 3, Number(values.seed), (line) => process.stderr.write(`${line}\n`));
  if (!(globalThis as { gc?: unknown }).gc) ctx.log('note: run with node --expose-gc for a full collection between runs (less noise)');

  const machine = await describeMachine();
  const results: ScenarioResult[] = [];
  const chosen = scenarios.filter((scenario) => !only || only.includes(scenario.id));
  // Several scenarios: each in a process of its own, so none inherits another's heap, worker or
  // disk writes still draining (B2's reads ran up to 25% slower right after B1's saves).
  const isolated = chosen.length > 1 && !values['in-process'];
  for (const scenario of chosen) {
    ctx.log(`${scenario.id}: ${isolated ? 'starting its process' : 'running'} (load average ${loadavg()[0]?.toFixed(2)})`);
    const started = performance.now();
    try {
      const args = ['--sizes', values.sizes, '--runs', values.runs, '--seed', values.seed];
      results.push(...(isolated ? await runIsolated(scenario.id, args) : await scenario.run(ctx)));
    } catch (error) {
      // One broken scenario must not hide the others' figures: it is reported as a failure.
      const message = error instanceof Error ? error.message : String(error);
      ctx.log(`${scenario.id}: failed: ${message}`);
      results.push({ id: scenario.id, name: 'did not run', size: 0, unit: '', median: Number.NaN, p95: Number.NaN, baselines: [], ratios: {}, target: '', pass: false, note: message });
    }
    ctx.log(`${scenario.id}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  machine['loadAverageAtEnd'] = loadavg().map((l) => l.toFixed(2)).join(' ');
  const report: BenchReport = { machine, date: new Date().toISOString(), scenarios: results };
  await writeReport(values.out, report);
  process.stdout.write(`${formatTable(results)}\n\n${formatMarkdown(report)}\n\nWritten to ${values.out}\n`);
  return results.some((r) => r.pass === false) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
