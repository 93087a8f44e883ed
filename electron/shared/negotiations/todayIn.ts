import { TZDate } from '@date-fns/tz';
import { addDays, format } from 'date-fns';
import type { CalendarDate } from '../schemas/common';

/**
 * The calendar date it is in `zone` at `now`: in Vladivostok it is already tomorrow while New
 * York still has today. Next steps fall due by this date in the user's home zone.
 */
export function todayIn(zone: string, now: Date): CalendarDate {
  return format(new TZDate(now.getTime(), zone), 'yyyy-MM-dd');
}

/** `date` plus `days` calendar days, with no zone involved. */
export function addCalendarDaysTo(date: CalendarDate, days: number): CalendarDate {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return format(addDays(new Date(year, month - 1, day), days), 'yyyy-MM-dd');
}
