import type { ComparisonScore } from './comparisonScore';

/** "3.4 / 5 (7 rated, 5 gaps)", or "not rated" — for the CLI and the Markdown brief. */
export function formatScore(score: ComparisonScore): string {
  const count = score.gaps.length;
  const gaps = `${count} ${count === 1 ? 'gap' : 'gaps'}`;
  if (score.score === null) return count > 0 ? `not rated (${gaps})` : 'not rated';
  return `${score.score.toFixed(1)} / 5 (${score.rated} rated${count > 0 ? `, ${gaps}` : ''})`;
}
