import type { ComparisonKey } from '../schemas/offer';

export interface ComparisonScore {
  /** sum(weight × rating) / sum(weight) over the rated items; null when nothing weighted is rated. */
  score: number | null;
  /** Rows that count (weight above 0) and carry a rating. */
  rated: number;
  /** Rows that count but are not rated yet: the gaps the compare view shows. */
  gaps: ComparisonKey[];
}

/** An item's weight when the user has set none. */
export const DEFAULT_WEIGHT = 1;

export function weightOf(weights: Readonly<Record<string, number>> | undefined, key: string): number {
  const weight = weights && Object.hasOwn(weights, key) ? weights[key] : undefined;
  return weight ?? DEFAULT_WEIGHT;
}

/**
 * The weighted mean of one candidate's ratings over the rows being compared. A row with weight 0
 * does not count at all; an unrated row is a gap, never a zero.
 */
export function comparisonScore(
  rows: readonly ComparisonKey[],
  ratings: Readonly<Record<string, number>>,
  weights: Readonly<Record<string, number>> | undefined,
): ComparisonScore {
  let weighted = 0;
  let totalWeight = 0;
  let rated = 0;
  const gaps: ComparisonKey[] = [];
  for (const key of rows) {
    const weight = weightOf(weights, key);
    if (weight <= 0) continue;
    const rating = Object.hasOwn(ratings, key) ? ratings[key] : undefined;
    if (rating === undefined) {
      gaps.push(key);
      continue;
    }
    weighted += weight * rating;
    totalWeight += weight;
    rated += 1;
  }
  return { score: totalWeight > 0 ? weighted / totalWeight : null, rated, gaps };
}
