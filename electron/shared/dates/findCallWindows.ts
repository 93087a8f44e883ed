import type { CalendarDate } from '../schemas/common';
import { addCalendarDays } from './calendarDate';
import { wallTimeToInstant } from './zonedDate';

export interface WorkingHours {
  /** Hour the working day starts, 0–23, on the local wall clock. */
  start: number;
  /** Hour it ends, 1–24. */
  end: number;
}

export interface CallWindow {
  /** UTC instants, start inclusive, end exclusive. */
  start: Date;
  end: Date;
}

/**
 * When both sides are within working hours on a chosen day (the day as the home side counts it):
 * the home working day intersected with the other side's working days that touch it. Computed on
 * instants from each zone's own rules, so DST switches and Russia's zone changes are honoured.
 * Weekends are not skipped: the user chooses the day.
 */
export function findCallWindows(day: CalendarDate, homeZone: string, otherZone: string, hours: WorkingHours): CallWindow[] {
  const span = (date: CalendarDate, zone: string): CallWindow => ({
    start: wallTimeToInstant(date, hours.start, 0, zone),
    end: hours.end === 24 ? wallTimeToInstant(addCalendarDays(date, 1), 0, 0, zone) : wallTimeToInstant(date, hours.end, 0, zone),
  });
  const home = span(day, homeZone);
  const windows: CallWindow[] = [];
  for (const offset of [-1, 0, 1]) {
    const other = span(addCalendarDays(day, offset), otherZone);
    const start = Math.max(home.start.getTime(), other.start.getTime());
    const end = Math.min(home.end.getTime(), other.end.getTime());
    if (start < end) windows.push({ start: new Date(start), end: new Date(end) });
  }
  return windows;
}
