import type { TimelineItem } from '../../shared/contracts/timelineChannels';
import { compareFuzzyDates } from '../../shared/dates/compareFuzzyDates';
import { contactDisplayName } from '../../shared/names/contactDisplayName';
import type { CalendarDate } from '../../shared/schemas/common';
import type { Workspace } from '../../shared/schemas/workspace';
import { scheduleSpan } from '../../shared/timelines/scheduleSpan';

/**
 * Every milestone and task (of one conference, or all), with the span each falls in today and
 * whether it is overdue, sorted by span (undated last) then title.
 */
export function timelineItems(ws: Readonly<Workspace>, today: CalendarDate, conferenceId: string | null): TimelineItem[] {
  const items: TimelineItem[] = [];
  const owner = (id: string | null) => {
    const contact = id ? ws.contacts[id] : undefined;
    return contact ? { id: contact.id, name: contactDisplayName(contact) } : null;
  };
  const build = (
    kind: TimelineItem['kind'],
    record: { id: string; title: string; schedule: TimelineItem['schedule']; status: TimelineItem['status']; ownerId: string | null; dependsOnIds: string[]; notes: string } & Pick<TimelineItem, 'titlePhrase' | 'notesPhrase'>,
    confId: string | null,
    milestoneId: string | null,
  ): TimelineItem => {
    const conference = confId ? ws.conferences[confId] : undefined;
    const span = scheduleSpan(record.schedule, conference?.date ?? null);
    return {
      id: record.id,
      kind,
      conferenceId: confId,
      conferenceName: conference?.name ?? '',
      milestoneId,
      title: record.title,
      ...(record.titlePhrase ? { titlePhrase: record.titlePhrase } : {}),
      schedule: record.schedule,
      span,
      status: record.status,
      owner: owner(record.ownerId),
      dependsOnIds: record.dependsOnIds,
      notes: record.notes,
      ...(record.notesPhrase ? { notesPhrase: record.notesPhrase } : {}),
      overdue: record.status !== 'done' && span !== null && span.latest < today,
    };
  };
  for (const m of Object.values(ws.milestones)) {
    if (conferenceId === null || m.conferenceId === conferenceId) items.push(build('milestone', m, m.conferenceId, null));
  }
  for (const t of Object.values(ws.tasks)) {
    const confId = t.conferenceId ?? (t.milestoneId ? (ws.milestones[t.milestoneId]?.conferenceId ?? null) : null);
    if (conferenceId === null || confId === conferenceId) items.push(build('task', t, confId, t.milestoneId));
  }
  return items.sort((a, b) => {
    if (a.span && b.span) return compareFuzzyDates(a.span, b.span) || a.title.localeCompare(b.title);
    if (a.span || b.span) return a.span ? -1 : 1;
    return a.title.localeCompare(b.title);
  });
}
