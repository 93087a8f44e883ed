import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../electron/shared/commands/commandSchemas';
import { FakeBackend } from './fakeApi';
import { renderContacts } from './renderApp';

const runs = (backend: FakeBackend) => (backend.callsTo('commands:run') as { commands: CommandInput[] }[]).map((call) => call.commands);
const type = (dialog: HTMLElement, label: string, value: string) => fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });
const saveStatus = () => screen.getByTestId('save-status').textContent;

async function openNewContact() {
  fireEvent.click(screen.getByRole('button', { name: 'New contact' }));
  return screen.findByRole('dialog', { name: 'New contact' });
}

async function select(name: RegExp) {
  fireEvent.click(await screen.findByRole('option', { name }));
  return screen.findByRole('heading', { level: 2, name: new RegExp(name.source) });
}

describe('creating a contact', () => {
  it('sends one commands:run with organization.create and contact.create, and the list shows the contact', async () => {
    const backend = new FakeBackend();
    const volgograd = backend.addCity('Волгоград', 'Volgograd');
    const { store } = await renderContacts(backend);
    const dialog = await openNewContact();
    await waitFor(() => expect(dialog.querySelector('datalist option[value="Волгоград / Volgograd"]')).not.toBeNull());
    type(dialog, 'Family name', 'Иванова');
    type(dialog, 'Given name', 'Мария');
    type(dialog, 'Email', 'ivanova@volgadmin.ru');
    type(dialog, 'Organisation', 'Администрация Волгограда');
    type(dialog, 'City', 'Волгоград / Volgograd');
    type(dialog, 'Tags', 'Great Rivers, host city, great rivers');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(runs(backend)).toHaveLength(1);
    const [organization, contact] = runs(backend)[0] ?? [];
    expect(organization).toMatchObject({ type: 'organization.create', data: { name: 'Администрация Волгограда' } });
    expect(contact).toMatchObject({
      type: 'contact.create',
      data: {
        family: 'Иванова',
        given: 'Мария',
        familyLatin: 'Ivanova',
        emails: [{ value: 'ivanova@volgadmin.ru' }],
        cityIds: [volgograd.id],
        tags: ['Great Rivers', 'host city'],
      },
    });
    if (organization?.type !== 'organization.create' || contact?.type !== 'contact.create') throw new Error('unexpected commands');
    expect(contact.data.organizationId).toBe(organization.id);
    expect(contact.at).toMatch(/^\d{4}-\d\d-\d\dT/);

    expect(await screen.findByRole('option', { name: /^Иванова Мария/ })).toBeTruthy();
    expect(screen.getByText('Added Иванова Мария.')).toBeTruthy();
    expect(store.getState().selectedContactId).toBe(contact.id);
    expect(await screen.findByRole('heading', { level: 2, name: 'Иванова Мария' })).toBeTruthy();
    expect(saveStatus()).toBe('Saved');
  });

  it('reuses an existing organisation and creates a new city (Cyrillic: Russia, Moscow time)', async () => {
    const backend = new FakeBackend();
    const org = backend.addOrganization('Ассоциация волжских городов');
    await renderContacts(backend);
    const dialog = await openNewContact();
    await waitFor(() => expect(dialog.querySelector('datalist option')).not.toBeNull());
    type(dialog, 'Family name', 'Смирнов');
    type(dialog, 'Organisation', 'ассоциация волжских городов');
    type(dialog, 'City', 'Саратов');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(runs(backend)).toHaveLength(1));
    const commands = runs(backend)[0] ?? [];
    expect(commands.map((c) => c.type)).toEqual(['city.create', 'contact.create']);
    expect(commands[0]).toMatchObject({ data: { nameCyrillic: 'Саратов', nameLatin: 'Saratov', country: 'RU', zone: 'Europe/Moscow' } });
    expect(commands[1]).toMatchObject({ data: { organizationId: org.id } });
  });

  it('puts a new city typed in Latin letters in the home zone', async () => {
    const backend = new FakeBackend();
    backend.settings = { ...backend.settings, homeZone: 'America/Chicago' };
    await renderContacts(backend);
    const dialog = await openNewContact();
    type(dialog, 'Family name', 'Smith');
    type(dialog, 'City', 'St. Louis');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(runs(backend)).toHaveLength(1));
    expect(runs(backend)[0]?.[0]).toMatchObject({ type: 'city.create', data: { nameLatin: 'St. Louis', nameCyrillic: '', country: 'other', zone: 'America/Chicago' } });
  });

  it('says Saving… until commands:run resolves, then Saved', async () => {
    const backend = new FakeBackend();
    await renderContacts(backend);
    const dialog = await openNewContact();
    type(dialog, 'Family name', 'Иванова');
    const release = backend.hold('commands:run');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saveStatus()).toBe('Saving…'));
    expect(screen.getByRole('dialog')).toBeTruthy();
    act(() => release());
    await waitFor(() => expect(saveStatus()).toBe('Saved'));
  });

  it('says Not saved, with the reason, when the write was not durable', async () => {
    const backend = new FakeBackend();
    await renderContacts(backend);
    const dialog = await openNewContact();
    type(dialog, 'Family name', 'Иванова');
    backend.failNext('commands:run', { code: 'not-saved', message: 'The disk is full; free some space and try again.' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saveStatus()).toContain('Not saved'));
    expect(saveStatus()).toContain('The disk is full; free some space and try again.');
  });
});

describe('editing and deleting', () => {
  it('edits with contact.update carrying the full data', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(3, (n) => (n === 1 ? { emails: [{ value: 'a@example.org' }, { value: 'b@example.org', preferred: true }], languages: ['ru', 'en'] } : {}));
    await renderContacts(backend);
    await select(/^Фамилия00001 Иван/);
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit contact' });
    // Every email is in the form, in the order stored, the preferred one marked.
    expect(within(dialog).getByLabelText<HTMLInputElement>('Email').value).toBe('a@example.org');
    expect(within(dialog).getByLabelText<HTMLInputElement>('Email 2').value).toBe('b@example.org');
    expect(within(dialog).getByRole<HTMLInputElement>('radio', { name: 'Email 2 is preferred' }).checked).toBe(true);
    type(dialog, 'Title', 'Head of international relations');
    type(dialog, 'Email 2', 'new@example.org');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [update] = runs(backend)[0] ?? [];
    expect(update).toMatchObject({
      type: 'contact.update',
      id: [...backend.contacts.keys()][1],
      data: {
        family: 'Фамилия00001',
        title: 'Head of international relations',
        emails: [{ value: 'a@example.org' }, { value: 'new@example.org', preferred: true }],
        languages: ['ru', 'en'],
      },
    });
    expect(screen.getByText('Saved Фамилия00001 Иван.')).toBeTruthy();
  });

  it('deletes at once, says so with an Undo button, and Undo calls history:undo', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(3);
    const { store } = await renderContacts(backend);
    const id = [...backend.contacts.keys()][2];
    await select(/^Фамилия00002 Иван/);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('option', { name: /^Фамилия00002/ })).toBeNull());
    expect(runs(backend)).toEqual([[expect.objectContaining({ type: 'contact.delete', ids: [id] })]]);
    expect(store.getState().selectedContactId).toBeNull();
    const toast = screen.getByTestId('toast');
    expect(within(toast).getByText('Deleted Фамилия00002 Иван.')).toBeTruthy();
    // The top bar names what Undo would take back.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo “Delete Фамилия00002 Иван”' })).toBeTruthy());

    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(backend.callsTo('history:undo')).toHaveLength(1));
    expect(await screen.findByRole('option', { name: /^Фамилия00002/ })).toBeTruthy();
    expect(await screen.findByText('Undone: Delete Фамилия00002 Иван')).toBeTruthy();
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z, but not while typing', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(2);
    await renderContacts(backend);
    await select(/^Фамилия00000 Иван/);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.getByRole('button', { name: /^Undo “/ })).toBeTruthy());

    fireEvent.keyDown(screen.getByRole('searchbox', { name: 'Search contacts' }), { key: 'z', ctrlKey: true });
    expect(backend.callsTo('history:undo')).toHaveLength(0);

    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(backend.callsTo('history:undo')).toHaveLength(1));
    await waitFor(() => expect(screen.getByRole('button', { name: /^Redo “/ })).toBeTruthy());
    fireEvent.keyDown(document.body, { key: 'Z', metaKey: true, shiftKey: true });
    await waitFor(() => expect(backend.callsTo('history:redo')).toHaveLength(1));
  });
});
