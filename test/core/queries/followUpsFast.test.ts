import { afterEach, describe, expect, it } from 'vitest';
import { followUpStatus, followUpsDue, lastInteractionByContact } from '../../../electron/core/queries/followUps';
import { ZoneDays } from '../../../electron/core/queries/ZoneDays';
import { dateOfDayNumber, dayNumberOf } from '../../../electron/shared/dates/calendarDate';
import type { Command } from '../../../electron/shared/commands/commandSchemas';
import { calendarDateInZone } from '../../../electron/shared/dates/instantInZone';
import type { Contact, ContactInput } from '../../../electron/shared/schemas/contact';
import { at, createContact } from '../../helpers/commands';
import { openServiceFixture, type ServiceFixture } from '../../helpers/serviceFixture';

let open: ServiceFixture[] = [];
afterEach(async () => {
  await Promise.all(open.map((f) => f.service.close()));
  open = [];
});

function update(contact: Contact, change: Partial<ContactInput>): Command {
  const data: Record<string, unknown> = { ...contact, ...change };
  for (const bookkeeping of ['id', 'rev', 'createdAt', 'updatedAt', 'deletedAt']) delete data[bookkeeping];
  return { type: 'contact.update', at: at(), id: contact.id, data: data as Extract<Command, { type: 'contact.update' }>['data'] };
}

describe('calendar dates in a zone, one offset lookup per day', () => {
  it.each([
    // Moscow time, Volgograd's two moves (UTC+4 in Oct 2018, back in Dec 2020), New York's and Sydney's clock changes.
    ['Europe/Moscow', '2011-03-26T00:00:00Z'],
    ['Europe/Volgograd', '2018-10-27T00:00:00Z'],
    ['Europe/Volgograd', '2020-12-26T00:00:00Z'],
    ['America/New_York', '2019-03-09T00:00:00Z'],
    ['America/New_York', '2019-11-02T00:00:00Z'],
    ['Australia/Lord_Howe', '2019-04-06T00:00:00Z'],
  ])('%s around %s: every 7 minutes for three days, the date date-fns gives', (zone, from) => {
    const days = new ZoneDays(zone);
    const start = Date.parse(from);
    for (let t = start; t < start + 3 * 86_400_000; t += 7 * 60_000) {
      const instant = new Date(t).toISOString();
      expect(days.dateOf(instant), instant).toBe(calendarDateInZone(instant, zone));
      expect(days.dayOf(instant), instant).toBe(dayNumberOf(calendarDateInZone(instant, zone)));
      expect(dateOfDayNumber(days.dayOf(instant)), instant).toBe(calendarDateInZone(instant, zone));
    }
  });
});

describe('follow-ups due, from the contacts kept with a cadence', () => {
  it('match a search of every contact after cadences are set, dropped, trashed, restored, undone and redone', async () => {
    const f = await openServiceFixture('2026-11-28T10:00:00.000Z');
    open.push(f);
    const [a, b, c] = [
      createContact({ family: 'Орлова', followUp: { everyDays: 1 } }),
      createContact({ family: 'Smith' }),
      createContact({ family: 'Петров', followUp: { everyDays: 400 } }),
    ];
    await f.commit(a, b, c);
    const contact = (id: string) => f.service.store.state.contacts[id] as Contact;
    const steps: (() => Command)[] = [
      () => update(contact(b.id), { followUp: { everyDays: 2 } }),
      () => update(contact(a.id), { followUp: null }),
      () => ({ type: 'history.undo', at: at() }),
      () => ({ type: 'contact.delete', at: at(), ids: [b.id] }),
      () => ({ type: 'contact.restore', at: at(), ids: [b.id] }),
      () => createContact({ family: 'Новиков', followUp: { everyDays: 3 } }),
      () => ({ type: 'history.undo', at: at() }),
      () => ({ type: 'history.redo', at: at() }),
    ];
    const everyone = () => followUpsDue(f.service.store.state, new Date('2027-01-01T10:00:00.000Z'), 50);
    f.setNow('2027-01-01T10:00:00.000Z');
    expect(await f.call('followUps:due', {})).toEqual(everyone());
    for (const step of steps) {
      await f.commit(step());
      expect(await f.call('followUps:due', {})).toEqual(everyone());
    }
    expect((await f.call('followUps:due', {})).total).toBe(3);
  });
});

describe('follow-ups due, only the rows shown named and ordered', () => {
  it('give the same first rows as ordering every contact due, with many equally overdue', async () => {
    const f = await openServiceFixture('2026-11-28T10:00:00.000Z');
    open.push(f);
    const families = ['Яковлева', 'Smith', 'Адамов', 'Brown', 'Орлова', 'Zimmer', 'Иванов', 'Abbott', 'Щукина', 'Miller'];
    // Ten due since yesterday (a tie), three overdue by longer, two not due yet.
    await f.commit(...families.map((family) => createContact({ family, followUp: { everyDays: 1 } })));
    f.setNow('2026-11-30T10:00:00.000Z');
    await f.commit(
      createContact({ family: 'Петров', followUp: { everyDays: 1 } }),
      createContact({ family: 'Jones', followUp: { everyDays: 30 } }),
    );
    f.setNow('2027-01-15T10:00:00.000Z');
    await f.commit(createContact({ family: 'Late', followUp: { everyDays: 7 } }));
    const now = new Date('2027-01-16T10:00:00.000Z');
    const all = followUpsDue(f.service.store.state, now, 1000);
    const collator = new Intl.Collator();
    const expected = [...all.rows].sort((a, b) => b.daysOverdue - a.daysOverdue || collator.compare(a.name, b.name) || (a.contactId < b.contactId ? -1 : 1));
    expect(all.rows).toEqual(expected);
    // Each row as followUpStatus reads the contact, date strings and all.
    const state = f.service.store.state;
    const last = lastInteractionByContact(state);
    for (const row of all.rows) {
      const status = followUpStatus(state.contacts[row.contactId] as Contact, last.get(row.contactId) ?? null, calendarDateInZone(now, state.settings.homeZone), state.settings.homeZone);
      expect({ due: row.due, daysOverdue: row.daysOverdue, lastInteraction: row.lastInteraction }).toEqual(status);
    }
    for (const limit of [0, 1, 2, 3, 5, 11, 12, 13, 50]) {
      const some = followUpsDue(f.service.store.state, now, limit);
      expect(some.total, String(limit)).toBe(all.total);
      expect(some.rows, String(limit)).toEqual(expected.slice(0, limit));
    }
  });
});
