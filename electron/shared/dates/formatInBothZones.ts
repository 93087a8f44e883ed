import type { DateLocale } from './formatFuzzyDate';
import { formatFuzzyDate } from './formatFuzzyDate';
import { wallClockInZone } from './instantInZone';
import { utcOffsetLabel } from './zonedDate';
import { zoneCityName } from './zoneCityName';

const dayOnly = (date: string, locale: DateLocale) =>
  formatFuzzyDate({ earliest: date, latest: date, precision: 'day', uncertain: false, label: date }, locale);

/**
 * An instant as both sides read it: "October 3, 2019, 17:00 Volgograd (UTC+4) · 09:00 New York
 * (UTC−4)". The other side's date is named only when it differs. One zone is shown once when
 * both are the same zone.
 */
export function formatInBothZones(instant: Date | string, homeZone: string, otherZone: string, locale: DateLocale): string {
  const home = wallClockInZone(instant, homeZone);
  const first = `${dayOnly(home.date, locale)}, ${home.time} ${zoneCityName(homeZone, locale)} (${utcOffsetLabel(instant, homeZone)})`;
  if (otherZone === homeZone) return first;
  const other = wallClockInZone(instant, otherZone);
  const otherDate = other.date === home.date ? '' : `${dayOnly(other.date, locale)}, `;
  return `${first} · ${otherDate}${other.time} ${zoneCityName(otherZone, locale)} (${utcOffsetLabel(instant, otherZone)})`;
}
