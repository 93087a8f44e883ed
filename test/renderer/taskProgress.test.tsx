import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ExportPreview } from '../../electron/shared/contracts/exportChannels';
import type { TaskProgress } from '../../electron/shared/contracts/taskChannels';
import { FakeBackend } from './fakeApi';
import { renderApp, renderContacts } from './renderApp';

const id = '6c0c1f1e-2f7b-4d3a-9a51-3c2a3b7c9d10';

function progress(over: Partial<TaskProgress> = {}): TaskProgress {
  return { id, kind: 'export', subject: 'contacts', phase: 'writing', done: 4200, total: 100_000, unit: 'records', cancellable: true, state: 'running', ...over };
}

const preview: ExportPreview = { format: 'vcard3', count: 100_000, rows: [], text: '', warnings: [], fileName: 'contacts.vcf' };

describe('long work: progress and cancel', () => {
  it('shows a running job in the tray with a named progress bar, and cancels it by id', async () => {
    const { backend } = await renderApp();
    act(() => backend.sendTaskProgress(progress({ kind: 'backup', subject: 'workspace', phase: 'copying', unit: 'bytes', done: 3 * 1_048_576, total: 12 * 1_048_576 })));
    const tray = await screen.findByRole('region', { name: 'Work in progress' });
    const bar = within(tray).getByRole('progressbar', { name: 'Backing up the workspace — 3.0 of 12.0 MB' });
    expect(bar.getAttribute('value')).toBe(String(3 * 1_048_576));
    fireEvent.click(within(tray).getByRole('button', { name: 'Cancel: Backing up the workspace' }));
    await waitFor(() => expect(backend.callsTo('tasks:cancel')).toEqual([{ id }]));
    expect(within(tray).getByText('Cancelling…')).toBeTruthy();

    act(() => backend.sendTaskProgress(progress({ kind: 'backup', subject: 'workspace', state: 'cancelled', cancellable: false })));
    expect(screen.queryByRole('progressbar')).toBeNull();
    const told = within(screen.getByRole('region', { name: 'Work in progress' })).getByRole('status');
    expect(told.textContent).toContain('Backup cancelled; no backup file was left behind.');
    fireEvent.click(within(told).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'Work in progress' })).toBeNull();
  });

  it('offers no Cancel once a job is past its point of no return, and says why', async () => {
    const { backend } = await renderApp();
    act(() => backend.sendTaskProgress(progress({ kind: 'import', phase: 'committing', cancellable: false, done: 0, total: 300 })));
    const tray = await screen.findByRole('region', { name: 'Work in progress' });
    expect(within(tray).getByRole('progressbar', { name: 'Importing contacts — 0 of 300 records' })).toBeTruthy();
    expect(within(tray).queryByRole('button', { name: /Cancel/ })).toBeNull();
    expect(within(tray).getByText('Finishing; this last step cannot be stopped safely.')).toBeTruthy();
    act(() => backend.sendTaskProgress(progress({ kind: 'import', state: 'done', cancellable: false })));
    expect(screen.queryByRole('region', { name: 'Work in progress' })).toBeNull();
  });

  it('the export dialog shows its own progress while it saves, cancels, and says nothing was written', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(3);
    backend.answers.set('export:preview', () => preview);
    await renderContacts(backend);
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export contacts' });
    await within(dialog).findByText(/The file will hold/);
    const release = backend.hold('export:save');
    backend.failNext('export:save', { code: 'cancelled', message: 'Export cancelled; nothing was written.' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save…' }));
    act(() => backend.sendTaskProgress(progress()));
    const bar = await within(dialog).findByRole('progressbar', { name: 'Exporting contacts — 4,200 of 100,000 records' });
    expect(bar.getAttribute('max')).toBe('100000');
    // The dialog claims the job: the app-wide tray does not show it a second time.
    expect(screen.queryByRole('region', { name: 'Work in progress' })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel: Exporting contacts' }));
    await waitFor(() => expect(backend.callsTo('tasks:cancel')).toEqual([{ id }]));
    act(() => backend.sendTaskProgress(progress({ state: 'cancelled', cancellable: false })));
    release();
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Export cancelled; nothing was written.');
    expect(within(dialog).queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Work in progress' })).toBeNull();
  });

  it('speaks Russian: plural forms of the count and the cancel sentence', async () => {
    const { backend, store } = await renderApp();
    await act(() => store.getState().saveSetting({ locale: 'ru' }));
    act(() => backend.sendTaskProgress(progress({ done: 1, total: 21 })));
    const tray = await screen.findByRole('region', { name: 'Выполняется' });
    expect(within(tray).getByRole('progressbar', { name: 'Экспорт контактов — 1 из 21 записи' })).toBeTruthy();
    act(() => backend.sendTaskProgress(progress({ done: 2, total: 5 })));
    expect(within(tray).getByRole('progressbar', { name: 'Экспорт контактов — 2 из 5 записей' })).toBeTruthy();
    act(() => backend.sendTaskProgress(progress({ state: 'cancelled', cancellable: false })));
    expect(await screen.findByText(/Экспорт отменён; ничего не записано\./)).toBeTruthy();
  });
});
