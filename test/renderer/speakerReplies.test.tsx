import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OverdueReply } from '../../electron/shared/contracts/programChannels';
import { FakeBackend, fakeId } from './fakeApi';
import { renderApp } from './renderApp';

const reply: OverdueReply = {
  itemId: fakeId(1, 9),
  conferenceId: fakeId(2, 9),
  conferenceName: 'US–Russia Sister Cities Summit',
  title: 'Agriculture on the great rivers',
  titleRu: 'Сельское хозяйство на великих реках',
  contactId: fakeId(3, 9),
  name: 'Jordan Example',
  replyBy: '2019-06-24',
  daysOverdue: 7,
};

describe('Home: overdue speaker replies', () => {
  it('lists the speaker, the item and how late the reply is', async () => {
    const backend = new FakeBackend();
    backend.answers.set('program:overdueReplies', () => [reply]);
    await renderApp(backend);
    const card = await screen.findByRole('region', { name: 'Speaker replies overdue' });
    expect(within(card).getByTestId('overdue-speaker-replies').textContent).toBe(
      'Jordan Example, “Agriculture on the great rivers” (US–Russia Sister Cities Summit): a reply was due Jun 24, 2019. 7 days overdue',
    );
  });

  it('says nothing when no reply is overdue', async () => {
    const backend = new FakeBackend();
    backend.answers.set('program:overdueReplies', () => []);
    await renderApp(backend);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: 'Speaker replies overdue' })).toBeNull();
  });
});
