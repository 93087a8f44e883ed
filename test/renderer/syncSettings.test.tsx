import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../electron/shared/contracts/syncChannels';
import { FakeBackend } from './fakeApi';
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
