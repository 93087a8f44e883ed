import type { CalendarDate } from '../schemas/common';

/**
 * Arithmetic on zone-free calendar dates (`yyyy-MM-dd`). Done on UTC midnights because a
 * calendar date has no zone: a local-time Date would skip or repeat a day across a DST switch.
 */

export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function splitCalendarDate(date: CalendarDate): { year: number; month: number; day: number } {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return { year, month, day };
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const { year, month, day } = splitCalendarDate(date);
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return calendarDate(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: CalendarDate, to: CalendarDate): number {
  const a = splitCalendarDate(from);
  const b = splitCalendarDate(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A calendar date as a day number: days since 1970-01-01. */
export function dayNumberOf(date: CalendarDate): number {
  const { year, month, day } = splitCalendarDate(date);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The calendar date of a day number. */
export function dateOfDayNumber(day: number): CalendarDate {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
