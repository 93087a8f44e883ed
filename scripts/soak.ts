// `npm run soak -- [schedules] [minutes] [first seed]`: the interleaving simulation of the store
// (test/core/store/sim) far longer than npm test runs it. Stops at the first of the two limits
// (default 100000 schedules, 60 minutes; seed random), prints progress every 10000 schedules,
// then schedules explored, invariants checked, time taken and every broken invariant with its
// seed. Exit code 1 if any invariant broke.
import { randomInt } from 'node:crypto';
import { describeBroken, explore } from '../test/core/store/sim/explore';

const [schedules = '100000', minutes = '60', seed] = process.argv.slice(2);
const first = seed === undefined ? randomInt(2 ** 31) : Number(seed);
const count = Number(schedules);
const seconds = Number(minutes) * 60;
if (!Number.isFinite(count) || !Number.isFinite(seconds) || !Number.isFinite(first)) {
  console.error('Usage: npm run soak -- [schedules] [minutes] [first seed]');
  process.exit(2);
}
console.log(`[soak] up to ${count} schedules or ${minutes} min, seeds from ${first}`);
const result = await explore(first, { count, seconds, maxBroken: 20 }, (done) => {
  console.log(`[soak] ${done.schedules} schedules, ${done.checks} invariant checks, ${done.broken.length} broken, ${done.seconds.toFixed(0)} s`);
});
for (const broken of result.broken) console.log(`\n${describeBroken(broken)}`);
console.log(
  `\n[soak] ${result.schedules} schedules explored (seeds ${first}..${first + result.schedules - 1}), ${result.steps} scheduling steps, ` +
    `${result.checks} invariant checks, ${result.crashes} power cuts, ${result.seconds.toFixed(1)} s: ` +
    `${result.broken.length === 0 ? 'no invariant broken' : `${result.broken.length} broken`}`,
);
process.exit(result.broken.length === 0 ? 0 : 1);
