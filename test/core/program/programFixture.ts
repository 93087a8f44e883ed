import { at, fuzzy, newId, openTimelineFixture, type TimelineFixture } from '../timelines/timelineFixture';

export { at, fuzzy, newId };

/**
 * The summit with its two organising organisations, Volgograd and Portland, a Russian speaker
 * (Irina) and a US speaker (Jennifer, from Portland), and its date still a range.
 */
export interface ProgramFixture extends TimelineFixture {
  summit: string;
  volgograd: string;
  portland: string;
  sci: string;
  urc: string;
  irina: string;
  jennifer: string;
}

export async function openProgramFixture(now = '2019-06-15T09:00:00.000Z'): Promise<ProgramFixture> {
  const f = await openTimelineFixture(now);
  const ids = { summit: newId(), volgograd: newId(), portland: newId(), sci: newId(), urc: newId(), irina: newId(), jennifer: newId() };
  await f.run(
    { type: 'city.create', at: at(), id: ids.volgograd, data: { nameLatin: 'Volgograd', nameCyrillic: 'Волгоград', country: 'RU', zone: 'Europe/Volgograd' } },
    { type: 'city.create', at: at(), id: ids.portland, data: { nameLatin: 'Portland', country: 'US', region: 'OR', zone: 'America/Los_Angeles' } },
    { type: 'organization.create', at: at(), id: ids.sci, data: { name: 'Sister Cities International', kind: 'ngo' } },
    { type: 'organization.create', at: at(), id: ids.urc, data: { name: 'Союз российских городов', nameLatin: 'Union of Russian Cities', kind: 'association' } },
    {
      type: 'conference.create',
      at: at(),
      id: ids.summit,
      data: { name: 'US–Russia Sister Cities Summit', date: fuzzy('late September – early October 2019'), cityId: ids.volgograd, organizerIds: [ids.sci, ids.urc] },
    },
    { type: 'contact.create', at: at(), id: ids.irina, data: { family: 'Соколова', given: 'Ирина', familyLatin: 'Sokolova', givenLatin: 'Irina', cityIds: [ids.volgograd] } },
    { type: 'contact.create', at: at(), id: ids.jennifer, data: { family: 'Collins', given: 'Jennifer', familyLatin: 'Collins', givenLatin: 'Jennifer', cityIds: [ids.portland] } },
  );
  return { ...f, ...ids };
}

/** A program item as a caller writes it, on the summit. */
export function item(f: ProgramFixture, data: Record<string, unknown>, participantIds: Record<string, string> = {}) {
  const id = newId();
  return { id, command: { type: 'program.create' as const, at: at(), id, data: { conferenceId: f.summit, ...data }, participantIds } };
}
