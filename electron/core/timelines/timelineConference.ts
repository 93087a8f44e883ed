import type { TimelineConference } from '../../shared/contracts/timelineChannels';
import type { Conference } from '../../shared/schemas/conference';
import type { Workspace } from '../../shared/schemas/workspace';

const cityName = (ws: Readonly<Workspace>, id: string): string => {
  const city = ws.cities[id];
  return city ? (city.nameCyrillic ? `${city.nameLatin} (${city.nameCyrillic})` : city.nameLatin) : '';
};

/** A conference with the names the timelines screen shows beside it. */
export function timelineConference(ws: Readonly<Workspace>, conference: Conference): TimelineConference {
  const city = conference.cityId ? ws.cities[conference.cityId] : undefined;
  let milestoneCount = 0;
  let taskCount = 0;
  let participantCount = 0;
  for (const m of Object.values(ws.milestones)) if (m.conferenceId === conference.id) milestoneCount++;
  for (const t of Object.values(ws.tasks)) if (t.conferenceId === conference.id) taskCount++;
  for (const p of Object.values(ws.participants)) if (p.conferenceId === conference.id) participantCount++;
  return {
    id: conference.id,
    name: conference.name,
    date: conference.date,
    city: city ? { id: city.id, name: cityName(ws, city.id), zone: city.zone } : null,
    tentativeCities: conference.tentativeCityIds.map((id) => ({ id, name: cityName(ws, id) })).filter((c) => c.name !== ''),
    candidacies: Object.values(ws.candidacies)
      .filter((c) => c.conferenceId === conference.id)
      .map((c) => ({ id: c.id, cityName: cityName(ws, c.cityId), stage: c.stage })),
    organizers: conference.organizerIds.flatMap((id) => {
      const org = ws.organizations[id];
      return org ? [{ id, name: org.name }] : [];
    }),
    notes: conference.notes,
    recruitmentTargets: conference.recruitmentTargets ?? {},
    milestoneCount,
    taskCount,
    participantCount,
    example: conference.example === true,
  };
}
