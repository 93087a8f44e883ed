import { addCalendarDays } from '../dates/calendarDate';
import type { CalendarDate } from '../schemas/common';
import type { FuzzyDate } from '../schemas/fuzzyDate';
import type { Schedule } from '../schemas/milestone';

export interface Span {
  earliest: CalendarDate;
  latest: CalendarDate;
}

/**
 * When a milestone or task may fall: an absolute date is its own span; "90 days before" moves
 * the conference's span back, so it is a range while the conference date is one and a single
 * day once that date is fixed. Null while a relative item's conference has no date at all.
 */
export function scheduleSpan(schedule: Schedule | null, conferenceDate: FuzzyDate | null): Span | null {
  if (!schedule) return null;
  if (schedule.kind === 'absolute') return { earliest: schedule.date.earliest, latest: schedule.date.latest };
  if (!conferenceDate) return null;
  return {
    earliest: addCalendarDays(conferenceDate.earliest, -schedule.daysBefore),
    latest: addCalendarDays(conferenceDate.latest, -schedule.daysBefore),
  };
}
