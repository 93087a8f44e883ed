import { TZDate } from '@date-fns/tz';

/**
 * A VTIMEZONE (RFC 5545 3.6.5) for `zone` over [from, to], built from the runtime's tz database:
 * one observance per offset in force in that window, each starting at its transition's local
 * time. No RRULEs: a program spans days, and exact observances cannot drift from the real rules
 * (Volgograd's 2018 and 2020 changes were one-off, not yearly). Written by hand because no ICS
 * library is installed; readers (python's icalendar, Outlook, Google) accept explicit observances.
 */
export function vtimezone(zone: string, from: Date, to: Date): string[] {
  const offsetAt = (ms: number): number => -new TZDate(ms, zone).getTimezoneOffset();
  const hour = 3_600_000;
  const start = from.getTime() - 2 * 24 * hour;
  const end = to.getTime() + 2 * 24 * hour;
  const periods: { at: number; offset: number; before: number }[] = [{ at: start, offset: offsetAt(start), before: offsetAt(start) }];
  for (let t = start + hour; t <= end; t += hour) {
    const offset = offsetAt(t);
    const last = periods[periods.length - 1];
    if (last && offset !== last.offset) {
      // Narrow the change down to the minute it happened.
      let lo = t - hour;
      let hi = t;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 2 / 60_000) * 60_000;
        if (offsetAt(mid) === last.offset) lo = mid;
        else hi = mid;
      }
      periods.push({ at: hi, offset, before: last.offset });
    }
  }
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  for (const period of periods) {
    // An observance's DTSTART is local time in the offset in force before it.
    const local = new Date(period.at + period.before * 60_000).toISOString().replace(/[-:]/gu, '').slice(0, 15);
    lines.push(
      'BEGIN:STANDARD',
      `DTSTART:${local}`,
      `TZOFFSETFROM:${offsetText(period.before)}`,
      `TZOFFSETTO:${offsetText(period.offset)}`,
      'END:STANDARD',
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** "+0400", "-0500". */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}
