import type { ProgramView } from '../../shared/contracts/programChannels';
import { addCalendarDays } from '../../shared/dates/calendarDate';
import { formatFuzzyDate } from '../../shared/dates/formatFuzzyDate';
import { en } from '../../shared/i18n/en';
import { ru } from '../../shared/i18n/ru';
import { wallTimeToInstant } from '../../shared/dates/zonedDate';
import { escapeIcsText, foldIcsLine, icsUtc } from '../calendar/icsText';
import { vtimezone } from './vtimezone';

export const PROGRAM_ICS_PRODID = '-//Liaison//Liaison Conference Program//EN';

/** "20191002T100000": a local date-time for DTSTART;TZID=… or a floating time. */
function localStamp(date: string, minute: number): string {
  const day = addCalendarDays(date, Math.floor(minute / 1440));
  const m = minute % 1440;
  return `${day.replace(/-/gu, '')}T${String(Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}00`;
}

/**
 * The program as a calendar in the host city's zone: DTSTART/DTEND carry TZID and the file a
 * VTIMEZONE, so every calendar shows 10:00 in Volgograd as 10:00 Volgograd time at the offset of
 * that day. While the conference date is a range, each item sits on the earliest day it could be
 * and is TENTATIVE; without a host city the times float (no zone is known yet).
 * Only placed items (a day and an hour) that are not dropped become events.
 */
export function writeProgramIcs(view: ProgramView, now: Date): string {
  const { conference } = view;
  const zone = conference.zone;
  const events = view.items.filter((item) => item.status !== 'dropped' && item.day !== null && item.start !== null);
  const dayDate = (day: number): string | null => conference.dayDates[day - 1] ?? (conference.date ? addCalendarDays(conference.date.earliest, day - 1) : null);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PROGRAM_ICS_PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeIcsText(conference.name)}`];
  if (zone) lines.push(`X-WR-TIMEZONE:${zone}`);
  const dated = events.flatMap((item) => {
    const date = dayDate(item.day ?? 1);
    return date ? [{ item, date }] : [];
  });
  if (zone && dated.length > 0) {
    const instants = dated.map(({ item, date }) => wallTimeToInstant(date, 0, item.start ?? 0, zone).getTime());
    lines.push(...vtimezone(zone, new Date(Math.min(...instants)), new Date(Math.max(...instants) + 2 * 86_400_000)));
  }
  const stamp = icsUtc(now);
  const unsure = conference.date ? formatFuzzyDate(conference.date, 'en') : '';
  for (const { item, date } of dated) {
    const start = item.start ?? 0;
    const at = (minute: number) => (zone ? `;TZID=${zone}:${localStamp(date, minute)}` : `:${localStamp(date, minute)}`);
    const title = item.titleEn && item.titleRu ? `${item.titleEn} / ${item.titleRu}` : item.titleEn || item.titleRu;
    const people = [...item.speakers, ...item.moderators].map((p) => (p.latinName ? `${p.latinName} (${p.name})` : p.name));
    const description = [
      `${en['program.day'].replace('{day}', String(item.day))} / ${ru['program.day'].replace('{day}', String(item.day))}`,
      conference.dateFixed ? '' : `Date not fixed yet: ${unsure} / Дата пока не назначена`,
      item.descriptionEn,
      item.descriptionRu,
      people.length > 0 ? `Speakers / Выступают: ${people.join(', ')}` : '',
      `${en[`program.status.${item.status}`]} / ${ru[`program.status.${item.status}`]}`,
    ].filter(Boolean);
    const confirmed = conference.dateFixed && item.status === 'confirmed';
    lines.push(
      'BEGIN:VEVENT',
      `UID:program-${item.id}@liaison`,
      `DTSTAMP:${stamp}`,
      `DTSTART${at(start)}`,
      `DTEND${at(start + item.minutes)}`,
      `SUMMARY:${escapeIcsText(title)}`,
      `DESCRIPTION:${escapeIcsText(description.join('\n'))}`,
    );
    if (item.place) lines.push(`LOCATION:${escapeIcsText(item.place)}`);
    if (item.topics.length > 0) lines.push(`CATEGORIES:${item.topics.map(escapeIcsText).join(',')}`);
    lines.push(`STATUS:${confirmed ? 'CONFIRMED' : 'TENTATIVE'}`, `SEQUENCE:${item.rev}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
