import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { FakeBackend } from './fakeApi';
import { renderApp, renderContacts } from './renderApp';

const bulkCalls = (backend: FakeBackend) => backend.callsTo('contacts:bulk') as { selection: unknown; action: unknown }[];
const toolbar = () => screen.getByRole('toolbar', { name: 'Selected contacts' });
const option = (name: RegExp) => screen.findByRole('option', { name });

async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('selecting contacts for a bulk action', () => {
  it('ticks with Ctrl-click and Space, tags the selection in one request, and says so with Undo', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(5);
    await renderContacts(backend);
    const list = screen.getByRole('listbox', { name: 'Contact list' });
    expect(list.getAttribute('aria-multiselectable')).toBe('true');
    fireEvent.click(await option(/^Фамилия00001/));
    // Opening a contact is not ticking it: no selection toolbar pushes the list down.
    expect((await option(/^Фамилия00001/)).getAttribute('aria-selected')).toBe('true');
    expect(screen.queryByRole('toolbar', { name: 'Selected contacts' })).toBeNull();
    fireEvent.click(await option(/^Фамилия00003/), { ctrlKey: true });
    expect(within(toolbar()).getByRole('status').textContent).toBe('2 contacts selected');
    expect((await option(/^Фамилия00003/)).getAttribute('aria-selected')).toBe('true');
    expect((await option(/^Фамилия00002/)).getAttribute('aria-selected')).toBe('false');

    fireEvent.click(within(toolbar()).getByRole('button', { name: 'Tag…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a tag to 2 contacts' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add tag' }));
    expect(await within(dialog).findByText('Enter a tag.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Tag'), { target: { value: 'Great Rivers' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add tag' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const ids = [...backend.contacts.keys()];
    expect(bulkCalls(backend)).toEqual([{ selection: { mode: 'ids', ids: [ids[1], ids[3]] }, action: { kind: 'tag', tag: 'Great Rivers' } }]);
    expect(backend.contacts.get(ids[1] ?? '')?.tags).toEqual(['Great Rivers']);
    expect(within(screen.getByTestId('toast')).getByText('Tagged 2 contacts “Great Rivers”.')).toBeTruthy();
    expect(within(screen.getByTestId('toast')).getByRole('button', { name: 'Undo' })).toBeTruthy();

    // Space unticks the active row.
    list.focus();
    fireEvent.keyDown(list, { key: 'Home' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: ' ' });
    expect(within(toolbar()).getByRole('status').textContent).toBe('1 contact selected');
    expect(await seriousViolations()).toEqual([]);
  });

  it('selects all matching as a query minus exclusions, never as ids, and moves them to the Trash', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(30, (n) => (n < 20 ? { tags: ['volga'] } : {}));
    await renderContacts(backend);
    fireEvent.click(screen.getByRole('button', { name: 'Select all 30 matching' }));
    expect(within(toolbar()).getByRole('status').textContent).toBe('30 contacts selected');
    fireEvent.click(await option(/^Фамилия00000/), { ctrlKey: true });
    expect(within(toolbar()).getByRole('status').textContent).toBe('29 contacts selected');
    fireEvent.click(within(toolbar()).getByRole('button', { name: 'Move to Trash' }));
    await waitFor(() => expect(bulkCalls(backend)).toHaveLength(1));
    const first = [...backend.contacts.keys()][0];
    expect(bulkCalls(backend)[0]).toEqual({ selection: { mode: 'query', query: '', tags: [], exclude: [first] }, action: { kind: 'delete' } });
    expect(await screen.findByText('Moved 29 contacts to the Trash.')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('1 contact')).toBeTruthy());
  });

  it('ticks a Shift-click range through contacts:ids, so rows off screen count too', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(10);
    await renderContacts(backend);
    fireEvent.click(await option(/^Фамилия00002/));
    fireEvent.click(await option(/^Фамилия00006/), { shiftKey: true });
    await waitFor(() => expect(within(toolbar()).getByRole('status').textContent).toBe('5 contacts selected'));
    expect(backend.callsTo('contacts:ids')).toEqual([{ query: '', tags: [], sort: 'name', offset: 2, limit: 5 }]);
  });

  it('copies the selection’s emails to the clipboard for a BCC line and counts those without one', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    const backend = new FakeBackend();
    backend.seedContacts(3, (n) => (n < 2 ? { emails: [{ value: `p${n}@example.org` }] } : {}));
    await renderContacts(backend);
    fireEvent.click(screen.getByRole('button', { name: 'Select all 3 matching' }));
    fireEvent.click(within(toolbar()).getByRole('button', { name: 'Copy emails for BCC' }));
    expect(await screen.findByText('Copied 2 addresses for a BCC line. 1 selected contact has no email.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith('p0@example.org, p1@example.org');
  });

  it('hands the selection to the export dialog through the store', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(3);
    const { store } = await renderContacts(backend);
    fireEvent.click(await option(/^Фамилия00001/), { ctrlKey: true });
    fireEvent.click(within(toolbar()).getByRole('button', { name: 'Export selected…' }));
    const id = [...backend.contacts.keys()][1];
    expect(store.getState().exportRequest).toEqual({ selection: { mode: 'ids', ids: [id] } });
  });
});

describe('segments', () => {
  it('filters by tag, saves the filter as a segment in settings, and applies a segment to the search box and the list', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(6, (n) => (n % 2 === 0 ? { tags: ['official'] } : {}));
    await renderContacts(backend);
    await waitFor(() => expect(screen.getByRole('option', { name: 'official (3)' })).toBeTruthy());
    fireEvent.change(screen.getByLabelText('Filter by tag'), { target: { value: 'official' } });
    expect(await screen.findByText('3 contacts')).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search contacts' }), { target: { value: 'Фамилия0000' } });
    await waitFor(() => expect(backend.callsTo('contacts:list').some((call) => (call as { query: string }).query === 'Фамилия0000')).toBe(true));

    fireEvent.click(screen.getByRole('button', { name: 'Save as segment…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save this filter as a segment' });
    fireEvent.change(within(dialog).getByLabelText('Segment name'), { target: { value: 'Officials' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save segment' }));
    await waitFor(() => expect(backend.settings.segments).toEqual([expect.objectContaining({ name: 'Officials', query: 'Фамилия0000', tags: ['official'] })]));
    expect(screen.getByLabelText<HTMLSelectElement>('Segment').selectedOptions[0]?.textContent).toBe('Officials');

    // Back to everyone, then the segment again: the search box shows its text.
    fireEvent.change(screen.getByLabelText('Segment'), { target: { value: '' } });
    await waitFor(() => expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search contacts' }).value).toBe(''));
    expect(await screen.findByText('6 contacts')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Segment'), { target: { value: backend.settings.segments[0]?.id } });
    await waitFor(() => expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search contacts' }).value).toBe('Фамилия0000'));
    expect(screen.getByRole('button', { name: 'Stop filtering by official' })).toBeTruthy();

    // A second segment may not take the same name.
    fireEvent.click(screen.getByRole('button', { name: 'Stop filtering by official' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Save as segment…' }));
    const again = await screen.findByRole('dialog', { name: 'Save this filter as a segment' });
    fireEvent.change(within(again).getByLabelText('Segment name'), { target: { value: 'officials' } });
    fireEvent.click(within(again).getByRole('button', { name: 'Save segment' }));
    expect(await within(again).findByText('A segment is already called “officials”; choose another name.')).toBeTruthy();
  });
});

describe('the Trash', () => {
  it('lists deleted contacts and restores one', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(2);
    const [first = ''] = [...backend.contacts.keys()];
    const contact = backend.contacts.get(first);
    if (contact) backend.contacts.set(first, { ...contact, deletedAt: '2019-04-30T09:00:00.000Z' });
    await renderApp(backend, { section: 'trash' });
    const list = await screen.findByRole('list', { name: 'Deleted contacts' });
    expect(within(list).getByText('Фамилия00000 Иван')).toBeTruthy();
    expect(backend.callsTo('trash:purgeExpired')).toHaveLength(1);
    expect(await seriousViolations()).toEqual([]);
    fireEvent.click(within(list).getByRole('button', { name: 'Restore Фамилия00000 Иван' }));
    expect(await screen.findByRole('heading', { name: 'The Trash is empty' })).toBeTruthy();
    expect(backend.contacts.get(first)?.deletedAt).toBeNull();
  });
});
