import { describe, expect, it } from 'vitest';
import { at, fuzzy, item, newId, openProgramFixture } from './programFixture';

describe('program items', () => {
  it('are added, placed, moved and dropped as History steps, each undoable, and kept on disk', async () => {
    const f = await openProgramFixture();
    const panel = item(f, { titleEn: 'Common challenges of cities', titleRu: 'Общие проблемы городов', kind: 'plenary', topics: ['common challenges'], proposedById: f.sci });
    expect(await f.run(panel.command)).toEqual(['Add program item Common challenges of cities']);
    expect(await f.run({ type: 'program.place', at: at(), id: panel.id, day: 1, start: 600, minutes: 90 })).toEqual(['Move Common challenges of cities in the timetable']);
    await f.run({ type: 'program.move', at: at(), id: panel.id, status: 'proposed' });
    await expect(f.run({ type: 'program.move', at: at(), id: panel.id, status: 'dropped' })).rejects.toThrow('Say why the item is dropped');
    await f.run({ type: 'program.move', at: at(), id: panel.id, status: 'dropped', reason: 'Merged into the opening plenary' });

    let stored = f.service.store.state.programItems[panel.id];
    expect(stored).toMatchObject({ status: 'dropped', statusReason: 'Merged into the opening plenary', day: 1, start: 600, minutes: 90 });
    // A second service on the same folder reads the steps back from disk.
    await f.service.whenIdle();
    await f.service.close();
    const again = await openProgramFixtureOn(f.dir);
    expect(again.service.store.state.programItems[panel.id]).toMatchObject({ status: 'dropped', day: 1, start: 600 });

    await again.run({ type: 'history.undo', at: at() });
    stored = again.service.store.state.programItems[panel.id];
    expect(stored).toMatchObject({ status: 'proposed', statusReason: '' });
    for (let step = 0; step < 3; step++) await again.run({ type: 'history.undo', at: at() });
    expect(again.service.store.state.programItems[panel.id]).toBeUndefined();
  });

  it('needs a title in one language, and refuses links to records that are gone', async () => {
    const f = await openProgramFixture();
    await expect(f.run(item(f, { titleEn: ' ' }).command)).rejects.toThrow(/title/i);
    expect(await f.run(item(f, { titleRu: 'Только по-русски' }).command)).toEqual(['Add program item Только по-русски']);
    await expect(f.run(item(f, { titleEn: 'X', speakerIds: [newId()] }).command)).rejects.toThrow('no longer exists');
  });

  it('keeps a confirmed item’s time fixed, and confirms only an agreed, placed item whose speakers accepted', async () => {
    const f = await openProgramFixture();
    const session = item(f, { titleEn: 'Agriculture on the Volga', speakerIds: [f.irina], status: 'agreed' });
    await f.run(session.command);
    await expect(f.run({ type: 'program.move', at: at(), id: session.id, status: 'confirmed' })).rejects.toThrow('Place the item on a day and an hour');
    await f.run({ type: 'program.place', at: at(), id: session.id, day: 2, start: 14 * 60 });
    await expect(f.run({ type: 'program.move', at: at(), id: session.id, status: 'confirmed' })).rejects.toThrow('1 speaker has not accepted yet');
    await f.run({ type: 'program.invite', at: at(), id: session.id, contactId: f.irina, status: 'accepted' });
    await f.run({ type: 'program.move', at: at(), id: session.id, status: 'confirmed' });
    await expect(f.run({ type: 'program.place', at: at(), id: session.id, day: 1, start: 600 })).rejects.toThrow('its time is fixed');
  });

  it('a US speaker joins the recruitment funnel in the same step; undo takes both away', async () => {
    const f = await openProgramFixture();
    const participantId = newId();
    const session = item(f, { titleEn: 'Youth exchange', speakerIds: [f.jennifer, f.irina] }, { [f.jennifer]: participantId, [f.irina]: newId() });
    await f.run(session.command);
    const participants = Object.values(f.service.store.state.participants);
    expect(participants.map((p) => [p.id, p.contactId, p.stage])).toEqual([[participantId, f.jennifer, 'identified']]);
    const funnel = await f.call('recruitment:get', { conferenceId: f.summit });
    expect(funnel.participants.map((p) => p.name)).toEqual(['Jennifer Collins']);
    await f.run({ type: 'history.undo', at: at() });
    expect(Object.keys(f.service.store.state.participants)).toEqual([]);
    expect(f.service.store.state.programItems[session.id]).toBeUndefined();
  });

  it('lists overdue speaker replies for Home, and forgets a speaker removed from the item', async () => {
    const f = await openProgramFixture('2019-07-10T09:00:00.000Z');
    const session = item(f, { titleEn: 'Mayors’ round table', titleRu: 'Круглый стол мэров', kind: 'roundtable', speakerIds: [f.irina] });
    await f.run(session.command);
    await f.run({ type: 'program.invite', at: at(), id: session.id, contactId: f.irina, status: 'invited', invitedOn: '2019-06-20', replyBy: '2019-07-04' });
    const overdue = await f.call('program:overdueReplies', {});
    expect(overdue.map((r) => [r.name, r.title, r.daysOverdue])).toEqual([['Соколова Ирина', 'Mayors’ round table', 6]]);
    await expect(f.run({ type: 'program.invite', at: at(), id: session.id, contactId: f.irina, status: 'declined' })).rejects.toThrow('Say why the speaker declined');
    await f.run({ type: 'program.invite', at: at(), id: session.id, contactId: f.irina, status: 'declined', reason: 'Budget session that week' });
    expect(await f.call('program:overdueReplies', {})).toEqual([]);

    // Deleting the contact for good clears them from the item (the registry's rule).
    await f.run({ type: 'contact.delete', at: at(), ids: [f.irina] });
    await f.run({ type: 'contact.purge', at: at(), ids: [f.irina] });
    expect(f.service.store.state.programItems[session.id]?.speakerIds).toEqual([]);
  });

  it('shows clashes, and dates the days in Volgograd’s zone once the date is fixed', async () => {
    const f = await openProgramFixture();
    const a = item(f, { titleEn: 'Opening plenary', day: 1, start: 600, minutes: 90, place: 'Main hall', speakerIds: [f.jennifer] }, { [f.jennifer]: newId() });
    const b = item(f, { titleEn: 'Water management', day: 1, start: 630, place: 'main hall', moderatorIds: [f.jennifer] });
    await f.run(a.command, b.command);
    let view = await f.call('program:get', { conferenceId: f.summit });
    expect(view.conference.dateFixed).toBe(false);
    expect(view.items.map((i) => [i.titleEn, i.date, i.startsAt, i.clashes.map((c) => c.kind).sort().join(',')])).toEqual([
      ['Opening plenary', null, null, 'room,speaker'],
      ['Water management', null, null, 'room,speaker'],
    ]);

    await f.run({ type: 'conference.setDate', at: at(), id: f.summit, date: fuzzy('1-3 October 2019') });
    const participant = Object.values(f.service.store.state.participants)[0];
    await f.run({ type: 'participant.setArrival', at: at(), id: participant?.id ?? '', arrivesAt: '2019-10-01T07:00:00.000Z' });
    await f.run({ type: 'program.setVenueHours', at: at(), conferenceId: f.summit, hours: { opens: 9 * 60, closes: 11 * 60 } });
    view = await f.call('program:get', { conferenceId: f.summit });
    // Recruitment shows the arrival the clash is measured against.
    expect((await f.call('recruitment:get', { conferenceId: f.summit })).participants.map((p) => p.arrivesAt)).toEqual(['2019-10-01T07:00:00.000Z']);
    expect(view.conference.dayDates).toEqual(['2019-10-01', '2019-10-02', '2019-10-03']);
    expect(view.items.map((i) => [i.date, i.startsAt, i.clashes.map((c) => c.kind).sort().join(',')])).toEqual([
      // 10:00 in Volgograd (UTC+4) is 06:00Z, before Jennifer lands at 07:00Z; both run past 11:00, when the venue closes.
      ['2019-10-01', '2019-10-01T06:00:00.000Z', 'arrival,hours,room,speaker'],
      ['2019-10-01', '2019-10-01T06:30:00.000Z', 'arrival,hours,room,speaker'],
    ]);

    // Moving the date keeps the wall clock: Day 1 at 10:00 in Volgograd is 07:00Z in 2021 (UTC+3).
    await f.run({ type: 'conference.setDate', at: at(), id: f.summit, date: fuzzy('2021-09-28') });
    view = await f.call('program:get', { conferenceId: f.summit });
    expect(view.items[0]?.startsAt).toBe('2021-09-28T07:00:00.000Z');
  });
});

async function openProgramFixtureOn(dir: string) {
  const { WorkspaceService } = await import('../../../electron/core/workspace/WorkspaceService');
  const { CommandSchema } = await import('../../../electron/shared/commands/commandSchemas');
  const { fileURLToPath } = await import('node:url');
  const resourcesDir = fileURLToPath(new URL('../../../resources', import.meta.url));
  const service = await WorkspaceService.open({ dir, owner: 'app', resourcesDir, clock: () => new Date('2019-06-16T09:00:00.000Z') });
  return {
    service,
    run: async (...commands: unknown[]) => (await service.commit(commands.map((c) => CommandSchema.parse(c)))).summaries,
  };
}
