import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeBackend } from './fakeApi';
import { renderApp } from './renderApp';

const press = (key: string, init: KeyboardEventInit = {}) => fireEvent.keyDown(window, { key, ctrlKey: true, ...init });

describe('app commands and the command palette', () => {
  it('switches sections with Ctrl+digit and from the native menu', async () => {
    const backend = new FakeBackend();
    const { store } = await renderApp(backend);
    press('2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Contacts' })).toBeTruthy();
    act(() => backend.sendAppCommand({ type: 'go', section: 'settings' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    expect(store.getState().section).toBe('settings');
  });

  it('focuses the search with Ctrl+F and opens a new contact with the menu’s New record', async () => {
    const backend = new FakeBackend();
    await renderApp(backend);
    press('f');
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search contacts' }));
    act(() => backend.sendAppCommand({ type: 'new-record' }));
    const dialog = await screen.findByRole('dialog', { name: 'New contact' });
    // Behind an open dialog, commands wait: nothing changes where the user cannot see it.
    act(() => backend.sendAppCommand({ type: 'go', section: 'settings' }));
    expect(screen.queryByRole('heading', { level: 1, name: 'Settings' })).toBeNull();
    expect(dialog).toBeTruthy();
  });

  it('reaches actions and sections by name in both languages', async () => {
    const backend = new FakeBackend();
    await renderApp(backend);
    const opener = screen.getByRole('button', { name: 'Contacts' });
    opener.focus();
    press('k');
    const dialog = await screen.findByRole('dialog', { name: 'Command palette' });
    const input = within(dialog).getByRole('combobox', { name: 'Type a command or a name' });
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: 'sett' } });
    expect(within(dialog).getAllByRole('option')[0]?.textContent).toContain('Go to Settings');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    press('k');
    const again = await screen.findByRole('combobox', { name: 'Type a command or a name' });
    fireEvent.change(again, { target: { value: 'language' } });
    fireEvent.keyDown(again, { key: 'Enter' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Настройки' })).toBeTruthy();

    press('k');
    const ru = await screen.findByRole('combobox', { name: 'Введите команду или имя' });
    fireEvent.change(ru, { target: { value: 'конт' } });
    expect(screen.getAllByRole('option').some((o) => o.textContent?.includes('Перейти: Контакты'))).toBe(true);
    fireEvent.keyDown(ru, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('finds a contact by name in the other script and opens it', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(1, () => ({ family: 'Петров', given: 'Иван', familyLatin: 'Petrov', givenLatin: 'Ivan' }));
    const { store } = await renderApp(backend);
    press('k');
    const input = await screen.findByRole('combobox', { name: 'Type a command or a name' });
    fireEvent.change(input, { target: { value: 'petrov' } });
    const option = await screen.findByRole('option', { name: /Петров/ });
    expect(option.textContent).toContain('Contact');
    fireEvent.click(option);
    await waitFor(() => expect(store.getState().selectedContactId).toBe([...backend.contacts.keys()][0]));
    expect(store.getState().section).toBe('contacts');
  });
});

describe('a .vcf opened with the app', () => {
  it('opens the contacts screen and the import’s file dialog', async () => {
    const backend = new FakeBackend();
    backend.answers.set('import:choose', () => ({ opened: false }));
    const { store } = await renderApp(backend);
    act(() => backend.sendAppCommand({ type: 'import' }));
    await waitFor(() => expect(backend.callsTo('import:choose')).toHaveLength(1));
    expect(store.getState().section).toBe('contacts');
    expect(store.getState().importRequested).toBe(false);
  });
});
