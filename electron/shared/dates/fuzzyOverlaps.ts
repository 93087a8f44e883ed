import type { FuzzyDate } from '../schemas/fuzzyDate';

type Span = Pick<FuzzyDate, 'earliest' | 'latest'>;

/**
 * Whether two fuzzy dates may fall on a common day: the filter behind "what may happen in
 * October 2019". Both spans are inclusive.
 */
export function fuzzyOverlaps(a: Span, b: Span): boolean {
  return a.earliest <= b.latest && b.earliest <= a.latest;
}
