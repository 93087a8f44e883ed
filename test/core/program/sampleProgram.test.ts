import { describe, expect, it } from 'vitest';
import { openTimelineFixture } from '../timelines/timelineFixture';

describe('the sample workspace’s draft program', () => {
  it('has items proposed by each side, some agreed, and one speaker whose reply is overdue on Home', async () => {
    const f = await openTimelineFixture('2019-07-01T09:00:00.000Z');
    await f.service.openSample();
    const summit = Object.values(f.service.store.state.conferences).find((c) => c.name === 'US–Russia Sister Cities Summit');
    const view = await f.call('program:get', { conferenceId: summit?.id ?? '' });
    expect(view.conference.organizers.map((o) => o.name)).toEqual(['Sister Cities International', 'Союз российских городов']);
    const proposers = new Set(view.items.map((i) => i.proposedBy?.name));
    expect(proposers).toEqual(new Set(['Sister Cities International', 'Союз российских городов']));
    expect(view.items.filter((i) => i.status === 'agreed').length).toBeGreaterThanOrEqual(2);
    expect(view.conference.dateFixed).toBe(false);
    expect(view.items.every((i) => i.date === null)).toBe(true);
    const overdue = await f.call('program:overdueReplies', {});
    expect(overdue.map((r) => [r.name, r.title, r.daysOverdue])).toEqual([['Jordan Example', 'Agriculture on the great rivers', 7]]);
  });
});
