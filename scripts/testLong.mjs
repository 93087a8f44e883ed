// `npm run test:long`: the randomised and exhaustive tests at the depth they were written with
// (npm test runs them shallower to stay under 12 minutes; see test/helpers/testDepth.ts).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const files = [
  'test/core/journal/killDuringAppends.test.ts',
  'test/core/store/powerLoss.test.ts',
  'test/core/import/importFuzz.test.ts',
  'test/core/store/modelBased.test.ts',
  'test/core/sync/syncSimulation.test.ts',
];
const child = spawnSync(process.execPath, [join('node_modules', 'vitest', 'vitest.mjs'), 'run', '--project', 'node', ...files], {
  stdio: 'inherit',
  env: { ...process.env, LIAISON_LONG_TESTS: '1' },
});
process.exit(child.status ?? 1);
