import { describe, expect, it } from 'vitest';
import { dueNotifications } from '../../electron/main/dueNotifications';
import type { FollowUpsDue } from '../../electron/shared/contracts/interactionChannels';
import type { NextSteps } from '../../electron/shared/contracts/negotiationChannels';
import { en } from '../../electron/shared/i18n/en';
import { ru } from '../../electron/shared/i18n/ru';

const followUp = (contactId: string, name: string, daysOverdue: number) => ({ contactId, name, everyDays: 30, lastInteraction: null, due: '2019-05-01', daysOverdue });
const followUps = (rows: FollowUpsDue['rows'], today = '2019-05-01'): FollowUpsDue => ({ today, total: rows.length, rows });
const noSteps: NextSteps = { today: '2019-05-01', until: '2019-05-01', zone: 'Europe/Moscow', rows: [] };
const step: NextSteps['rows'][number] = { source: 'task', id: 't1', text: 'Send the draft agreement', due: '2019-05-01', overdue: false, candidacyId: 'c', conferenceId: 'k', city: 'Volgograd', conference: 'Summit 2019', interaction: null };

describe('dueNotifications', () => {
  it('notifies each due follow-up and next step once a day', () => {
    const seen = new Set<string>();
    const first = dueNotifications(followUps([followUp('a', 'Ivan Petrov', 0), followUp('b', 'Anna Lee', 3)]), { ...noSteps, rows: [step] }, seen, en, 'en');
    expect(first).toEqual([
      { title: 'Follow up with Ivan Petrov', body: 'The follow-up is due today.' },
      { title: 'Follow up with Anna Lee', body: 'The follow-up is 3 days overdue.' },
      { title: 'Next step: Volgograd', body: 'Send the draft agreement (Summit 2019), due May 1, 2019.' },
    ]);
    expect(dueNotifications(followUps([followUp('a', 'Ivan Petrov', 0)]), { ...noSteps, rows: [step] }, seen, en, 'en')).toEqual([]);
    // The next day it is still due: it comes back once.
    expect(dueNotifications(followUps([followUp('a', 'Ivan Petrov', 1)], '2019-05-02'), noSteps, seen, en, 'en')).toEqual([{ title: 'Follow up with Ivan Petrov', body: 'The follow-up is 1 day overdue.' }]);
  });

  it('sums up a burst in one notification, in Russian too', () => {
    const rows = ['a', 'b', 'c', 'd', 'e'].map((id) => followUp(id, id, 2));
    expect(dueNotifications(followUps(rows), noSteps, new Set(), ru, 'ru')).toEqual([{ title: '5 напоминаний на сегодня', body: 'Откройте Liaison: они перечислены на главной.' }]);
  });
});

describe('birthday reminders', () => {
  it('remind on the day, once, with the age when the year is known; a birthday stored without its year reminds too', () => {
    const seen = new Set<string>();
    const birthdays = {
      today: '2019-05-01',
      rows: [
        { contactId: 'a', name: 'Иванова Мария Петровна', on: '2019-05-01', inDays: 0, turns: 58 },
        { contactId: 'b', name: 'John Smith', on: '2019-05-01', inDays: 0, turns: null },
        { contactId: 'c', name: 'Anna Lee', on: '2019-05-03', inDays: 2, turns: 40 },
      ],
    };
    expect(dueNotifications(followUps([]), noSteps, seen, ru, 'ru', birthdays)).toEqual([
      { title: 'День рождения: Иванова Мария Петровна', body: 'День рождения сегодня: исполняется 58 лет.' },
      { title: 'День рождения: John Smith', body: 'День рождения сегодня.' },
    ]);
    expect(dueNotifications(followUps([]), noSteps, seen, ru, 'ru', birthdays)).toEqual([]);
    expect(dueNotifications(followUps([]), noSteps, new Set(), en, 'en', birthdays)[0]).toEqual({ title: 'Birthday: Иванова Мария Петровна', body: 'Their birthday is today: they turn 58.' });
  });
});
