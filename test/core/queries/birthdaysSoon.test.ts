import { describe, expect, it } from 'vitest';
import { birthdaysSoon, nextBirthday } from '../../../electron/core/queries/birthdaysSoon';
import { addContact, transferWorkspace } from '../export/transferFixtures';

describe('birthdays this week', () => {
  it('lists today through six days ahead in the home zone, soonest first, a year-less birthday included, the Trash left out', () => {
    const ws = transferWorkspace();
    ws.settings.homeZone = 'Europe/Volgograd';
    addContact(ws, { family: 'Иванова', given: 'Мария', birthday: '1961-04-12' });
    addContact(ws, { family: 'Smith', given: 'John', birthday: '--04-15' });
    addContact(ws, { family: 'Lee', given: 'Anna', birthday: '1980-04-19' });
    addContact(ws, { family: 'Later', birthday: '1970-04-20' });
    addContact(ws, { family: 'Earlier', birthday: '1970-04-11' });
    addContact(ws, { family: 'Nobody' });
    const gone = addContact(ws, { family: 'Binned', birthday: '1990-04-13' });
    ws.contacts[gone.id] = { ...gone, deletedAt: '2019-04-01T00:00:00.000Z' };
    // 21:30 UTC on April 11 is already April 12 in Volgograd (UTC+3 in 2019).
    const soon = birthdaysSoon(ws, new Date('2019-04-11T21:30:00.000Z'), 7, 50);
    expect(soon.today).toBe('2019-04-12');
    // Through April 18: Lee's April 19 is next week, and April 11 was yesterday.
    expect(soon.rows.map((row) => [row.name, row.on, row.inDays, row.turns])).toEqual([
      ['Иванова Мария', '2019-04-12', 0, 58],
      ['John Smith', '2019-04-15', 3, null],
    ]);
  });

  it('crosses the new year, and keeps a February 29 birthday on February 28 in other years', () => {
    expect(nextBirthday('1960-01-02', '2019-12-30')).toBe('2020-01-02');
    expect(nextBirthday('--02-29', '2019-02-01')).toBe('2019-02-28');
    expect(nextBirthday('1964-02-29', '2020-02-01')).toBe('2020-02-29');
    expect(nextBirthday('--04-12', '2019-04-12')).toBe('2019-04-12');
    const ws = transferWorkspace();
    addContact(ws, { family: 'Newyear', birthday: '1960-01-02' });
    expect(birthdaysSoon(ws, new Date('2019-12-30T12:00:00.000Z'), 7, 50).rows).toMatchObject([{ on: '2020-01-02', inDays: 3, turns: 60 }]);
  });
});
