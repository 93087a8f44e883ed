import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ParsedInputOf } from '../../electron/shared/contract';
import { FakeBackend } from './fakeApi';
import { renderContacts } from './renderApp';

const listCalls = (backend: FakeBackend) => backend.callsTo('contacts:list') as ParsedInputOf<'contacts:list'>[];

describe('the contact list', () => {
  it('pages 10,000 contacts through small windows and renders a bounded number of rows', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(10_000);
    await renderContacts(backend);
    const list = screen.getByRole('listbox', { name: 'Contact list' });
    await waitFor(() => expect(within(list).getAllByRole('option').length).toBeGreaterThan(5));
    expect(screen.getByText(/^10\D?000 contacts$/)).toBeTruthy();

    const rendered = within(list).getAllByRole('option').length;
    expect(rendered).toBeLessThan(40);
    expect(Math.max(...listCalls(backend).map((call) => call.limit ?? 0))).toBeLessThanOrEqual(100);

    // Jump to the end: only the last page (and its neighbour) is fetched, never everything between.
    act(() => list.focus());
    fireEvent.keyDown(list, { key: 'End' });
    // happy-dom moves scrollTop but, unlike a browser, fires no scroll event.
    fireEvent.scroll(list);
    await waitFor(() => expect(within(list).getByRole('option', { name: /^Фамилия09999/ })).toBeTruthy());
    const offsets = listCalls(backend).map((call) => call.offset ?? 0);
    expect(offsets).toContain(9900);
    expect(listCalls(backend).length).toBeLessThan(10);
    expect(within(list).getAllByRole('option').length).toBeLessThan(40);
    expect(list.getAttribute('aria-activedescendant')).toBeTruthy();
  });
});

describe('moving through the list', () => {
  it('selects with Down/Up/Home/Enter and shows the contact in the detail pane', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(30);
    await renderContacts(backend);
    const list = screen.getByRole('listbox', { name: 'Contact list' });
    await within(list).findByRole('option', { name: /^Фамилия00000/ });
    act(() => list.focus());
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowUp' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'Enter' });
    const option = within(list).getByRole('option', { name: /^Фамилия00002/ });
    expect(option.getAttribute('aria-selected')).toBe('true');
    expect(list.getAttribute('aria-activedescendant')).toBe(option.id);
    expect(await screen.findByRole('heading', { name: 'Фамилия00002 Иван' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Edit' })).toBeTruthy();

    fireEvent.keyDown(list, { key: 'Home' });
    fireEvent.keyDown(list, { key: ' ' });
    expect(await screen.findByRole('heading', { name: 'Фамилия00000 Иван' })).toBeTruthy();
  });

  it('lets go of the open contact when a new search no longer lists it, and keeps one it still lists', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(30);
    const { store } = await renderContacts(backend);
    const list = screen.getByRole('listbox', { name: 'Contact list' });
    fireEvent.click(await within(list).findByRole('option', { name: /^Фамилия00002/ }));
    expect(await screen.findByRole('heading', { name: 'Фамилия00002 Иван' })).toBeTruthy();
    // Still listed: the pane keeps it.
    const search = screen.getByRole('searchbox', { name: 'Search contacts' });
    fireEvent.change(search, { target: { value: 'Фамилия0000' } });
    await waitFor(() => expect(backend.callsTo('contacts:shows')).toHaveLength(1));
    expect(screen.getByRole('heading', { name: 'Фамилия00002 Иван' })).toBeTruthy();
    // Filtered out: the pane lets go.
    fireEvent.change(search, { target: { value: 'Фамилия00011' } });
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Фамилия00002 Иван' })).toBeNull());
    expect(store.getState().selectedContactId).toBeNull();
  });

  it('shows the Example badge on sample rows', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(2);
    const first = [...backend.contacts.values()][0];
    if (first) first.example = true;
    await renderContacts(backend);
    const option = await screen.findByRole('option', { name: /^Фамилия00000/ });
    expect(within(option).getByText('Example')).toBeTruthy();
    expect(option.textContent?.replace(/\s+/g, ' ')).toMatch(/^Фамилия00000 Иван Ivan Familiya0 Example/);
  });

  it('refetches the visible window when store:changed arrives', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(20);
    await renderContacts(backend);
    await screen.findByRole('option', { name: /^Фамилия00000/ });
    const before = listCalls(backend).length;
    const first = [...backend.contacts.values()][0];
    if (first) backend.contacts.set(first.id, { ...first, family: 'Абрамова' });
    backend.emitChange('contact.update');
    expect(await screen.findByRole('option', { name: /^Абрамова/ })).toBeTruthy();
    expect(listCalls(backend).length).toBeGreaterThan(before);
  });
});

describe('searching', () => {
  it('sends what is typed as the list query, once typing pauses', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(50, (n) => (n === 7 ? { family: 'Волгина', familyLatin: 'Volgina' } : {}));
    await renderContacts(backend);
    const search = screen.getByRole('searchbox', { name: 'Search contacts' });
    fireEvent.change(search, { target: { value: 'Вол' } });
    fireEvent.change(search, { target: { value: 'Волгина' } });
    await waitFor(() => expect(listCalls(backend).some((call) => call.query === 'Волгина')).toBe(true));
    // Debounced: the half-typed query was never sent.
    expect(listCalls(backend).some((call) => call.query === 'Вол')).toBe(false);
    const list = screen.getByRole('listbox', { name: 'Contact list' });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(1));
    expect(within(list).getByRole('option', { name: /^Волгина Иван/ })).toBeTruthy();
  });

  it('says when nothing matches', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(5);
    await renderContacts(backend);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search contacts' }), { target: { value: 'Nobody' } });
    expect(await screen.findByText('No contact matches “Nobody”.')).toBeTruthy();
  });

  it('typing a search on Home switches to Contacts', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(5);
    const { store } = await (await import('./renderApp')).renderApp(backend);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search contacts' }), { target: { value: 'Фам' } });
    expect(store.getState().section).toBe('contacts');
    await waitFor(() => expect(listCalls(backend).some((call) => call.query === 'Фам')).toBe(true));
  });
});
