import { tzOffset } from '@date-fns/tz';
import { dayNumberOf } from '../../shared/dates/calendarDate';
import { calendarDateInZone } from '../../shared/dates/instantInZone';
import type { CalendarDate } from '../../shared/schemas/common';

const DAY = 86_400_000;

/**
 * The calendar dates instants fall on in one zone, for scans over many records (the follow-ups
 * due among 100,000 contacts). Formatting each instant through date-fns costs ~50 µs, seconds over
 * a large workspace on every change; here the zone's offset is looked up once per UTC day and
 * reused for every instant in it. A day whose offset differs at its start, middle or end (a clock
 * change) goes through date-fns instant by instant, so the answer is always the zone's own.
 */
export class ZoneDays {
  /** Per UTC day: the zone's offset in minutes all day long, or null on a day the clocks change. */
  private readonly offsets = new Map<number, number | null>();

  constructor(private readonly zone: string) {}

  dateOf(instant: string): CalendarDate {
    const ms = Date.parse(instant);
    const offset = this.offsetOn(ms);
    if (offset === null || !Number.isFinite(ms)) return calendarDateInZone(instant, this.zone);
    return new Date(ms + offset * 60_000).toISOString().slice(0, 10);
  }

  /**
   * The same date as a day number (days since 1970-01-01): a scan that only adds and compares days
   * makes no date string for the many records it does not show.
   */
  dayOf(instant: string): number {
    const ms = Date.parse(instant);
    const offset = this.offsetOn(ms);
    if (offset === null || !Number.isFinite(ms)) return dayNumberOf(calendarDateInZone(instant, this.zone));
    return Math.floor((ms + offset * 60_000) / DAY);
  }

  private offsetOn(ms: number): number | null {
    const day = Math.floor(ms / DAY);
    let offset = this.offsets.get(day);
    if (offset === undefined) {
      const [start, noon, end] = [day * DAY, day * DAY + DAY / 2, (day + 1) * DAY - 60_000].map((t) => tzOffset(this.zone, new Date(t)));
      offset = Number.isFinite(start) && start === noon && noon === end ? (start ?? null) : null;
      this.offsets.set(day, offset);
    }
    return offset;
  }
}

