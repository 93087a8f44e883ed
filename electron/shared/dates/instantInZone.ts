import { TZDate, tz } from '@date-fns/tz';
import { format } from 'date-fns';
import type { CalendarDate, Instant } from '../schemas/common';
import { dateLocale } from './dateLocale';

/**
 * Instants (UTC ISO strings) seen from an IANA zone, through date-fns and @date-fns/tz, never
 * through a fixed offset: Volgograd was UTC+4 from 2018 to 2020 and Moscow time before and after.
 */

/** The calendar date an instant falls on in `zone`: 2026-03-01T22:30Z is 2026-03-02 in Moscow. */
export function calendarDateInZone(instant: Instant | Date, zone: string): CalendarDate {
  return format(new Date(instant), 'yyyy-MM-dd', { in: tz(zone) });
}

/** The wall-clock date and time ("HH:mm") an instant shows in `zone`, for a form's inputs. */
export function wallClockInZone(instant: Instant | Date, zone: string): { date: CalendarDate; time: string } {
  const at = new Date(instant);
  return { date: format(at, 'yyyy-MM-dd', { in: tz(zone) }), time: format(at, 'HH:mm', { in: tz(zone) }) };
}

/**
 * The instant a wall-clock date and time ("2019-09-30", "14:30") in `zone` names. A time skipped
 * by a clock change moves forward, as the zone's clocks did. Null for text that is no date or time.
 */
export function instantFromWallClock(date: string, time: string, zone: string): Instant | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  const t = /^(\d{1,2}):(\d{2})$/u.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hours, minutes] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hours > 23 || minutes > 59) return null;
  const zoned = new TZDate(year, month - 1, day, hours, minutes, zone);
  if (Number.isNaN(zoned.getTime()) || zoned.getDate() !== day) return null;
  return new Date(zoned.getTime()).toISOString();
}

/** "Sep 30, 2019, 2:30 PM" / «30 сент. 2019 г., 14:30» in `zone`, in the UI's locale. */
export function formatInZone(instant: Instant | Date, zone: string, locale: string): string {
  return format(new Date(instant), 'PPp', { locale: dateLocale(locale), in: tz(zone) });
}

/** A calendar date shown in the UI's locale ("Sep 30, 2019", «30 сент. 2019 г.»), read as a date with no zone. */
export function formatCalendarDate(date: CalendarDate, locale: string): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return format(new Date(Date.UTC(year, month - 1, day)), 'PP', { locale: dateLocale(locale), in: tz('UTC') });
}

/** A month's short name in the UI's locale ("Oct", «окт.»), for chart axes; `month` is 1–12. */
export function formatShortMonth(year: number, month: number, locale: string): string {
  return format(new Date(Date.UTC(year, month - 1, 1)), 'LLL', { locale: dateLocale(locale), in: tz('UTC') });
}

/** `date` moved by whole months, the day clamped to the month's end (2024-02-29 - 12 months = 2023-02-28). */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(day, last))).toISOString().slice(0, 10);
}
