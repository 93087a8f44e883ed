import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headlessPlatform, type Platform } from '../../../electron/core/platform/Platform';
import { exportParticipants } from '../../../electron/core/timelines/exportParticipants';
import { Store } from '../../../electron/core/store/Store';
import { at, fuzzy, newId, openTimelineFixture } from './timelineFixture';

const summitData = (date = fuzzy('late September – early October 2019')) => ({
  name: 'US–Russia Sister Cities Summit',
  date,
  cityId: null,
  tentativeCityIds: [],
  organizerIds: [],
  notes: '',
});

async function withSummit(now = '2019-06-15T09:00:00.000Z') {
  const f = await openTimelineFixture(now);
  const summit = newId();
  await f.run({ type: 'conference.create', at: at(), id: summit, data: summitData() });
  return { ...f, summit };
}

describe('conferences, milestones and tasks', () => {
  it('a milestone 90 days before a summit dated by a range is a range, and a date once the summit is fixed', async () => {
    const f = await withSummit();
    const invitations = newId();
    await f.run({ type: 'milestone.create', at: at(), id: invitations, data: { conferenceId: f.summit, title: 'Send invitations', schedule: { kind: 'relative', daysBefore: 90 } } });

    let timeline = await f.call('timelines:timeline', { conferenceId: f.summit });
    expect(timeline.today).toBe('2019-06-15');
    expect(timeline.items).toHaveLength(1);
    expect(timeline.items[0]?.span).toEqual({ earliest: '2019-06-23', latest: '2019-07-12' });

    const summaries = await f.run({ type: 'conference.setDate', at: at(), id: f.summit, date: fuzzy('2019-10-03') });
    expect(summaries).toEqual(['Set the date of US–Russia Sister Cities Summit to October 3, 2019']);
    timeline = await f.call('timelines:timeline', { conferenceId: f.summit });
    expect(timeline.items[0]?.span).toEqual({ earliest: '2019-07-05', latest: '2019-07-05' });

    // Undo puts the range back, and the milestone with it.
    await f.run({ type: 'history.undo', at: at() });
    timeline = await f.call('timelines:timeline', { conferenceId: f.summit });
    expect(timeline.conference.date?.label).toBe('late September – early October 2019');
    expect(timeline.items[0]?.span).toEqual({ earliest: '2019-06-23', latest: '2019-07-12' });
  });

  it('a relative milestone has no span while its conference has no date', async () => {
    const f = await openTimelineFixture('2019-06-15T09:00:00.000Z');
    const conference = newId();
    await f.run({ type: 'conference.create', at: at(), id: conference, data: { ...summitData(), date: null } });
    await f.run({ type: 'milestone.create', at: at(), id: newId(), data: { conferenceId: conference, title: 'Book the hall', schedule: { kind: 'relative', daysBefore: 120 } } });
    const timeline = await f.call('timelines:timeline', { conferenceId: conference });
    expect(timeline.items[0]?.span).toBeNull();
    expect(timeline.conference.city).toBeNull();
  });

  it('refuses dependencies on itself, in a circle, or across conferences; and relative tasks without a conference', async () => {
    const f = await withSummit();
    const a = newId();
    const b = newId();
    const milestone = (id: string, title: string, dependsOnIds: string[], conferenceId = f.summit) => ({
      type: 'milestone.create' as const,
      at: at(),
      id,
      data: { conferenceId, title, schedule: { kind: 'relative' as const, daysBefore: 30 }, dependsOnIds },
    });
    await f.run(milestone(a, 'A', []));
    await f.run(milestone(b, 'B', [a]));
    await expect(f.run({ ...milestone(a, 'A', [b]), type: 'milestone.update' })).rejects.toThrow('go round in a circle');
    await expect(f.run({ ...milestone(a, 'A', [a]), type: 'milestone.update' })).rejects.toThrow('cannot depend on itself');

    const other = newId();
    await f.run({ type: 'conference.create', at: at(), id: other, data: { ...summitData(), name: 'Great Rivers' } });
    await expect(f.run(milestone(newId(), 'C', [a], other))).rejects.toThrow('belongs to another conference');

    await expect(f.run({ type: 'task.create', at: at(), id: newId(), data: { title: 'Visa letters', schedule: { kind: 'relative', daysBefore: 60 } } })).rejects.toThrow(
      'needs its conference',
    );
    await expect(
      f.run({ type: 'milestone.create', at: at(), id: newId(), data: { conferenceId: f.summit, title: 'Owned', schedule: { kind: 'relative', daysBefore: 1 }, ownerId: newId() } }),
    ).rejects.toThrow('no longer exists');
  });

  it('overdue and upcoming items are counted from today in the home zone', async () => {
    // 22:30 UTC on 2019-07-04 is already 2019-07-05 in Moscow (the default home zone).
    const f = await withSummit('2019-07-04T22:30:00.000Z');
    await f.run({ type: 'conference.setDate', at: at(), id: f.summit, date: fuzzy('2019-10-03') });
    const late = newId();
    const soon = newId();
    const done = newId();
    await f.run(
      { type: 'milestone.create', at: at(), id: late, data: { conferenceId: f.summit, title: 'Send invitations', schedule: { kind: 'relative', daysBefore: 91 } } },
      { type: 'milestone.create', at: at(), id: soon, data: { conferenceId: f.summit, title: 'Programme draft', schedule: { kind: 'absolute', date: fuzzy('mid July 2019') } } },
      { type: 'task.create', at: at(), id: done, data: { conferenceId: f.summit, title: 'Save the date', status: 'done', schedule: { kind: 'absolute', date: fuzzy('2019-06-01') } } },
    );
    const attention = await f.call('timelines:attention', {});
    expect(attention.today).toBe('2019-07-05');
    expect(attention.overdue.map((i) => i.title)).toEqual(['Send invitations']);
    expect(attention.upcoming.map((i) => i.title)).toEqual(['Programme draft']);

    await f.service.store.updateSettings({ homeZone: 'America/New_York' });
    const inNewYork = await f.call('timelines:attention', {});
    expect(inNewYork.today).toBe('2019-07-04');
    expect(inNewYork.overdue).toEqual([]);
  });

  it('deleting a conference takes its milestones, tasks and participants with it; undo brings them back', async () => {
    const f = await withSummit();
    const contact = newId();
    await f.run({ type: 'contact.create', at: at(), id: contact, data: { family: 'Smith', given: 'Ann', familyLatin: 'Smith', givenLatin: 'Ann' } });
    await f.run(
      { type: 'milestone.create', at: at(), id: newId(), data: { conferenceId: f.summit, title: 'M', schedule: { kind: 'relative', daysBefore: 10 } } },
      { type: 'task.create', at: at(), id: newId(), data: { conferenceId: f.summit, title: 'T' } },
      { type: 'participant.add', at: at(), id: newId(), data: { conferenceId: f.summit, contactId: contact } },
    );
    await f.run({ type: 'conference.delete', at: at(), ids: [f.summit] });
    const ws = f.service.store.state;
    expect([Object.keys(ws.milestones).length, Object.keys(ws.tasks).length, Object.keys(ws.participants).length]).toEqual([0, 0, 0]);
    await f.run({ type: 'history.undo', at: at() });
    expect([Object.keys(ws.milestones).length, Object.keys(ws.tasks).length, Object.keys(ws.participants).length]).toEqual([1, 1, 1]);
  });

  it('keeps the date on disk: reopening the folder finds the fixed date', async () => {
    const f = await withSummit();
    await f.run({ type: 'conference.setDate', at: at(), id: f.summit, date: fuzzy('2019-10-03') });
    await f.service.close();
    const store = await Store.open({ dir: f.dir, owner: 'cli', readOnly: true });
    expect(store.state.conferences[f.summit]?.date).toMatchObject({ earliest: '2019-10-03', latest: '2019-10-03', precision: 'day' });
    await store.close();
  });
});

describe('recruitment', () => {
  async function recruitmentFixture() {
    const f = await withSummit();
    const ids = { portland: newId(), arkhangelsk: newId(), cleveland: newId(), volgograd: newId(), p1: newId(), p2: newId() };
    const city = (id: string, nameLatin: string, country: 'US' | 'RU', zone: string, region = '') => ({
      type: 'city.create' as const,
      at: at(),
      id,
      data: { nameLatin, country, zone, region },
    });
    await f.run(
      city(ids.portland, 'Portland', 'US', 'America/New_York', 'ME'),
      city(ids.cleveland, 'Cleveland', 'US', 'America/New_York', 'OH'),
      city(ids.arkhangelsk, 'Arkhangelsk', 'RU', 'Europe/Moscow'),
      city(ids.volgograd, 'Volgograd', 'RU', 'Europe/Volgograd'),
      { type: 'partnership.create', at: at(), id: ids.p1, data: { usCityId: ids.portland, ruCityId: ids.arkhangelsk } },
      { type: 'partnership.create', at: at(), id: ids.p2, data: { usCityId: ids.cleveland, ruCityId: ids.volgograd } },
    );
    const ann = newId();
    const bob = newId();
    const cat = newId();
    await f.run(
      { type: 'contact.create', at: at(), id: ann, data: { family: 'Smith', given: 'Ann', familyLatin: 'Smith', givenLatin: 'Ann', cityIds: [ids.portland] } },
      { type: 'contact.create', at: at(), id: bob, data: { family: 'Jones', given: 'Bob', familyLatin: 'Jones', givenLatin: 'Bob' } },
      { type: 'contact.create', at: at(), id: cat, data: { family: 'Brown', given: 'Cat', familyLatin: 'Brown', givenLatin: 'Cat' } },
    );
    return { ...f, ...ids, ann, bob, cat };
  }

  it('moves a participant through the funnel; declining needs a reason; a contact joins once', async () => {
    const f = await recruitmentFixture();
    const ann = newId();
    const bob = newId();
    expect(await f.run({ type: 'participant.add', at: at(), id: ann, data: { conferenceId: f.summit, contactId: f.ann } })).toEqual([
      'Add Ann Smith to the participants of US–Russia Sister Cities Summit',
    ]);
    await f.run({ type: 'participant.add', at: at(), id: bob, data: { conferenceId: f.summit, contactId: f.bob } });
    await f.run({ type: 'participant.add', at: at(), id: newId(), data: { conferenceId: f.summit, contactId: f.cat } });
    await expect(f.run({ type: 'participant.add', at: at(), id: newId(), data: { conferenceId: f.summit, contactId: f.ann } })).rejects.toThrow(
      'Ann Smith is already a participant of US–Russia Sister Cities Summit.',
    );

    for (const stage of ['contacted', 'interested', 'applied', 'confirmed', 'invitation-letter'] as const) {
      await f.run({ type: 'participant.move', at: at(), id: ann, stage });
    }
    await f.run({ type: 'participant.move', at: at(), id: bob, stage: 'contacted' });
    await expect(f.run({ type: 'participant.move', at: at(), id: bob, stage: 'declined', reason: '  ' })).rejects.toThrow('Say why the participant declined');
    expect(await f.run({ type: 'participant.move', at: at(), id: bob, stage: 'declined', reason: 'No travel budget this year' })).toEqual(['Move Bob Jones to Declined']);
    await f.run({ type: 'conference.setTargets', at: at(), id: f.summit, targets: { confirmed: 30, identified: 100 } });

    const recruitment = await f.call('recruitment:get', { conferenceId: f.summit });
    expect(recruitment.participants.map((p) => [p.name, p.stage, p.stageReason])).toEqual([
      ['Ann Smith', 'invitation-letter', ''],
      ['Cat Brown', 'identified', ''],
      ['Bob Jones', 'declined', 'No travel budget this year'],
    ]);
    const stages = Object.fromEntries(recruitment.funnel.stages.map((s) => [s.stage, [s.current, s.reached, s.target]]));
    expect(recruitment.funnel.total).toBe(3);
    expect(recruitment.funnel.declined).toBe(1);
    expect(stages.identified).toEqual([1, 2, 100]);
    expect(stages.confirmed).toEqual([0, 1, 30]);
    expect(stages['invitation-letter']).toEqual([1, 1, null]);
    expect(stages.visa).toEqual([0, 0, null]);
  });

  it('shows which US partner cities have nobody yet, and deadlines counted back with the visa lead time', async () => {
    const f = await recruitmentFixture();
    await f.run({ type: 'participant.add', at: at(), id: newId(), data: { conferenceId: f.summit, contactId: f.ann } });
    let recruitment = await f.call('recruitment:get', { conferenceId: f.summit });
    expect(recruitment.coverage.map((c) => [c.name, c.participants, c.partnerships.map((p) => p.partnerName)])).toEqual([
      ['Cleveland', 0, ['Volgograd']],
      ['Portland', 1, ['Arkhangelsk']],
    ]);
    // Bob has no city, but is recruited through the Cleveland–Volgograd partnership.
    await f.run({ type: 'participant.add', at: at(), id: newId(), data: { conferenceId: f.summit, contactId: f.bob, partnershipId: f.p2 } });
    recruitment = await f.call('recruitment:get', { conferenceId: f.summit });
    expect(recruitment.coverage.every((c) => c.participants === 1)).toBe(true);

    expect(recruitment.visaLeadDays).toBe(60);
    const letters = recruitment.deadlines.find((d) => d.stage === 'invitation-letter');
    expect(letters).toMatchObject({ daysBefore: 60, span: { earliest: '2019-07-23', latest: '2019-08-11' }, behind: 2, overdue: false });
    await f.service.store.updateSettings({ visaLeadDays: 90 });
    f.setNow('2019-08-01T09:00:00.000Z');
    recruitment = await f.call('recruitment:get', { conferenceId: f.summit });
    expect(recruitment.deadlines.find((d) => d.stage === 'invitation-letter')).toMatchObject({ daysBefore: 90, span: { earliest: '2019-06-23', latest: '2019-07-12' }, overdue: true });
  });
});

describe('participants export', () => {
  it('writes the participants’ contacts with the contact export, where the save dialog says', async () => {
    const f = await withSummit();
    const ann = newId();
    await f.run({ type: 'contact.create', at: at(), id: ann, data: { family: 'Смирнова', given: 'Анна', familyLatin: 'Smirnova', givenLatin: 'Anna', emails: [{ label: 'work', value: 'anna@example.org', preferred: true }] } });
    const conference = f.service.store.state.conferences[f.summit];
    if (!conference) throw new Error('no summit');
    const asked: string[] = [];
    const platform: Platform = {
      ...headlessPlatform,
      chooseSavePath: ({ defaultName }) => {
        asked.push(defaultName);
        return Promise.resolve(join(f.dir, defaultName));
      },
    };
    await expect(exportParticipants(f.service.store.state, platform, conference, 'vcard3')).rejects.toThrow('has no participants to export yet');

    await f.run({ type: 'participant.add', at: at(), id: newId(), data: { conferenceId: f.summit, contactId: ann } });
    const written = await exportParticipants(f.service.store.state, platform, conference, 'vcard3');
    expect(asked.at(-1)).toBe('us-russia-sister-cities-summit-participants.vcf');
    expect(written).toEqual({ path: join(f.dir, 'us-russia-sister-cities-summit-participants.vcf'), count: 1 });
    const vcf = await readFile(written.path ?? '', 'utf8');
    expect(vcf).toContain('BEGIN:VCARD\r\nVERSION:3.0\r\n');
    expect(vcf).toContain('anna@example.org');
    const csv = await exportParticipants(f.service.store.state, platform, conference, 'csv');
    expect(csv.path?.endsWith('us-russia-sister-cities-summit-participants.csv')).toBe(true);

    const cancelled = await exportParticipants(f.service.store.state, { ...platform, chooseSavePath: () => Promise.resolve(null) }, conference, 'vcard3');
    expect(cancelled).toEqual({ path: null, count: 0 });
  });
});
