import { runSchedule, type ScheduleResult } from './simulate';

export interface Exploration {
  schedules: number;
  steps: number;
  checks: number;
  crashes: number;
  seconds: number;
  /** Each broken invariant: its seed and what broke (the schedule replays from the seed alone). */
  broken: ScheduleResult[];
}

/**
 * Runs schedules `first`, `first + 1`, ... until `count` have run or `seconds` have passed,
 * whichever comes first; stops at `maxBroken` counterexamples.
 */
export async function explore(
  first: number,
  limits: { count: number; seconds: number; maxBroken?: number },
  progress?: (done: Exploration) => void,
): Promise<Exploration> {
  const started = performance.now();
  const done: Exploration = { schedules: 0, steps: 0, checks: 0, crashes: 0, seconds: 0, broken: [] };
  while (done.schedules < limits.count && done.seconds < limits.seconds && done.broken.length < (limits.maxBroken ?? 1)) {
    const result = await runSchedule((first + done.schedules) >>> 0);
    done.schedules++;
    done.steps += result.steps;
    done.checks += result.checks;
    done.crashes += result.crashes;
    if (result.violation) done.broken.push(result);
    done.seconds = (performance.now() - started) / 1000;
    if (progress && done.schedules % 10_000 === 0) progress(done);
  }
  return done;
}

/** A counterexample as a reader needs it: the seed to replay, what broke, the last steps. */
export function describeBroken(result: ScheduleResult, lines = 40): string {
  return [`seed ${result.seed}: ${result.violation ?? 'no violation'}`, ...result.trace.slice(-lines).map((line) => `  ${line}`)].join('\n');
}

/**
 * A schedule's trace with the names that differ from run to run taken out (temp files carry the
 * real pid and random bytes): what two replays of one seed must share line for line.
 */
export function normalizedTrace(result: ScheduleResult): string[] {
  return result.trace.map((line) => line.replace(/\.\d+\.[0-9a-f]{12}\.tmp/g, '.PID.RANDOM.tmp').replace(/-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.tmp/g, '-UUID.tmp'));
}
