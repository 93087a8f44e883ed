import { describe, expect, it } from 'vitest';
import { comparisonScore } from '../../../electron/shared/negotiations/comparisonScore';
import { formatScore } from '../../../electron/shared/negotiations/formatScore';

describe('comparison score', () => {
  it('is sum(weight × rating) / sum(weight) over the rated rows, with default weight 1', () => {
    const result = comparisonScore(['venue', 'capacity', 'airLinks'], { venue: 5, capacity: 2 }, { venue: 3 });
    expect(result.score).toBeCloseTo((3 * 5 + 1 * 2) / 4);
    expect(result).toMatchObject({ rated: 2, gaps: ['airLinks'] });
  });

  it('shows unrated rows as gaps, never as zeros, and ignores rows weighted 0', () => {
    expect(comparisonScore(['venue', 'capacity'], {}, {})).toEqual({ score: null, rated: 0, gaps: ['venue', 'capacity'] });
    expect(comparisonScore(['venue', 'capacity'], { venue: 0, capacity: 4 }, { capacity: 0 })).toEqual({ score: 0, rated: 1, gaps: [] });
  });

  it('ignores ratings of rows not being compared', () => {
    expect(comparisonScore(['venue'], { venue: 4, 'free:old item': 0 }, {}).score).toBe(4);
  });

  it('reads as text for the CLI and the brief', () => {
    expect(formatScore(comparisonScore(['venue', 'capacity'], { venue: 4 }, {}))).toBe('4.0 / 5 (1 rated, 1 not rated)');
    expect(formatScore(comparisonScore(['venue'], {}, {}))).toBe('not rated (1 item)');
  });
});
