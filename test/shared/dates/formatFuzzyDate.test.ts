import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFuzzyDate } from '../../../electron/shared/dates/formatFuzzyDate';
import { parseFuzzyDate } from '../../../electron/shared/dates/parseFuzzyDate';
import { fuzzyDateArbitrary } from './fuzzyDateArbitrary';

const now = new Date('2019-06-15T12:00:00Z');
const parsed = (text: string) => {
  const result = parseFuzzyDate(text, now);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
};

describe('formatFuzzyDate', () => {
  it.each([
    ['late Sep – early Oct 2019', 'late September – early October 2019', 'конец сентября – начало октября 2019'],
    ['2019-10-03', 'October 3, 2019', '3 октября 2019'],
    ['October 2019', 'October 2019', 'октябрь 2019'],
    ['mid October 2019', 'mid October 2019', 'середина октября 2019'],
    ['autumn 2020', 'autumn 2020', 'осень 2020'],
    ['winter 2020', 'winter 2019–2020', 'зима 2019–2020'],
    ['Q3 2020', 'Q3 2020', 'III квартал 2020'],
    ['probably 2020', 'probably 2020', 'вероятно, 2020 год'],
    ['2019–2020', '2019–2020', '2019–2020'],
    ['2019-09/2019-10', 'September – October 2019', 'сентябрь – октябрь 2019'],
    ['Nov 2019 – Feb 2020', 'November 2019 – February 2020', 'ноябрь 2019 – февраль 2020'],
    ['3–5 октября 2019', 'October 3–5, 2019', '3–5 октября 2019'],
    ['Sep 28 – Oct 3 2019', 'September 28 – October 3, 2019', '28 сентября – 3 октября 2019'],
    ['late December 2019 – early January 2020', 'late December 2019 – early January 2020', 'конец декабря 2019 – начало января 2020'],
  ])('%s reads “%s” and “%s”', (input, english, russian) => {
    const date = parsed(input);
    expect(formatFuzzyDate(date, 'en')).toBe(english);
    expect(formatFuzzyDate(date, 'ru')).toBe(russian);
  });

  it('is read back by the parser to the same span and hedge, in both languages', () => {
    fc.assert(
      fc.property(fuzzyDateArbitrary, fc.constantFrom('en' as const, 'ru' as const), (date, locale) => {
        const words = formatFuzzyDate(date, locale);
        const back = parseFuzzyDate(words, now);
        if (!back.ok) throw new Error(`${words}: ${back.reason}`);
        expect([back.value.earliest, back.value.latest, back.value.uncertain]).toEqual([date.earliest, date.latest, date.uncertain]);
      }),
      { numRuns: 500 },
    );
  });
});
