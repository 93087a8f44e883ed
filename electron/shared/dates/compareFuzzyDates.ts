import type { FuzzyDate } from '../schemas/fuzzyDate';

/**
 * Orders fuzzy dates by where they may start, then by where they may end, so "2019" comes
 * before "October 2019" and "late September – early October 2019" before "October 2019".
 * A total preorder on spans: dates with the same span compare equal, whatever their labels.
 */
export function compareFuzzyDates(a: Pick<FuzzyDate, 'earliest' | 'latest'>, b: Pick<FuzzyDate, 'earliest' | 'latest'>): number {
  if (a.earliest !== b.earliest) return a.earliest < b.earliest ? -1 : 1;
  if (a.latest !== b.latest) return a.latest < b.latest ? -1 : 1;
  return 0;
}
