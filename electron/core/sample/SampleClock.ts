import { addCalendarDays, splitCalendarDate } from '../../shared/dates/calendarDate';
import { calendarDateInZone } from '../../shared/dates/instantInZone';
import { parseFuzzyDate } from '../../shared/dates/parseFuzzyDate';
import type { CalendarDate, Instant } from '../../shared/schemas/common';
import type { FuzzyDate } from '../../shared/schemas/fuzzyDate';

/**
 * The sample's dates, all counted from the day it is opened (the command's `at`, seen from
 * Moscow, the default home zone), so the story is always current: the summit next year, a step
 * due this week, one overdue. Tests pass a fixed `at` and get the same story every run.
 */
export class SampleClock {
  readonly today: CalendarDate;
  /** The summit's year: next year. */
  readonly summitYear: number;

  constructor(readonly at: Instant) {
    this.today = calendarDateInZone(at, 'Europe/Moscow');
    this.summitYear = splitCalendarDate(this.today).year + 1;
  }

  /** The calendar date `days` from today (negative: in the past). */
  day(days: number): CalendarDate {
    return addCalendarDays(this.today, days);
  }

  /** An instant `days` from today at `hour`:00 UTC, never later than the opening itself. */
  instant(days: number, hour: number): Instant {
    const value = `${this.day(days)}T${String(hour).padStart(2, '0')}:00:00.000Z`;
    return value > this.at && days <= 0 ? this.at : value;
  }

  /** A fuzzy date as a person would type it ("late September – early October 2027"). */
  fuzzy(text: string): FuzzyDate {
    const parsed = parseFuzzyDate(text, new Date(this.at));
    if (!parsed.ok) throw new Error(`The sample's date “${text}” does not parse: ${parsed.reason}`);
    return parsed.value;
  }

  /** A fuzzy date naming one day. */
  exact(date: CalendarDate): FuzzyDate {
    return this.fuzzy(date);
  }
}
