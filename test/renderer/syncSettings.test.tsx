import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { SyncAttention, SyncStatus } from '../../electron/shared/contracts/syncChannels';
import { FakeBackend, fakeId } from './fakeApi';
import { renderApp } from './renderApp';

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000 - 5_000).toISOString();
const configured = (over: Partial<SyncStatus> = {}): SyncStatus => ({
  configured: true,
  server: 'https://couch.example.org',
  db: 'liaison',
  user: 'anna',
  live: false,
  running: false,
  lastSyncAt: minutesAgo(2),
  pending: 0,
  conflicts: 0,
  lastError: null,
  passwordSaved: true,
  ...over,
});
const unreachable = (server: string): NonNullable<SyncStatus['lastError']> => ({
  code: 'unreachable',
  message: `The sync server at ${server} cannot be reached. Changes stay saved on this computer and will be sent when it can be reached.`,
  i18n: { key: 'sync.error.unreachable', params: { server } },
  at: minutesAgo(1),
});

const openSettings = async () => {
  fireEvent.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('button', { name: 'Settings' }));
  return screen.findByRole('heading', { level: 2, name: 'Sync' }, { timeout: 5_000 });
};

describe('the sync status in the top bar, beside “Saved”', () => {
  it('says nothing when the folder does not sync; “Synced 2 min ago”; “Offline: 14 changes waiting” with the reason as its tooltip; in Russian too', async () => {
    const backend = new FakeBackend();
    const { store } = await renderApp(backend);
    await waitFor(() => expect(backend.callsTo('sync:status').length).toBeGreaterThan(0));
    expect(screen.queryByTestId('sync-status')).toBeNull();

    backend.syncStatus = configured();
    store.getState().noteVersion(store.getState().dataVersion + 1);
    expect((await screen.findByTestId('sync-status')).textContent).toBe('Synced 2 min ago');

    backend.syncStatus = configured({ pending: 14, lastError: unreachable('https://couch.example.org') });
    store.getState().noteVersion(store.getState().dataVersion + 1);
    await waitFor(() => expect(screen.getByTestId('sync-status').textContent).toBe('Offline: 14 changes waiting'));
    expect(screen.getByTestId('sync-status').getAttribute('title')).toBe(unreachable('https://couch.example.org').message);

    backend.settings = { ...backend.settings, locale: 'ru' };
    await store.getState().saveSetting({ locale: 'ru' });
    await waitFor(() => expect(screen.getByTestId('sync-status').textContent).toBe('Нет связи: 14 изменений ждут отправки'));
    expect(screen.getByTestId('sync-status').getAttribute('title')).toBe(
      'Сервер синхронизации https://couch.example.org недоступен. Изменения сохранены на этом компьютере и будут отправлены, когда сервер станет доступен.',
    );
  });
});

describe('Settings → Sync', () => {
  it('connects with the server, database, user and password typed; shows last sync, changes waiting and the last error; Sync now and live go to main', async () => {
    const backend = new FakeBackend();
    backend.answers.set('sync:connect', (input) => {
      const { server, db, user } = input as { server: string; db: string; user: string };
      backend.syncStatus = configured({ server, db, user, lastSyncAt: null, pending: 3, lastError: unreachable(server) });
      return backend.syncStatus;
    });
    backend.answers.set('sync:now', () => (backend.syncStatus = configured({ pending: 0, lastSyncAt: minutesAgo(0) })));
    backend.answers.set('sync:setLive', (input) => (backend.syncStatus = { ...backend.syncStatus, live: (input as { live: boolean }).live }));
    await renderApp(backend);
    const section = (await openSettings()).closest('section') as HTMLElement;
    const inside = within(section);
    expect(inside.queryByRole('button', { name: 'Sync now' })).toBeNull();

    fireEvent.change(inside.getByLabelText('Server address'), { target: { value: 'http://127.0.0.1:5984' } });
    fireEvent.change(inside.getByLabelText('Database'), { target: { value: 'liaison' } });
    fireEvent.change(inside.getByLabelText('User name'), { target: { value: 'anna' } });
    fireEvent.change(inside.getByLabelText('Password'), { target: { value: 'secret' } });
    fireEvent.click(inside.getByRole('button', { name: 'Save and sync' }));
    await waitFor(() => expect(backend.callsTo('sync:connect')).toEqual([{ server: 'http://127.0.0.1:5984', db: 'liaison', user: 'anna', password: 'secret', live: false }]));
    expect(await inside.findByRole('alert')).toHaveProperty(
      'textContent',
      'Last error: The sync server at http://127.0.0.1:5984 cannot be reached. Changes stay saved on this computer and will be sent when it can be reached.',
    );
    expect(inside.getByTestId('sync-last').textContent).toBe('never');
    expect(inside.getByTestId('sync-pending').textContent).toBe('3');
    // The password field is emptied once sent: main keeps it, the page does not.
    expect(inside.getByLabelText<HTMLInputElement>('Password').value).toBe('');

    fireEvent.click(inside.getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(inside.getByTestId('sync-pending').textContent).toBe('0'));
    expect(inside.queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('sync-status').textContent).toBe('Synced just now');

    fireEvent.click(inside.getByLabelText('Live sync (send and receive changes as they happen)'));
    await waitFor(() => expect(backend.callsTo('sync:setLive')).toEqual([{ live: true }]));
    await waitFor(() => expect(inside.getByLabelText<HTMLInputElement>('Live sync (send and receive changes as they happen)').checked).toBe(true));
  });
});

/** axe-core's serious findings (no layout in happy-dom: contrast is the e2e run's). */
async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('conflicts from sync', () => {
  it('Home lists the record edited on two machines and the broken rule; its page says “Edited on two machines”; the comparison sends the field chosen from the other side', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(1, () => ({ family: 'Petrova', given: 'Anya', familyLatin: '', givenLatin: '', title: 'Mayor' }));
    const id = fakeId(1);
    const conference = fakeId(1, 5);
    backend.syncStatus = configured({ conflicts: 1 });
    const attention: SyncAttention = {
      conflicts: [
        {
          kind: 'contacts',
          id,
          label: 'Petrova Anya',
          conferenceId: null,
          sides: [
            { rev: '3-aaa', record: { id, family: 'Petrova', given: 'Anya', title: 'Mayor', notes: '' } },
            { rev: '3-bbb', record: { id, family: 'Petrova', given: 'Annushka', title: 'Mayor', notes: 'Met in Kazan' } },
          ],
          fields: ['given', 'notes'],
          names: {},
        },
      ],
      violations: [
        {
          rule: 'one-selected',
          conferenceId: conference,
          candidacyIds: [fakeId(1, 6), fakeId(2, 6)],
          i18n: { key: 'sync.rule.oneSelected', params: { conference: 'Sister Cities Summit', cities: 'Kazan, Samara' } },
          message: 'Sister Cities Summit: Kazan, Samara are each selected as host',
        },
      ],
    };
    backend.syncAttention = attention;
    backend.answers.set('sync:resolve', () => {
      backend.syncAttention = { conflicts: [], violations: attention.violations };
      backend.syncStatus = configured({ conflicts: 0 });
      return backend.syncStatus;
    });
    const { store } = await renderApp(backend);

    const card = (await screen.findByRole('heading', { level: 2, name: 'Conflicts from sync' })).closest('section') as HTMLElement;
    expect(within(card).getByText('1 record was edited on two computers')).toBeTruthy();
    expect(within(card).getByRole('button', { name: /^Sister Cities Summit: Kazan, Samara are each selected as host/ })).toBeTruthy();
    expect(await seriousViolations()).toEqual([]);

    fireEvent.click(within(card).getByRole('button', { name: 'Petrova Anya' }));
    const banner = await screen.findByRole('region', { name: 'Edited on two machines' });
    expect(store.getState().selectedContactId).toBe(id);
    fireEvent.click(within(banner).getByRole('button', { name: 'Compare and choose' }));
    const dialog = await screen.findByRole('dialog', { name: 'Two versions of Petrova Anya' });
    // Side by side, the version shown now chosen for every field until the user picks.
    expect(within(dialog).getByRole('columnheader', { name: 'Shown now' })).toBeTruthy();
    expect(within(dialog).getByRole('columnheader', { name: 'Other version' })).toBeTruthy();
    expect(within(dialog).getByRole<HTMLInputElement>('radio', { name: 'Given name: keep “Anya”' }).checked).toBe(true);
    expect(within(dialog).getByRole<HTMLInputElement>('radio', { name: 'Notes: keep “—”' }).checked).toBe(true);
    expect(await seriousViolations()).toEqual([]);
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Given name: keep “Annushka”' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save my choice' }));

    await waitFor(() => expect(backend.callsTo('sync:resolve')).toEqual([{ kind: 'contacts', id, keep: '3-aaa', fields: { given: '3-bbb' } }]));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Edited on two machines' })).toBeNull());
    expect(await screen.findByText('Saved your choice for Petrova Anya; it is sent to the other computers at the next sync.')).toBeTruthy();

    // The broken rule stays until the user acts on it, said in the window's language.
    backend.settings = { ...backend.settings, locale: 'ru' };
    await store.getState().saveSetting({ locale: 'ru' });
    store.getState().navigate('home');
    const russian = (await screen.findByRole('heading', { level: 2, name: 'Конфликты синхронизации' })).closest('section') as HTMLElement;
    expect(within(russian).queryByText(/изменена на двух компьютерах/)).toBeNull();
    expect(within(russian).getByRole('button', { name: /^Sister Cities Summit: города Kazan, Samara выбраны хозяином/ })).toBeTruthy();
  });
});
