import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeBackend } from './fakeApi';
import { renderApp } from './renderApp';

const openSettings = async () => {
  fireEvent.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('button', { name: 'Settings' }));
  return screen.findByRole('heading', { level: 1, name: 'Settings' });
};

describe('language and theme in Settings', () => {
  it('switches the whole window to Russian at once, saves it, and back', async () => {
    const backend = new FakeBackend();
    await renderApp(backend);
    await openSettings();
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'ru' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Настройки' })).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: 'Разделы' })).getByRole('button', { name: 'Контакты' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('ru');
    expect(backend.settings.locale).toBe('ru');

    fireEvent.change(screen.getByLabelText('Язык'), { target: { value: 'en' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    expect(backend.settings.locale).toBe('en');
  });

  it('opens in the saved language', async () => {
    const backend = new FakeBackend();
    backend.settings = { ...backend.settings, locale: 'ru' };
    await renderApp(backend);
    expect(await screen.findByRole('heading', { level: 1, name: 'Главная' })).toBeTruthy();
  });

  it('overrides the system theme, and follows it again', async () => {
    const backend = new FakeBackend();
    await renderApp(backend);
    await openSettings();
    expect(document.documentElement.dataset.theme).toBe('system');
    fireEvent.change(screen.getByLabelText('Theme'), { target: { value: 'dark' } });
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(backend.settings.theme).toBe('dark');
    fireEvent.change(screen.getByLabelText('Theme'), { target: { value: 'system' } });
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('system'));
    expect(backend.callsTo('settings:set')).toEqual([{ lastSection: 'settings' }, { theme: 'dark' }, { theme: 'system' }]);
  });
});

describe('backup and restore in Settings', () => {
  it('saves a backup where the user chose, and says nothing when they cancel', async () => {
    const backend = new FakeBackend();
    const answers = [{ saved: false }, { saved: true, path: '/home/rep/liaison-backup.json', bytes: 2048 }];
    backend.answers.set('backup:toFolder', () => answers.shift());
    await renderApp(backend);
    await openSettings();
    const button = screen.getByRole('button', { name: 'Back up to a folder…' });
    fireEvent.click(button);
    await waitFor(() => expect(backend.callsTo('backup:toFolder')).toHaveLength(1));
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    expect(screen.queryByText(/Saved a backup/)).toBeNull();
    fireEvent.click(button);
    expect(await screen.findByText('Saved a backup to /home/rep/liaison-backup.json.')).toBeTruthy();
  });

  it('restores, reads everything again, and names the backup of the state before', async () => {
    const backend = new FakeBackend();
    const answers = [false, true].map((durable) => ({ restored: true, restoredFrom: '/media/usb/old.json', preRestoreBackup: '/data/backups/pre-restore.json', migratedFrom: null, durable }));
    backend.answers.set('backup:restore', () => answers.pop());
    backend.answers.set('backup:toFolder', () => ({ saved: false }));
    await renderApp(backend);
    await openSettings();
    const statusCalls = backend.callsTo('workspace:status').length;
    const restore = screen.getByRole('button', { name: 'Restore from a backup…' });
    fireEvent.click(restore);
    expect(await screen.findByText('Restored the workspace from /media/usb/old.json. The state before it is kept in /data/backups/pre-restore.json.')).toBeTruthy();
    expect(backend.callsTo('workspace:status').length).toBeGreaterThan(statusCalls);
    // The disk confirmed neither file in place: restored, and the user is told it is not yet safe.
    await waitFor(() => expect((restore as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(restore);
    expect(await screen.findByText(/Restored the workspace from \/media\/usb\/old\.json, but the disk did not confirm it is saved\..*also kept in \/data\/backups\/pre-restore\.json\./)).toBeTruthy();
  });

  it('shows the sentence when the backup cannot be written', async () => {
    const backend = new FakeBackend();
    await renderApp(backend);
    await openSettings();
    backend.failNext('backup:toFolder', { code: 'rule', message: 'The backup could not be written to /x (EACCES); choose another folder, or free some disk space, and try again.' });
    fireEvent.click(screen.getByRole('button', { name: 'Back up to a folder…' }));
    expect(await screen.findByText(/could not be written to \/x/)).toBeTruthy();
  });
});
