import { addCalendarDays } from '../../shared/dates/calendarDate';
import { formatFuzzyDate } from '../../shared/dates/formatFuzzyDate';
import { formatInBothZones } from '../../shared/dates/formatInBothZones';
import { contactDisplayName } from '../../shared/names/contactDisplayName';
import type { Workspace } from '../../shared/schemas/workspace';
import type { Span } from '../../shared/timelines/scheduleSpan';
import { timelineItems } from '../timelines/timelineItems';
import type { IcsEvent } from './IcsEvent';

/** Logged meetings record when they began, not how long they ran: an hour is shown. */
const MEETING_MS = 60 * 60 * 1000;

const uid = (kind: string, id: string) => `${kind}-${id}@liaison.local`;

/**
 * The calendar of one conference (or all): the conference itself, its milestones and tasks that
 * have a date, and the meetings logged against it (all meetings when no conference is named).
 * A span that is still a range is a TENTATIVE all-day event from its earliest to its latest day.
 */
export function calendarEvents(ws: Readonly<Workspace>, conferenceId: string | null): IcsEvent[] {
  const events: IcsEvent[] = [];
  const allDay = (span: Span) => ({ kind: 'all-day' as const, start: span.earliest, endExclusive: addCalendarDays(span.latest, 1) });
  const cityName = (id: string | null) => {
    const city = id ? ws.cities[id] : undefined;
    return city ? [city.nameLatin, city.region].filter(Boolean).join(', ') : '';
  };

  for (const conference of Object.values(ws.conferences)) {
    if (conferenceId !== null && conference.id !== conferenceId) continue;
    if (!conference.date) continue;
    const date = conference.date;
    const open = date.earliest !== date.latest || date.uncertain;
    events.push({
      uid: uid('conference', conference.id),
      summary: conference.name,
      description: [open ? `Date not fixed: ${formatFuzzyDate(date, 'en')}.` : '', conference.cityId ? '' : 'Host city being negotiated.', conference.notes]
        .filter(Boolean)
        .join('\n'),
      location: cityName(conference.cityId),
      when: allDay(date),
      status: open ? 'TENTATIVE' : 'CONFIRMED',
      categories: ['Conference'],
      sequence: conference.rev,
      lastModified: conference.updatedAt,
    });
  }

  const records = { milestone: ws.milestones, task: ws.tasks };
  // A calendar has no "overdue": any day works as today, the spans do not depend on it.
  for (const item of timelineItems(ws, '0000-01-01', conferenceId)) {
    if (!item.span) continue;
    const record = records[item.kind][item.id];
    if (!record) continue;
    const ranged = item.span.earliest !== item.span.latest || (item.schedule?.kind === 'absolute' && item.schedule.date.uncertain);
    const relative = item.schedule?.kind === 'relative' ? `${item.schedule.daysBefore} days before ${item.conferenceName}.` : '';
    events.push({
      uid: uid(item.kind, item.id),
      summary: item.conferenceName ? `${item.title} (${item.conferenceName})` : item.title,
      description: [relative, item.owner ? `Owner: ${item.owner.name}.` : '', `Status: ${item.status}.`, item.notes].filter(Boolean).join('\n'),
      location: '',
      when: allDay(item.span),
      status: ranged ? 'TENTATIVE' : 'CONFIRMED',
      categories: [item.kind === 'milestone' ? 'Milestone' : 'Task'],
      sequence: record.rev,
      lastModified: record.updatedAt,
    });
  }

  const homeZone = ws.settings.homeZone;
  for (const interaction of Object.values(ws.interactions)) {
    if (interaction.kind !== 'meeting') continue;
    if (conferenceId !== null && !interaction.conferenceIds.includes(conferenceId)) continue;
    const people = interaction.contactIds.flatMap((id) => (ws.contacts[id] ? [contactDisplayName(ws.contacts[id])] : []));
    events.push({
      uid: uid('meeting', interaction.id),
      summary: interaction.subject || (people.length > 0 ? `Meeting with ${people.join(', ')}` : 'Meeting'),
      description: [formatInBothZones(interaction.at, homeZone, interaction.zone, 'en'), people.length > 0 ? `With: ${people.join(', ')}.` : '', interaction.notes]
        .filter(Boolean)
        .join('\n'),
      location: interaction.cityIds.map(cityName).filter(Boolean).join('; '),
      when: { kind: 'timed', start: interaction.at, end: new Date(Date.parse(interaction.at) + MEETING_MS).toISOString() },
      status: 'CONFIRMED',
      categories: ['Meeting'],
      sequence: interaction.rev,
      lastModified: interaction.updatedAt,
    });
  }
  return events;
}
