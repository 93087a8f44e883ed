import type { ProgramPerson, ProgramRow, ProgramView } from '../../shared/contracts/programChannels';
import { contactDisplayName, contactLatinName } from '../../shared/names/contactDisplayName';
import { programClashes } from '../../shared/program/programClashes';
import { conferenceLength, dateOfDay, isDateFixed, itemInstants } from '../../shared/program/programDays';
import { isReplyOverdue } from '../../shared/program/speakerReplies';
import type { CalendarDate } from '../../shared/schemas/common';
import type { Conference } from '../../shared/schemas/conference';
import type { ProgramItem } from '../../shared/schemas/programItem';
import type { Workspace } from '../../shared/schemas/workspace';

/** The items of one conference's program, in timetable order (day, hour, title; unplaced last). */
export function programItemsOf(ws: Readonly<Workspace>, conferenceId: string): ProgramItem[] {
  return Object.values(ws.programItems)
    .filter((item) => item.conferenceId === conferenceId)
    .sort((a, b) => (a.day ?? 99) - (b.day ?? 99) || (a.start ?? 9999) - (b.start ?? 9999) || (a.titleEn || a.titleRu).localeCompare(b.titleEn || b.titleRu));
}

/** The host city's zone: the program's hours are its wall clock. */
export function hostZone(ws: Readonly<Workspace>, conference: Conference): string | null {
  return conference.cityId ? (ws.cities[conference.cityId]?.zone ?? null) : null;
}

/** Planned arrivals of the conference's participants whose travel is known, by contact. */
export function arrivalsOf(ws: Readonly<Workspace>, conferenceId: string): Map<string, string> {
  const arrivals = new Map<string, string>();
  for (const participant of Object.values(ws.participants)) {
    if (participant.conferenceId === conferenceId && participant.arrivesAt) arrivals.set(participant.contactId, participant.arrivesAt);
  }
  return arrivals;
}

export function isUsContactIn(ws: Readonly<Workspace>, contactId: string): boolean {
  const contact = ws.contacts[contactId];
  return !!contact && contact.cityIds.some((cityId) => ws.cities[cityId]?.country === 'US');
}

/** The whole program of a conference with dates, instants, names and clashes worked out. */
export function programView(ws: Readonly<Workspace>, conference: Conference, today: CalendarDate): ProgramView {
  const items = programItemsOf(ws, conference.id);
  const zone = hostZone(ws, conference);
  const venueHours = conference.venueHours ?? null;
  const clashes = programClashes(items, { date: conference.date, zone, venueHours, arrivals: arrivalsOf(ws, conference.id) });
  const names: Record<string, string> = {};
  const person = (item: ProgramItem, contactId: string): ProgramPerson => {
    const contact = ws.contacts[contactId];
    const name = contact ? contactDisplayName(contact) : '—';
    names[contactId] = name;
    const invitation = item.invitations[contactId] ?? { status: 'to-invite' as const, reason: '', invitedOn: null, replyBy: null };
    return {
      contactId,
      name,
      latinName: contact ? contactLatinName(contact) : '',
      invitation,
      overdue: isReplyOverdue(invitation, today),
      us: isUsContactIn(ws, contactId),
    };
  };
  const rows: ProgramRow[] = items.map((item) => {
    const when = itemInstants(conference.date, zone, item);
    const proposer = item.proposedById ? ws.organizations[item.proposedById] : undefined;
    return {
      id: item.id,
      titleEn: item.titleEn,
      titleRu: item.titleRu,
      descriptionEn: item.descriptionEn,
      descriptionRu: item.descriptionRu,
      kind: item.kind,
      topics: item.topics,
      day: item.day,
      start: item.start,
      minutes: item.minutes,
      date: item.day === null ? null : dateOfDay(conference.date, item.day),
      startsAt: when ? when.start.toISOString() : null,
      endsAt: when ? when.end.toISOString() : null,
      place: item.place,
      speakers: item.speakerIds.map((id) => person(item, id)),
      moderators: item.moderatorIds.map((id) => person(item, id)),
      proposedBy: proposer ? { id: proposer.id, name: proposer.name } : null,
      status: item.status,
      statusReason: item.statusReason,
      notes: item.notes,
      clashes: clashes.filter((clash) => clash.itemId === item.id),
      rev: item.rev,
    };
  });
  const fixedLength = conferenceLength(conference.date);
  const lastDay = Math.max(0, ...items.map((item) => item.day ?? 0));
  const days = Math.max(fixedLength ?? 2, lastDay, 1);
  const city = conference.cityId ? ws.cities[conference.cityId] : undefined;
  for (const row of rows) for (const clash of row.clashes) if ('otherId' in clash) names[clash.otherId] = titleOfRow(rows, clash.otherId);
  return {
    conference: {
      id: conference.id,
      name: conference.name,
      date: conference.date,
      dateFixed: isDateFixed(conference.date),
      days,
      dayDates: Array.from({ length: days }, (_, index) => dateOfDay(conference.date, index + 1)),
      zone,
      cityName: city ? (city.nameCyrillic ? `${city.nameLatin} (${city.nameCyrillic})` : city.nameLatin) : '',
      venueHours,
      organizers: conference.organizerIds.flatMap((id) => {
        const organization = ws.organizations[id];
        return organization ? [{ id, name: organization.name }] : [];
      }),
    },
    today,
    items: rows,
    names,
  };
}

function titleOfRow(rows: readonly ProgramRow[], id: string): string {
  const row = rows.find((r) => r.id === id);
  return row ? row.titleEn || row.titleRu : '';
}
