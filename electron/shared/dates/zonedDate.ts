import { TZDate } from '@date-fns/tz';
import type { CalendarDate } from '../schemas/common';

/**
 * Wall clocks from the runtime's tz database, never a fixed offset: Volgograd alone has been
 * UTC+3 and UTC+4 twice since 2011. (Reading an instant in a zone: see instantInZone.ts.)
 */

/** The instant at which the wall clock in `zone` reads `hour:minute` on `date`. */
export function wallTimeToInstant(date: CalendarDate, hour: number, minute: number, zone: string): Date {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(new TZDate(year, month - 1, day, hour, minute, zone).getTime());
}

/** "UTC+4", "UTC−4", "UTC+5:30" at that instant. */
export function utcOffsetLabel(instant: Date | string, zone: string): string {
  const minutes = -new TZDate(new Date(instant).getTime(), zone).getTimezoneOffset();
  const sign = minutes < 0 ? '−' : '+';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}
