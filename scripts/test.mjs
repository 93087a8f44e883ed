// `npm test`: every stage in order (typecheck, lint, build, unit, main-bundle smoke + e2e), each
// stage's time, and one closing line `N passed, N failed` that CI reads. A stage that fails
// without test counts (typecheck, lint, build) counts as one failure; later stages still run
// where they can, so one report shows everything that is wrong.
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// Each tool's own entry file, run with this Node (some packages do not export their bin path).
const bin = (pkg, file) => join('node_modules', pkg, file);
const results = 'test-results';
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;
const timings = [];

function record(name, seconds, status, counts) {
  let stagePassed;
  let stageFailed;
  if (counts && existsSync(counts)) {
    const report = JSON.parse(readFileSync(counts, 'utf8'));
    stagePassed = report.numPassedTests ?? 0;
    stageFailed = (report.numFailedTests ?? 0) + (report.numTotalTestSuites > 0 && status !== 0 && report.numFailedTests === 0 ? 1 : 0);
  } else {
    stagePassed = status === 0 ? 1 : 0;
    stageFailed = status === 0 ? 0 : 1;
  }
  passed += stagePassed;
  failed += stageFailed;
  timings.push({ name, seconds, ok: status === 0, stagePassed, stageFailed });
  console.log(`◀ ${name}: ${status === 0 ? 'ok' : 'FAILED'} in ${seconds.toFixed(1)} s`);
  return status === 0;
}

/** Runs stages that print no test counts side by side; each one's output is shown whole when it ends. */
async function runTogether(stages) {
  const started = performance.now();
  await Promise.all(
    stages.map(
      ([name, args]) =>
        new Promise((resolveStage) => {
          console.log(`\n▶ ${name} (alongside ${stages.filter(([other]) => other !== name).map(([other]) => other).join(', ')})`);
          const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
          let output = '';
          child.stdout.on('data', (chunk) => (output += chunk));
          child.stderr.on('data', (chunk) => (output += chunk));
          child.on('close', (code) => {
            if (output.trim()) console.log(`\n── ${name} ──\n${output.trimEnd()}`);
            record(name, (performance.now() - started) / 1000, code ?? 1);
            resolveStage();
          });
        }),
    ),
  );
}

function run(name, args, { counts } = {}) {
  const started = performance.now();
  if (counts) rmSync(counts, { force: true });
  console.log(`\n▶ ${name}`);
  const child = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  return record(name, (performance.now() - started) / 1000, child.status ?? 1, counts);
}

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

const vitest = bin('vitest', 'vitest.mjs');
// Typecheck and lint each use one core: run side by side.
await runTogether([
  ['typecheck', [bin('typescript', 'bin/tsc'), '-b', '--noEmit']],
  ['lint', [bin('eslint', 'bin/eslint.js'), '.', '--max-warnings=0']],
]);
const built = run('build', [bin('electron-vite', 'bin/electron-vite.js'), 'build']);
// Vitest runs one worker on a 2-core machine (cores - 1). The node tests spend much of their time
// waiting on child processes, fsync and timers, so two workers there cut the stage by about a
// third; the renderer tests (happy-dom, waitFor with short timeouts) keep one worker, as two made
// them time out on a loaded machine.
run('unit (node)', [vitest, 'run', '--project', 'node', `--maxWorkers=${Math.max(2, availableParallelism() - 1)}`, '--reporter=default', '--reporter=json', `--outputFile.json=${results}/unit-node.json`], {
  counts: `${results}/unit-node.json`,
});
run('unit (renderer)', [vitest, 'run', '--project', 'renderer', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/unit-renderer.json`], {
  counts: `${results}/unit-renderer.json`,
});
if (!findChromium()) {
  console.error('\nChromium not found for the end-to-end tests. Install it with: sudo apt-get install -y chromium');
  failed += 1;
} else if (built) {
  run('smoke + e2e (built main under Node, Chromium)', [vitest, 'run', '--project', 'e2e', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/e2e.json`], {
    counts: `${results}/e2e.json`,
  });
} else {
  console.error('\nThe build failed, so the smoke and end-to-end tests could not run.');
  failed += 1;
}

console.log('\nStage times:');
for (const t of timings) console.log(`  ${t.ok ? '✓' : '✗'} ${t.name.padEnd(48)} ${t.seconds.toFixed(1).padStart(6)} s`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
