import type { ComparisonScore } from './comparisonScore';

/** "3.4 / 5 (7 rated, 5 not rated)", or "not rated" — for the CLI and the Markdown brief. */
export function formatScore(score: ComparisonScore): string {
  const count = score.gaps.length;
  // "Not rated", not "gaps": the words a representative uses.
  const gaps = `${count} not rated`;
  if (score.score === null) return count > 0 ? `not rated (${count} ${count === 1 ? 'item' : 'items'})` : 'not rated';
  return `${score.score.toFixed(1)} / 5 (${score.rated} rated${count > 0 ? `, ${gaps}` : ''})`;
}
