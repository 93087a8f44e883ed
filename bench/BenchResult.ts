/** A baseline measured in the same process as the scenario, on the same data. */
export interface BaselineFigure {
  name: string;
  median: number;
  p95: number;
}

/** One row of test-results/bench.json. */
export interface ScenarioResult {
  id: string;
  name: string;
  /** Contacts in the workspace. */
  size: number;
  unit: string;
  /** Median of the per-run medians (3 runs unless told otherwise). */
  median: number;
  /** Median of the per-run p95s. */
  p95: number;
  baselines: BaselineFigure[];
  /** ours / baseline, by median; below 1 means ours is faster. */
  ratios: Record<string, number>;
  /** The target in words, as the issue states it. */
  target: string;
  /** null: reported without a target, or not measured (see `note`). */
  pass: boolean | null;
  /** What else a reader needs: recall, settings, why something was not measured. */
  note?: string;
  details?: Record<string, number | string | boolean>;
}

export interface BenchReport {
  machine: Record<string, string | number>;
  date: string;
  scenarios: ScenarioResult[];
}

export function ratiosOf(median: number, baselines: readonly BaselineFigure[]): Record<string, number> {
  return Object.fromEntries(baselines.map((b) => [b.name, b.median > 0 ? median / b.median : Number.NaN]));
}
