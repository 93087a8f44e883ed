import { addCalendarDays, calendarDaysBetween } from '../dates/calendarDate';
import { wallTimeToInstant } from '../dates/zonedDate';
import type { CalendarDate } from '../schemas/common';
import type { FuzzyDate } from '../schemas/fuzzyDate';

/**
 * Days before dates. A program is drafted on "Day 1", "Day 2", … with wall-clock hours in the
 * host city; the days become dates only once the conference date is fixed, and the hours become
 * instants through the host city's IANA zone at that date. Nothing stored changes when the date is
 * set or moved, so the program stays consistent: Day 2 at 10:00 is 10:00 in Volgograd on whatever
 * day Day 2 turns out to be, at Volgograd's offset on that day (UTC+4 in 2019, UTC+3 from 2021).
 */

/** A conference lasting longer than this is read as "somewhere in this range", not as its own span. */
export const LONGEST_CONFERENCE_DAYS = 7;

/**
 * Whether the conference date names its days: one day, or a short range stated without a hedge
 * ("1–3 October 2019"). "Late September – early October" is still a range to be narrowed.
 */
export function isDateFixed(date: FuzzyDate | null): date is FuzzyDate {
  if (!date || date.uncertain) return false;
  if (date.precision === 'day') return true;
  return date.precision === 'range' && calendarDaysBetween(date.earliest, date.latest) < LONGEST_CONFERENCE_DAYS;
}

/** How many days a fixed conference lasts; null while the date is a range. */
export function conferenceLength(date: FuzzyDate | null): number | null {
  return isDateFixed(date) ? calendarDaysBetween(date.earliest, date.latest) + 1 : null;
}

/** The calendar date of Day `day`; null while the conference date is a range. */
export function dateOfDay(date: FuzzyDate | null, day: number): CalendarDate | null {
  return isDateFixed(date) ? addCalendarDays(date.earliest, day - 1) : null;
}

/** A placed item's start and end as instants in the host zone; null until the date is fixed, the zone known and the hour set. */
export function itemInstants(
  date: FuzzyDate | null,
  zone: string | null,
  item: { day: number | null; start: number | null; minutes: number },
): { date: CalendarDate; start: Date; end: Date } | null {
  if (item.day === null || item.start === null || !zone) return null;
  const day = dateOfDay(date, item.day);
  if (!day) return null;
  const start = wallTimeToInstant(day, Math.floor(item.start / 60), item.start % 60, zone);
  // The end is the wall clock after `minutes`, read in the zone too (a US host may change clocks overnight).
  const endMinute = item.start + item.minutes;
  const end = wallTimeToInstant(addCalendarDays(day, Math.floor(endMinute / 1440)), Math.floor((endMinute % 1440) / 60), endMinute % 60, zone);
  return { date: day, start, end };
}

/** "09:30" from 570. */
export function formatMinuteOfDay(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** 570 from "09:30" or "9:30"; null for anything else. */
export function parseMinuteOfDay(text: string): number | null {
  const match = /^\s*(\d{1,2})[:.](\d{2})\s*$/u.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}
