import { describe, expect, it } from 'vitest';
import { parseFuzzyDate } from '../../../electron/shared/dates/parseFuzzyDate';
import { FuzzyDateSchema, type FuzzyPrecision } from '../../../electron/shared/schemas/fuzzyDate';

/** A fixed "now" for inputs without a year: mid-June 2019, while the summit is being planned. */
const now = new Date('2019-06-15T12:00:00Z');

type Row = [input: string, earliest: string, latest: string, precision: FuzzyPrecision, uncertain?: boolean];

const table: Row[] = [
  // English
  ['2019-10-03', '2019-10-03', '2019-10-03', 'day'],
  ['October 2019', '2019-10-01', '2019-10-31', 'month'],
  ['Oct 2019', '2019-10-01', '2019-10-31', 'month'],
  ['Oct. 2019', '2019-10-01', '2019-10-31', 'month'],
  ['late September 2019', '2019-09-21', '2019-09-30', 'part-of-month'],
  ['early October 2019', '2019-10-01', '2019-10-10', 'part-of-month'],
  ['mid-September 2019', '2019-09-11', '2019-09-20', 'part-of-month'],
  ['the end of February 2020', '2020-02-21', '2020-02-29', 'part-of-month'],
  ['late Sep – early Oct 2019', '2019-09-21', '2019-10-10', 'range'],
  ['late September or early October 2019', '2019-09-21', '2019-10-10', 'range'],
  // Weeks of a month (issue 15: “first week of October 2019” was refused).
  ['first week of October 2019', '2019-10-01', '2019-10-07', 'part-of-month'],
  ['the second week of October 2019', '2019-10-08', '2019-10-14', 'part-of-month'],
  ['last week of February 2020', '2020-02-23', '2020-02-29', 'part-of-month'],
  ['last week of September – first week of October 2019', '2019-09-24', '2019-10-07', 'range'],
  ['первая неделя октября 2019', '2019-10-01', '2019-10-07', 'part-of-month'],
  ['в третью неделю сентября 2019', '2019-09-15', '2019-09-21', 'part-of-month'],
  ['последняя неделя сентября 2019', '2019-09-24', '2019-09-30', 'part-of-month'],
  ['2019-09/2019-10', '2019-09-01', '2019-10-31', 'range'],
  ['2019-09-21/2019-10-10', '2019-09-21', '2019-10-10', 'range'],
  ['between September and October 2019', '2019-09-01', '2019-10-31', 'range'],
  ['December – January 2020', '2019-12-01', '2020-01-31', 'range'],
  ['Nov 2019 – Feb 2020', '2019-11-01', '2020-02-29', 'range'],
  ['October 3-5, 2019', '2019-10-03', '2019-10-05', 'range'],
  ['Sep 28 – Oct 3 2019', '2019-09-28', '2019-10-03', 'range'],
  ['October 3rd, 2019', '2019-10-03', '2019-10-03', 'day'],
  ['3rd of October 2019', '2019-10-03', '2019-10-03', 'day'],
  ['autumn 2020', '2020-09-01', '2020-11-30', 'season'],
  ['fall 2020', '2020-09-01', '2020-11-30', 'season'],
  ['summer 2019?', '2019-06-01', '2019-08-31', 'season', true],
  ['winter 2020', '2019-12-01', '2020-02-29', 'season'],
  ['winter 2019/2020', '2019-12-01', '2020-02-29', 'season'],
  ['early autumn 2019', '2019-09-01', '2019-09-30', 'season'],
  ['2020', '2020-01-01', '2020-12-31', 'year'],
  ['2020?', '2020-01-01', '2020-12-31', 'year', true],
  ['probably 2020', '2020-01-01', '2020-12-31', 'year', true],
  ['maybe Q3 2020', '2020-07-01', '2020-09-30', 'quarter', true],
  ['Q3 2020', '2020-07-01', '2020-09-30', 'quarter'],
  ['q1 2021', '2021-01-01', '2021-03-31', 'quarter'],
  ['third quarter 2020', '2020-07-01', '2020-09-30', 'quarter'],
  ['2019–2020', '2019-01-01', '2020-12-31', 'range'],
  ['early 2020', '2020-01-01', '2020-04-30', 'range'],
  ['October', '2019-10-01', '2019-10-31', 'month'],
  ['March', '2020-03-01', '2020-03-31', 'month'],
  ['03.10.2019', '2019-10-03', '2019-10-03', 'day'],
  // Russian
  ['конец сентября – начало октября 2019', '2019-09-21', '2019-10-10', 'range'],
  ['конец сентября или начало октября 2019 года', '2019-09-21', '2019-10-10', 'range'],
  ['осень 2020', '2020-09-01', '2020-11-30', 'season'],
  ['осенью 2020 г.', '2020-09-01', '2020-11-30', 'season'],
  ['весной 2020', '2020-03-01', '2020-05-31', 'season'],
  ['лето 2021', '2021-06-01', '2021-08-31', 'season'],
  ['зима 2019–2020', '2019-12-01', '2020-02-29', 'season'],
  ['сентябрь 2019', '2019-09-01', '2019-09-30', 'month'],
  ['в сентябре 2019', '2019-09-01', '2019-09-30', 'month'],
  ['сентября 2019', '2019-09-01', '2019-09-30', 'month'],
  ['в конце сентября 2019 года', '2019-09-21', '2019-09-30', 'part-of-month'],
  ['середина октября 2019', '2019-10-11', '2019-10-20', 'part-of-month'],
  ['в начале октября 2019', '2019-10-01', '2019-10-10', 'part-of-month'],
  ['3 октября 2019 г.', '2019-10-03', '2019-10-03', 'day'],
  ['3–5 октября 2019', '2019-10-03', '2019-10-05', 'range'],
  ['с сентября по октябрь 2019', '2019-09-01', '2019-10-31', 'range'],
  ['между сентябрем и октябрем 2019', '2019-09-01', '2019-10-31', 'range'],
  ['ноябрь-декабрь 2019', '2019-11-01', '2019-12-31', 'range'],
  ['III квартал 2020', '2020-07-01', '2020-09-30', 'quarter'],
  ['3-й квартал 2020', '2020-07-01', '2020-09-30', 'quarter'],
  ['в третьем квартале 2020 года', '2020-07-01', '2020-09-30', 'quarter'],
  ['вероятно, 2020', '2020-01-01', '2020-12-31', 'year', true],
  ['может быть в 2020 году', '2020-01-01', '2020-12-31', 'year', true],
  ['возможно, осенью 2020', '2020-09-01', '2020-11-30', 'season', true],
  ['2020 год', '2020-01-01', '2020-12-31', 'year'],
  ['15 июня', '2019-06-15', '2019-06-15', 'day'],
  ['в мае', '2020-05-01', '2020-05-31', 'month'],
  ['март 2020', '2020-03-01', '2020-03-31', 'month'],
  ['в марте 2020', '2020-03-01', '2020-03-31', 'month'],
  ['конец декабря 2019', '2019-12-21', '2019-12-31', 'part-of-month'],
];

describe('parseFuzzyDate: the table (English and Russian)', () => {
  it('has at least 40 rows', () => {
    expect(table.length).toBeGreaterThanOrEqual(40);
  });

  it.each(table)('%s', (input, earliest, latest, precision, uncertain = false) => {
    const result = parseFuzzyDate(input, now);
    if (!result.ok) throw new Error(result.reason);
    expect(result.value).toEqual({ earliest, latest, precision, uncertain, label: input.trim() });
    expect(FuzzyDateSchema.safeParse(result.value).success).toBe(true);
  });
});

describe('parseFuzzyDate: what it cannot read', () => {
  const refused: [string, RegExp][] = [
    ['Octember 2019', /^“Octember 2019” is not a date Liaison can read: “octember” is not a month, season, quarter or year\. Try /],
    ['10/03/2019', /could be read month-first or day-first/],
    ['2019-02-30', /is not a day of the calendar/],
    ['2019-13', /is not a month of the calendar/],
    ['Feb 29 2019', /2019-02 has no day 29/],
    ['2020 – 2019', /its first end \(2020-01-01\) is after its second \(2019-12-31\)/],
    ['late', /“late” needs a month, season or year/],
    ['2019 -', /the range has no second end/],
    ['2019 and 2020 and 2021', /more than two ends/],
    ['October November 2019', /names a month twice/],
    ['quarter 2020', /without which one/],
    ['Q3 October 2020', /a quarter cannot be combined/],
    ['late 3 October 2019', /a day cannot be combined/],
    ['45 October 2019', /neither a day \(1–31\) nor a year/],
    ['§', /“§” is not part of any date/],
  ];
  it.each(refused)('%s', (input, reason) => {
    const result = parseFuzzyDate(input, now);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('asks for a date when given nothing, and refuses very long text', () => {
    const empty = parseFuzzyDate('   ', now);
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.reason).toMatch(/^Enter a date/);
    const long = parseFuzzyDate('2019 '.repeat(50), now);
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.reason).toContain('longer than 200 characters');
  });

  it('keeps the label as typed (trimmed, single spaces)', () => {
    const result = parseFuzzyDate('  late   Sep –  early Oct 2019 ', now);
    expect(result.ok && result.value.label).toBe('late Sep – early Oct 2019');
  });

  it('reads a date without a year as the next one that has not ended', () => {
    const june = parseFuzzyDate('June', now);
    expect(june.ok && [june.value.earliest, june.value.latest]).toEqual(['2019-06-01', '2019-06-30']);
    const may = parseFuzzyDate('May', now);
    expect(may.ok && may.value.earliest).toBe('2020-05-01');
    const lateDecEarlyJan = parseFuzzyDate('late December – early January', now);
    expect(lateDecEarlyJan.ok && [lateDecEarlyJan.value.earliest, lateDecEarlyJan.value.latest]).toEqual(['2019-12-21', '2020-01-10']);
  });
});
