import { describe, expect, it } from 'vitest';
import { SearchScratch } from '../../../electron/core/search/SearchScratch';
import { topRanked } from '../../../electron/core/search/topRanked';

describe('topRanked', () => {
  // Slots 0-5 with scores; rank is each slot's place in the tie-break order.
  const scores = Int32Array.of(5, 9, 5, 1, 9, 0);
  const rank = [3, 4, 0, 5, 1, 2];

  it('orders by score, then by tie-break rank, and keeps the `limit` best', () => {
    const all = [0, 1, 2, 3, 4];
    // Positions in the tie-break order: slot 4 (9, rank 1), slot 1 (9, rank 4), slot 2 (5, rank 0), slot 0, slot 3.
    expect(topRanked(all, 10, scores, rank)).toEqual([1, 4, 0, 3, 5]);
    expect(topRanked(all, 3, scores, rank)).toEqual([1, 4, 0]);
    expect(topRanked(all, 0, scores, rank)).toEqual([]);
    expect(topRanked(all, Number.NaN, scores, rank)).toEqual([]);
  });

  it('gives the same first k as a full sort over many slots', () => {
    const n = 5000;
    const many = Int32Array.from({ length: n }, (_, i) => (i * 7919) % 13);
    const ranks = Array.from({ length: n }, (_, i) => (i * 104729) % n);
    const slots = Array.from({ length: n }, (_, i) => i);
    const full = topRanked(slots, n, many, ranks);
    expect(topRanked(slots, 50, many, ranks)).toEqual(full.slice(0, 50));
  });
});

describe('SearchScratch', () => {
  it('adds each term’s best score and is all zero again after reset', () => {
    const scratch = new SearchScratch();
    scratch.ensure(10);
    scratch.best[3] = 40;
    scratch.best[7] = 8;
    scratch.settle([3, 7], 0);
    scratch.best[3] = 2;
    scratch.settle([3], 1);
    expect([scratch.sums[3], scratch.sums[7], scratch.matched[3], scratch.matched[7]]).toEqual([42, 8, 2, 1]);
    scratch.reset([3, 7]);
    expect([...scratch.sums, ...scratch.matched, ...scratch.best].every((v) => v === 0)).toBe(true);
  });
});
