import { describe, expect, it } from 'vitest';
import { dateLocale } from '../../../electron/shared/dates/dateLocale';
import { formatCalendarDate, formatInZone, formatShortMonth } from '../../../electron/shared/dates/instantInZone';

describe('dates in the chosen locale (date-fns locales)', () => {
  it('maps the app locale to a date-fns locale, English for anything else', () => {
    expect(dateLocale('ru').code).toBe('ru');
    expect(dateLocale('ru-RU').code).toBe('ru');
    expect(dateLocale('en').code).toBe('en-US');
    expect(dateLocale('de').code).toBe('en-US');
  });

  it('shows an instant in a zone as each language writes it', () => {
    const at = '2026-10-05T11:00:00.000Z';
    expect(formatInZone(at, 'Europe/Moscow', 'ru')).toBe('5 окт. 2026 г., 14:00');
    expect(formatInZone(at, 'Europe/Moscow', 'en')).toBe('Oct 5, 2026, 2:00 PM');
    expect(formatInZone(at, 'America/New_York', 'ru')).toBe('5 окт. 2026 г., 7:00');
  });

  it('reads the zone’s history, not a fixed offset: Volgograd was UTC+4 in 2019', () => {
    expect(formatInZone('2019-09-30T10:30:00.000Z', 'Europe/Volgograd', 'ru')).toBe('30 сент. 2019 г., 14:30');
    expect(formatInZone('2021-09-30T10:30:00.000Z', 'Europe/Volgograd', 'ru')).toBe('30 сент. 2021 г., 13:30');
  });

  it('shows a calendar date without shifting it, whatever the machine’s zone', () => {
    expect(formatCalendarDate('2019-03-20', 'en')).toBe('Mar 20, 2019');
    expect(formatCalendarDate('2019-03-20', 'ru')).toBe('20 мар. 2019 г.');
    expect(formatCalendarDate('2020-01-01', 'ru')).toBe('1 янв. 2020 г.');
  });

  it('names months for chart axes', () => {
    expect(formatShortMonth(2019, 9, 'en')).toBe('Sep');
    expect(formatShortMonth(2019, 9, 'ru')).toBe('сент.');
    expect(formatShortMonth(2019, 5, 'ru')).toBe('май');
  });
});
