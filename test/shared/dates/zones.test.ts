// These offsets come from the runtime's tz database (Node 20's ICU), never from a table of ours:
// the tests pin the history the app relies on, so an ICU without it fails here, loudly.
import { describe, expect, it } from 'vitest';
import { findCallWindows } from '../../../electron/shared/dates/findCallWindows';
import { formatInBothZones } from '../../../electron/shared/dates/formatInBothZones';
import { calendarDateInZone, wallClockInZone as wallClock } from '../../../electron/shared/dates/instantInZone';
import { utcOffsetLabel, wallTimeToInstant } from '../../../electron/shared/dates/zonedDate';
import { zoneCityName } from '../../../electron/shared/dates/zoneCityName';

const offset = (iso: string, zone: string) => utcOffsetLabel(iso, zone);

describe('zone history from the tz database', () => {
  it('US DST switches: New York springs forward on 2019-03-10 and falls back on 2019-11-03', () => {
    expect(offset('2019-03-10T06:59:00Z', 'America/New_York')).toBe('UTC−5');
    expect(offset('2019-03-10T07:00:00Z', 'America/New_York')).toBe('UTC−4');
    expect(offset('2019-11-03T05:59:00Z', 'America/New_York')).toBe('UTC−4');
    expect(offset('2019-11-03T06:00:00Z', 'America/New_York')).toBe('UTC−5');
    expect(wallClock('2019-03-10T07:00:00Z', 'America/New_York').time).toBe('03:00');
    // Los Angeles switches three hours of UTC later.
    expect(offset('2019-03-10T09:59:00Z', 'America/Los_Angeles')).toBe('UTC−8');
    expect(offset('2019-03-10T10:00:00Z', 'America/Los_Angeles')).toBe('UTC−7');
  });

  it('Russia 2011: Moscow stays on summer time (UTC+4) from 2011-03-27, with no autumn switch', () => {
    expect(offset('2011-03-26T12:00:00Z', 'Europe/Moscow')).toBe('UTC+3');
    expect(offset('2011-03-27T12:00:00Z', 'Europe/Moscow')).toBe('UTC+4');
    expect(offset('2011-11-15T12:00:00Z', 'Europe/Moscow')).toBe('UTC+4');
    expect(offset('2013-01-15T12:00:00Z', 'Europe/Moscow')).toBe('UTC+4');
  });

  it('Russia 2014: Moscow goes back to UTC+3 on 2014-10-26 and stays there', () => {
    expect(offset('2014-10-25T12:00:00Z', 'Europe/Moscow')).toBe('UTC+4');
    expect(offset('2014-10-26T12:00:00Z', 'Europe/Moscow')).toBe('UTC+3');
    expect(offset('2019-07-01T12:00:00Z', 'Europe/Moscow')).toBe('UTC+3');
    expect(offset('2014-10-25T12:00:00Z', 'Asia/Vladivostok')).toBe('UTC+11');
    expect(offset('2014-10-26T12:00:00Z', 'Asia/Vladivostok')).toBe('UTC+10');
  });

  it('2016: Astrakhan and Barnaul move an hour ahead on 2016-03-27, Saratov on 2016-12-04', () => {
    expect(offset('2016-03-26T12:00:00Z', 'Europe/Astrakhan')).toBe('UTC+3');
    expect(offset('2016-03-27T12:00:00Z', 'Europe/Astrakhan')).toBe('UTC+4');
    expect(offset('2016-03-26T12:00:00Z', 'Asia/Barnaul')).toBe('UTC+6');
    expect(offset('2016-03-27T12:00:00Z', 'Asia/Barnaul')).toBe('UTC+7');
    expect(offset('2016-12-03T12:00:00Z', 'Europe/Saratov')).toBe('UTC+3');
    expect(offset('2016-12-04T12:00:00Z', 'Europe/Saratov')).toBe('UTC+4');
  });

  it('Volgograd: UTC+3 until 2018-10-28, UTC+4 until 2020-12-27, then UTC+3 again', () => {
    expect(offset('2018-10-27T12:00:00Z', 'Europe/Volgograd')).toBe('UTC+3');
    expect(offset('2018-10-28T12:00:00Z', 'Europe/Volgograd')).toBe('UTC+4');
    expect(offset('2019-10-03T12:00:00Z', 'Europe/Volgograd')).toBe('UTC+4');
    expect(offset('2020-12-26T12:00:00Z', 'Europe/Volgograd')).toBe('UTC+4');
    expect(offset('2020-12-27T12:00:00Z', 'Europe/Volgograd')).toBe('UTC+3');
    // The same wall time is a different instant before and after.
    expect(wallTimeToInstant('2019-10-03', 17, 0, 'Europe/Volgograd').toISOString()).toBe('2019-10-03T13:00:00.000Z');
    expect(wallTimeToInstant('2021-10-03', 17, 0, 'Europe/Volgograd').toISOString()).toBe('2021-10-03T14:00:00.000Z');
  });

  it('the calendar date of an instant depends on the zone', () => {
    expect(calendarDateInZone('2019-10-03T22:30:00Z', 'Europe/Moscow')).toBe('2019-10-04');
    expect(calendarDateInZone('2019-10-03T22:30:00Z', 'America/New_York')).toBe('2019-10-03');
    expect(calendarDateInZone('2019-10-03T14:30:00Z', 'Asia/Vladivostok')).toBe('2019-10-04');
  });
});

describe('findCallWindows', () => {
  const hours = { start: 9, end: 18 };

  it('2019-10-03: New York 09:00–10:00 is Volgograd 17:00–18:00 (Volgograd was UTC+4)', () => {
    const windows = findCallWindows('2019-10-03', 'America/New_York', 'Europe/Volgograd', hours);
    expect(windows.map((w) => [w.start.toISOString(), w.end.toISOString()])).toEqual([['2019-10-03T13:00:00.000Z', '2019-10-03T14:00:00.000Z']]);
    const [w] = windows;
    expect(wallClock(w!.start, 'America/New_York').time).toBe('09:00');
    expect(wallClock(w!.end, 'America/New_York').time).toBe('10:00');
    expect(wallClock(w!.start, 'Europe/Volgograd').time).toBe('17:00');
    expect(wallClock(w!.end, 'Europe/Volgograd').time).toBe('18:00');
  });

  it('the same day in 2021 gives two hours, Volgograd being UTC+3 again', () => {
    const [w] = findCallWindows('2021-10-04', 'America/New_York', 'Europe/Volgograd', hours);
    expect([w?.start.toISOString(), w?.end.toISOString()]).toEqual(['2021-10-04T13:00:00.000Z', '2021-10-04T15:00:00.000Z']);
  });

  it('follows the US DST switch: Moscow and New York share two hours in July, one in January', () => {
    const july = findCallWindows('2019-07-15', 'Europe/Moscow', 'America/New_York', hours);
    expect(july.map((w) => [w.start.toISOString(), w.end.toISOString()])).toEqual([['2019-07-15T13:00:00.000Z', '2019-07-15T15:00:00.000Z']]);
    const january = findCallWindows('2019-01-15', 'Europe/Moscow', 'America/New_York', hours);
    expect(january.map((w) => [w.start.toISOString(), w.end.toISOString()])).toEqual([['2019-01-15T14:00:00.000Z', '2019-01-15T15:00:00.000Z']]);
  });

  it('crosses the date line: Vladivostok’s morning is Los Angeles’ previous afternoon', () => {
    const windows = findCallWindows('2019-10-03', 'Asia/Vladivostok', 'America/Los_Angeles', hours);
    expect(windows.map((w) => [w.start.toISOString(), w.end.toISOString()])).toEqual([['2019-10-02T23:00:00.000Z', '2019-10-03T01:00:00.000Z']]);
  });

  it('finds nothing when the working days never meet', () => {
    expect(findCallWindows('2019-10-03', 'Asia/Vladivostok', 'America/New_York', { start: 10, end: 17 })).toEqual([]);
  });
});

describe('formatInBothZones', () => {
  it('shows the instant in the home zone and the city’s zone, with their offsets then', () => {
    expect(formatInBothZones('2019-10-03T13:00:00Z', 'America/New_York', 'Europe/Volgograd', 'en')).toBe(
      'October 3, 2019, 09:00 New York (UTC−4) · 17:00 Volgograd (UTC+4)',
    );
    expect(formatInBothZones('2019-10-03T13:00:00Z', 'Europe/Moscow', 'America/New_York', 'ru')).toBe(
      '3 октября 2019, 16:00 Москва (UTC+3) · 09:00 Нью-Йорк (UTC−4)',
    );
  });

  it('names the other side’s date when it is another day, and shows one zone once', () => {
    expect(formatInBothZones('2019-10-03T23:30:00Z', 'Asia/Vladivostok', 'America/New_York', 'en')).toBe(
      'October 4, 2019, 09:30 Vladivostok (UTC+10) · October 3, 2019, 19:30 New York (UTC−4)',
    );
    expect(formatInBothZones('2019-10-03T13:00:00Z', 'Europe/Moscow', 'Europe/Moscow', 'en')).toBe('October 3, 2019, 16:00 Moscow (UTC+3)');
  });

  it('names zones in the UI language', () => {
    expect(zoneCityName('America/Los_Angeles', 'en')).toBe('Los Angeles');
    expect(zoneCityName('Europe/Volgograd', 'ru')).toBe('Волгоград');
    expect(zoneCityName('Asia/Chita', 'ru')).toBe('Chita');
  });
});
