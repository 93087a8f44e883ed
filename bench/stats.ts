/** The q-th quantile (0..1) of `samples`, nearest-rank on a sorted copy; NaN when there are none. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

export const median = (samples: readonly number[]): number => quantile(samples, 0.5);
export const p95 = (samples: readonly number[]): number => quantile(samples, 0.95);

/** One run's figures. */
export interface Summary {
  median: number;
  p95: number;
  max: number;
  count: number;
}

export function summarize(samples: readonly number[]): Summary {
  return { median: median(samples), p95: p95(samples), max: Math.max(...samples), count: samples.length };
}

/**
 * Several runs folded into one figure each way: the median of the runs' medians and of their p95s,
 * so one noisy run (another process on a shared machine) moves nothing; max is the worst of all.
 */
export function acrossRuns(runs: readonly Summary[]): Summary {
  return {
    median: median(runs.map((r) => r.median)),
    p95: median(runs.map((r) => r.p95)),
    max: Math.max(...runs.map((r) => r.max)),
    count: runs.reduce((sum, r) => sum + r.count, 0),
  };
}

/** Milliseconds since `start` (a performance.now() reading). */
export function since(start: number): number {
  return performance.now() - start;
}
