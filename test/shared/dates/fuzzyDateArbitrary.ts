import fc from 'fast-check';
import { addCalendarDays, calendarDate } from '../../../electron/shared/dates/calendarDate';
import type { FuzzyDate } from '../../../electron/shared/schemas/fuzzyDate';

/** Any valid span between 2015 and 2030, up to about two years long, hedged or not. */
export const fuzzyDateArbitrary: fc.Arbitrary<FuzzyDate> = fc
  .record({
    year: fc.integer({ min: 2015, max: 2030 }),
    dayOfYear: fc.integer({ min: 0, max: 364 }),
    length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 800 })),
    uncertain: fc.boolean(),
  })
  .map(({ year, dayOfYear, length, uncertain }) => {
    const earliest = addCalendarDays(calendarDate(year, 1, 1), dayOfYear);
    const latest = addCalendarDays(earliest, length);
    return { earliest, latest, precision: length === 0 ? 'day' : 'range', uncertain, label: `${earliest}/${latest}` } satisfies FuzzyDate;
  });
