import { describe, expect, it } from 'vitest';
import { parseFuzzyDate } from '../../../electron/shared/dates/parseFuzzyDate';
import { conferenceLength, dateOfDay, isDateFixed, itemInstants, parseMinuteOfDay } from '../../../electron/shared/program/programDays';
import type { FuzzyDate } from '../../../electron/shared/schemas/fuzzyDate';

function fuzzy(text: string): FuzzyDate {
  const result = parseFuzzyDate(text, new Date('2019-01-01T00:00:00Z'));
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

const at = (date: FuzzyDate | null, zone: string | null, day: number, start: string, minutes = 60) =>
  itemInstants(date, zone, { day, start: parseMinuteOfDay(start), minutes });

describe('days before dates', () => {
  it('a program on a range has days but no dates; a short unhedged range or a day is fixed', () => {
    expect(isDateFixed(fuzzy('late September – early October 2019'))).toBe(false);
    expect(isDateFixed(fuzzy('2020?'))).toBe(false);
    expect(isDateFixed(null)).toBe(false);
    expect(dateOfDay(fuzzy('late September – early October 2019'), 2)).toBeNull();
    expect(at(fuzzy('late September – early October 2019'), 'Europe/Volgograd', 1, '10:00')).toBeNull();

    expect(isDateFixed(fuzzy('1-3 October 2019'))).toBe(true);
    expect(conferenceLength(fuzzy('1-3 October 2019'))).toBe(3);
    expect(dateOfDay(fuzzy('1-3 October 2019'), 3)).toBe('2019-10-03');
    expect(dateOfDay(fuzzy('2019-10-01'), 2)).toBe('2019-10-02');
  });

  it('Day 2 at 10:00 in Volgograd is 06:00 UTC in 2019 (UTC+4), where Moscow is 07:00 UTC', () => {
    const date = fuzzy('1-3 October 2019');
    expect(at(date, 'Europe/Volgograd', 2, '10:00')?.start.toISOString()).toBe('2019-10-02T06:00:00.000Z');
    expect(at(date, 'Europe/Moscow', 2, '10:00')?.start.toISOString()).toBe('2019-10-02T07:00:00.000Z');
    expect(at(date, 'Europe/Volgograd', 2, '10:00', 90)?.end.toISOString()).toBe('2019-10-02T07:30:00.000Z');
  });

  it('stays at 10:00 on the wall clock when the date moves, across Volgograd’s return to UTC+3 in December 2020', () => {
    const item = { day: 2, start: 600, minutes: 60 };
    const before = itemInstants(fuzzy('1-3 October 2019'), 'Europe/Volgograd', item);
    const after = itemInstants(fuzzy('2021-09-28'), 'Europe/Volgograd', item);
    expect(before?.date).toBe('2019-10-02');
    expect(after?.date).toBe('2021-09-29');
    expect(before?.start.toISOString()).toBe('2019-10-02T06:00:00.000Z');
    expect(after?.start.toISOString()).toBe('2021-09-29T07:00:00.000Z');
  });

  it('a conference spanning Volgograd’s switch to UTC+4 on 28 October 2018 gets each day’s own offset', () => {
    const date = fuzzy('27-28 October 2018');
    expect(at(date, 'Europe/Volgograd', 1, '10:00')?.start.toISOString()).toBe('2018-10-27T07:00:00.000Z');
    expect(at(date, 'Europe/Volgograd', 2, '10:00')?.start.toISOString()).toBe('2018-10-28T06:00:00.000Z');
  });

  it('has no instants before the host city is known', () => {
    expect(at(fuzzy('2019-10-01'), null, 1, '10:00')).toBeNull();
    expect(itemInstants(fuzzy('2019-10-01'), 'Europe/Volgograd', { day: 1, start: null, minutes: 60 })).toBeNull();
  });

  it('reads hours as people type them', () => {
    expect(parseMinuteOfDay('9:30')).toBe(570);
    expect(parseMinuteOfDay('14.05')).toBe(845);
    expect(parseMinuteOfDay('24:00')).toBeNull();
    expect(parseMinuteOfDay('noon')).toBeNull();
  });
});
