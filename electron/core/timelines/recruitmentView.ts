import type { CoverageRow, Funnel, ParticipantRow, Recruitment } from '../../shared/contracts/timelineChannels';
import { contactDisplayName, contactLatinName } from '../../shared/names/contactDisplayName';
import type { CalendarDate } from '../../shared/schemas/common';
import type { Conference } from '../../shared/schemas/conference';
import type { Workspace } from '../../shared/schemas/workspace';
import { funnelStages, stageRank } from '../../shared/timelines/participantStages';
import { recruitmentDeadlines } from '../../shared/timelines/recruitmentDeadlines';
import { scheduleSpan } from '../../shared/timelines/scheduleSpan';

/** The participants of one conference, the funnel, coverage of US partner cities and deadlines. */
export function recruitmentView(ws: Readonly<Workspace>, conference: Conference, today: CalendarDate): Recruitment {
  // A contact in the Trash is out of every list until restored; so is its participation.
  const participants = Object.values(ws.participants).filter((p) => p.conferenceId === conference.id && ws.contacts[p.contactId] && !ws.contacts[p.contactId]?.deletedAt);
  const rows: ParticipantRow[] = participants.map((p) => {
    const contact = ws.contacts[p.contactId];
    const org = contact?.organizationId ? ws.organizations[contact.organizationId] : undefined;
    return {
      id: p.id,
      contactId: p.contactId,
      name: contact ? contactDisplayName(contact) : '',
      latinName: contact ? contactLatinName(contact) : '',
      organization: org?.name ?? '',
      cities: (contact?.cityIds ?? []).flatMap((id) => (ws.cities[id] ? [ws.cities[id].nameLatin] : [])),
      email: contact?.emails.find((e) => e.preferred)?.value ?? contact?.emails[0]?.value ?? '',
      stage: p.stage,
      stageReason: p.stageReason,
      partnershipId: p.partnershipId,
      arrivesAt: p.arrivesAt ?? null,
    };
  });
  rows.sort((a, b) => stageRank(b.stage) - stageRank(a.stage) || a.name.localeCompare(b.name));

  const active = participants.filter((p) => p.stage !== 'declined');
  const targets = conference.recruitmentTargets ?? {};
  const funnel: Funnel = {
    conferenceId: conference.id,
    total: participants.length,
    declined: participants.length - active.length,
    stages: funnelStages.map((stage) => ({
      stage,
      current: active.filter((p) => p.stage === stage).length,
      reached: active.filter((p) => stageRank(p.stage) >= stageRank(stage)).length,
      target: targets[stage] ?? null,
    })),
  };

  const deadlines = recruitmentDeadlines(ws.settings.visaLeadDays).map(({ stage, daysBefore }) => {
    const span = scheduleSpan({ kind: 'relative', daysBefore }, conference.date);
    const behind = active.filter((p) => stageRank(p.stage) < stageRank(stage)).length;
    return { stage, daysBefore, span, behind, overdue: span !== null && span.latest < today && behind > 0 };
  });

  return { today, visaLeadDays: ws.settings.visaLeadDays, participants: rows, funnel, coverage: coverage(ws, active), deadlines };
}

/**
 * Every US city in a live partnership, and how many active participants come from it: from the
 * participant's partnership, or the contact's cities. Uncovered cities come first.
 */
function coverage(ws: Readonly<Workspace>, active: Workspace['participants'][string][]): CoverageRow[] {
  const byCity = new Map<string, CoverageRow>();
  for (const partnership of Object.values(ws.partnerships)) {
    if (partnership.status === 'ended') continue;
    const city = ws.cities[partnership.usCityId];
    if (!city) continue;
    const row = byCity.get(city.id) ?? { cityId: city.id, name: city.nameLatin, region: city.region, partnerships: [], participants: 0 };
    const partner = ws.cities[partnership.ruCityId];
    row.partnerships.push({ id: partnership.id, partnerName: partner ? partner.nameLatin : '' });
    byCity.set(city.id, row);
  }
  for (const p of active) {
    const cityIds = new Set(ws.contacts[p.contactId]?.cityIds ?? []);
    const partnership = p.partnershipId ? ws.partnerships[p.partnershipId] : undefined;
    if (partnership) cityIds.add(partnership.usCityId);
    for (const id of cityIds) {
      const row = byCity.get(id);
      if (row) row.participants++;
    }
  }
  return [...byCity.values()].sort((a, b) => Number(a.participants > 0) - Number(b.participants > 0) || a.name.localeCompare(b.name));
}
