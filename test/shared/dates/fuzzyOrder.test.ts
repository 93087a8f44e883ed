import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareFuzzyDates } from '../../../electron/shared/dates/compareFuzzyDates';
import { fuzzyOverlaps } from '../../../electron/shared/dates/fuzzyOverlaps';
import { fuzzyDateArbitrary } from './fuzzyDateArbitrary';

const sign = (n: number) => Math.sign(n);

describe('compareFuzzyDates and fuzzyOverlaps', () => {
  it('compare is antisymmetric and reflexive', () => {
    fc.assert(
      fc.property(fuzzyDateArbitrary, fuzzyDateArbitrary, (a, b) => {
        expect(sign(compareFuzzyDates(a, b))).toBe(-sign(compareFuzzyDates(b, a)) || 0);
        expect(compareFuzzyDates(a, a)).toBe(0);
      }),
    );
  });

  it('compare is transitive, so sorting is stable and well defined', () => {
    fc.assert(
      fc.property(fuzzyDateArbitrary, fuzzyDateArbitrary, fuzzyDateArbitrary, (a, b, c) => {
        if (compareFuzzyDates(a, b) <= 0 && compareFuzzyDates(b, c) <= 0) expect(compareFuzzyDates(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('sorting any list gives non-decreasing earliest dates, whatever the input order', () => {
    fc.assert(
      fc.property(fc.array(fuzzyDateArbitrary, { maxLength: 30 }), (list) => {
        const sorted = [...list].sort(compareFuzzyDates);
        const reversed = [...list].reverse().sort(compareFuzzyDates);
        expect(sorted.map((d) => [d.earliest, d.latest])).toEqual(reversed.map((d) => [d.earliest, d.latest]));
        for (let i = 1; i < sorted.length; i++) expect(sorted[i - 1]!.earliest <= sorted[i]!.earliest).toBe(true);
      }),
    );
  });

  it('overlap is symmetric and reflexive', () => {
    fc.assert(
      fc.property(fuzzyDateArbitrary, fuzzyDateArbitrary, (a, b) => {
        expect(fuzzyOverlaps(a, b)).toBe(fuzzyOverlaps(b, a));
        expect(fuzzyOverlaps(a, a)).toBe(true);
      }),
    );
  });

  it('overlap agrees with order: dates that do not overlap are strictly ordered, one ending before the other starts', () => {
    fc.assert(
      fc.property(fuzzyDateArbitrary, fuzzyDateArbitrary, (a, b) => {
        if (fuzzyOverlaps(a, b)) return;
        const [first, second] = compareFuzzyDates(a, b) < 0 ? [a, b] : [b, a];
        expect(compareFuzzyDates(first, second)).toBeLessThan(0);
        expect(first.latest < second.earliest).toBe(true);
      }),
    );
  });

  it('a span overlaps every span that contains it, and every day inside it', () => {
    fc.assert(
      fc.property(fuzzyDateArbitrary, fuzzyDateArbitrary, (a, b) => {
        const outer = { earliest: a.earliest < b.earliest ? a.earliest : b.earliest, latest: a.latest > b.latest ? a.latest : b.latest };
        expect(fuzzyOverlaps(a, outer)).toBe(true);
        expect(fuzzyOverlaps({ earliest: a.latest, latest: a.latest }, a)).toBe(true);
      }),
    );
  });
});
