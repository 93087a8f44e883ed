import { escapeIcsText, foldIcsLine, icsDate, icsUtc } from './icsText';
import type { IcsEvent } from './IcsEvent';

export const ICS_PRODID = '-//Liaison//Liaison Conference Timelines//EN';

/** A VCALENDAR of the events, CRLF line ends, every line folded, stamped with `now`. */
export function writeIcs(events: readonly IcsEvent[], now: Date, calendarName: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${ICS_PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeIcsText(calendarName)}`];
  const stamp = icsUtc(now);
  for (const event of events) {
    lines.push('BEGIN:VEVENT', `UID:${event.uid}`, `DTSTAMP:${stamp}`);
    if (event.when.kind === 'all-day') {
      lines.push(`DTSTART;VALUE=DATE:${icsDate(event.when.start)}`, `DTEND;VALUE=DATE:${icsDate(event.when.endExclusive)}`);
    } else {
      lines.push(`DTSTART:${icsUtc(event.when.start)}`, `DTEND:${icsUtc(event.when.end)}`);
    }
    lines.push(`SUMMARY:${escapeIcsText(event.summary)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeIcsText(event.description)}`);
    if (event.location) lines.push(`LOCATION:${escapeIcsText(event.location)}`);
    if (event.categories.length > 0) lines.push(`CATEGORIES:${event.categories.map(escapeIcsText).join(',')}`);
    lines.push(`STATUS:${event.status}`, `TRANSP:${event.when.kind === 'all-day' ? 'TRANSPARENT' : 'OPAQUE'}`, `SEQUENCE:${event.sequence}`, `LAST-MODIFIED:${icsUtc(event.lastModified)}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
