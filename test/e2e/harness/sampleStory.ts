import { addCalendarDays } from '../../../electron/shared/dates/calendarDate';
import { calendarDateInZone } from '../../../electron/shared/dates/instantInZone';

/**
 * The sample is dated from the day it opens (Moscow, the default home zone), and the harness runs
 * on the real clock: tests read the story's dates from here rather than from a fixed year.
 */
export function sampleStory(now = new Date()) {
  const today = calendarDateInZone(now, 'Europe/Moscow');
  const summitYear = Number(today.slice(0, 4)) + 1;
  return { today, summitYear, day: (days: number) => addCalendarDays(today, days) };
}
