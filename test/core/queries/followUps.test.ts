import { afterEach, describe, expect, it } from 'vitest';
import { InteractionInputSchema } from '../../../electron/shared/schemas/interaction';
import { ParticipantAddSchema } from '../../../electron/shared/commands/timelineCommands';
import { at, createContact } from '../../helpers/commands';
import { cityData, openServiceFixture, type ServiceFixture } from '../../helpers/serviceFixture';

let open: ServiceFixture[] = [];
afterEach(async () => {
  await Promise.all(open.map((f) => f.service.close()));
  open = [];
});

const logged = (at: string, zone: string, contactIds: string[]) => ({
  type: 'interaction.create' as const,
  at,
  id: crypto.randomUUID(),
  data: InteractionInputSchema.parse({ kind: 'call', at, zone, contactIds }),
});

describe('follow-ups', () => {
  it('falls due everyDays after the contact was added, restarts with each interaction, and counts days in the home zone', async () => {
    const f = await openServiceFixture('2026-03-01T09:00:00.000Z');
    open.push(f);
    const contact = { ...createContact({ family: 'Орлова', given: 'Ольга', followUp: { everyDays: 10 } }), at: '2026-03-01T09:00:00.000Z' };
    await f.commit(contact);
    const quiet = { ...createContact({ family: 'Quiet', given: 'Q' }), at: '2026-03-01T09:00:00.000Z' };
    await f.commit(quiet);

    f.setNow('2026-03-10T20:00:00.000Z'); // 23:00 on 10 March in Moscow
    expect((await f.call('followUps:due', {})).total).toBe(0);
    f.setNow('2026-03-10T21:30:00.000Z'); // 00:30 on 11 March in Moscow: due today
    let due = await f.call('followUps:due', {});
    expect(due.today).toBe('2026-03-11');
    expect(due.rows).toEqual([{ contactId: contact.id, name: 'Орлова Ольга', everyDays: 10, lastInteraction: null, due: '2026-03-11', daysOverdue: 0 }]);

    // A call late on 12 March in New York is 13 March in Moscow: the cadence restarts from the 13th.
    await f.commit(logged('2026-03-13T03:00:00.000Z', 'America/New_York', [contact.id]));
    f.setNow('2026-03-20T09:00:00.000Z');
    expect((await f.call('followUps:due', {})).total).toBe(0);
    expect((await f.call('contacts:get', { id: contact.id })).followUp).toEqual({ due: '2026-03-23', daysOverdue: -3, lastInteraction: '2026-03-13T03:00:00.000Z' });
    f.setNow('2026-03-25T09:00:00.000Z');
    due = await f.call('followUps:due', {});
    expect(due.rows.map((r) => [r.name, r.due, r.daysOverdue])).toEqual([['Орлова Ольга', '2026-03-23', 2]]);

    // With the home zone in Chicago the same call falls on 12 March, so the follow-up is due a day earlier.
    await f.service.store.updateSettings({ homeZone: 'America/Chicago' });
    due = await f.call('followUps:due', {});
    expect(due.rows.map((r) => [r.due, r.daysOverdue])).toEqual([['2026-03-22', 3]]);
  });

  it('leaves out contacts in the Trash and sorts the most overdue first', async () => {
    const f = await openServiceFixture('2026-01-01T09:00:00.000Z');
    open.push(f);
    const a = { ...createContact({ family: 'A', followUp: { everyDays: 30 } }), at: '2026-01-01T09:00:00.000Z' };
    const b = { ...createContact({ family: 'B', followUp: { everyDays: 10 } }), at: '2026-01-01T09:00:00.000Z' };
    const c = { ...createContact({ family: 'C', followUp: { everyDays: 5 } }), at: '2026-01-01T09:00:00.000Z' };
    await f.commit(a, b, c);
    await f.commit({ type: 'contact.delete', at: '2026-01-02T09:00:00.000Z', ids: [c.id] });
    f.setNow('2026-02-15T09:00:00.000Z');
    const due = await f.call('followUps:due', {});
    expect(due.rows.map((r) => [r.name, r.daysOverdue])).toEqual([
      ['B', 35],
      ['A', 15],
    ]);
  });
});

describe("a contact's involvement (the contact page's header and timeline)", () => {
  it('names the last interaction, the earliest open next step, and the candidacies and participations, newest first', async () => {
    const f = await openServiceFixture('2026-03-01T09:00:00.000Z');
    open.push(f);
    const contact = createContact({ family: 'Орлова', given: 'Ольга' });
    const other = createContact({ family: 'Other', given: 'O' });
    await f.commit(contact, other);
    const step = (text: string, due: string, done = false) => ({ text, due, done });
    const call = (at: string, subject: string, contactIds: string[], nextStep: ReturnType<typeof step> | null) => ({
      type: 'interaction.create' as const,
      at,
      id: crypto.randomUUID(),
      data: InteractionInputSchema.parse({ kind: 'call', at, zone: 'Europe/Moscow', subject, contactIds, nextStep }),
    });
    await f.commit(
      call('2026-02-01T10:00:00.000Z', 'Older', [contact.id], step('Send the programme', '2026-03-20')),
      call('2026-02-10T10:00:00.000Z', 'Newest with her', [contact.id, other.id], step('Done already', '2026-02-12', true)),
      call('2026-02-20T10:00:00.000Z', 'Not with her', [other.id], step('Earlier, but not hers', '2026-02-25')),
      call('2026-01-05T10:00:00.000Z', 'Oldest', [contact.id], step('Book the hall', '2026-03-05')),
    );
    const city = crypto.randomUUID();
    const conference = crypto.randomUUID();
    const gone = crypto.randomUUID();
    await f.commit(
      { type: 'city.create', at: at(), id: city, data: cityData('Volgograd', 'RU', 'Europe/Volgograd', 'Волгоград') },
      { type: 'conference.create', at: at(), id: conference, data: { name: 'Summit', date: null, cityId: null, tentativeCityIds: [], organizerIds: [], notes: '' } },
      { type: 'conference.create', at: at(), id: gone, data: { name: 'Gone', date: null, cityId: null, tentativeCityIds: [], organizerIds: [], notes: '' } },
    );
    const candidacy = crypto.randomUUID();
    await f.commit({ type: 'candidacy.create', at: '2026-02-15T10:00:00.000Z', id: candidacy, data: { conferenceId: conference, cityId: city, contactIds: [], decisionMakerIds: [contact.id], notes: '' } });
    const participant = crypto.randomUUID();
    await f.commit(ParticipantAddSchema.parse({ type: 'participant.add', at: '2026-02-16T10:00:00.000Z', id: participant, data: { conferenceId: conference, contactId: contact.id } }));
    await f.commit(ParticipantAddSchema.parse({ type: 'participant.add', at: at(), id: crypto.randomUUID(), data: { conferenceId: gone, contactId: other.id } }));

    const { involvement } = await f.call('contacts:get', { id: contact.id });
    expect(involvement?.lastInteraction).toMatchObject({ subject: 'Newest with her', kind: 'call', at: '2026-02-10T10:00:00.000Z' });
    expect(involvement?.nextStep).toMatchObject({ text: 'Book the hall', due: '2026-03-05' });
    expect(involvement?.candidacies).toEqual([
      { id: candidacy, conferenceId: conference, conference: 'Summit', city: 'Волгоград / Volgograd', stage: 'identified', decisionMaker: true, at: '2026-02-15T10:00:00.000Z' },
    ]);
    expect(involvement?.participations).toEqual([{ id: participant, conferenceId: conference, conference: 'Summit', stage: 'identified', at: '2026-02-16T10:00:00.000Z' }]);
    const quiet = (await f.call('contacts:get', { id: other.id })).involvement;
    expect(quiet?.candidacies).toEqual([]);
    expect(quiet?.nextStep?.text).toBe('Earlier, but not hers');
  });
});
