import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deriveLatinName } from '../../electron/shared/names/deriveLatinName';
import { FakeBackend } from './fakeApi';
import { renderContacts } from './renderApp';

async function openNewContact() {
  fireEvent.click(screen.getByRole('button', { name: 'New contact' }));
  const dialog = await screen.findByRole('dialog', { name: 'New contact' });
  // The form matches typed organisation, city and partnership names against these lists.
  await waitFor(() => expect(document.querySelectorAll('datalist').length).toBeGreaterThanOrEqual(3));
  return dialog;
}

const type = (dialog: HTMLElement, label: string, value: string) => fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });
const valueOf = (dialog: HTMLElement, label: string) => within(dialog).getByLabelText<HTMLInputElement>(label).value;

/** The message a field's aria-describedby points at. */
function messageFor(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('the contact form', () => {
  it('names the Title field, and clicking its label focuses it (its id is not the heading’s)', async () => {
    await renderContacts(new FakeBackend());
    const dialog = await openNewContact();
    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    expect(title.tagName).toBe('INPUT');
    expect(document.querySelectorAll(`[id="${title.id}"]`)).toHaveLength(1);
    expect(within(dialog).getByRole('heading', { name: 'New contact' }).id).not.toBe(title.id);
  });

  it('is a modal dialog that takes focus, keeps Tab inside, and gives focus back on Escape', async () => {
    await renderContacts();
    const opener = screen.getByRole('button', { name: 'New contact' });
    act(() => opener.focus());
    const dialog = await openNewContact();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Family name'));

    const save = within(dialog).getByRole('button', { name: 'Save' });
    act(() => save.focus());
    fireEvent.keyDown(save, { key: 'Tab' });
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Family name'));
    fireEvent.keyDown(document.activeElement ?? dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(save);

    fireEvent.keyDown(save, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(opener);
  });

  it('warns, without refusing, when a typed email already belongs to another contact, names them and opens them', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(1, () => ({ family: 'Иванова', given: 'Мария', emails: [{ value: 'M.Ivanova@volgadmin.example' }] }));
    await renderContacts(backend);
    const dialog = await openNewContact();
    type(dialog, 'Family name', 'Orlov');
    type(dialog, 'Email', 'm.ivanova@VOLGADMIN.example');
    const email = within(dialog).getByLabelText('Email');
    // Read with the field, and a real button inside the warning.
    await waitFor(() => expect(messageFor(email)).toContain('Already the email of Иванова Мария.'));
    expect(within(dialog).getByRole('button', { name: 'Open Иванова Мария' })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Save' }).hasAttribute('disabled')).toBe(false);

    // The form holds typing: opening the other contact asks first, so nothing is lost by a slip.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Open Иванова Мария' }));
    fireEvent.click(within(screen.getByRole('alertdialog', { name: 'Discard your changes?' })).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByRole('heading', { level: 2, name: 'Иванова Мария' })).toBeTruthy();
  });

  it('shows each validation message beside its field and sends nothing while invalid', async () => {
    const { backend } = await renderContacts();
    const dialog = await openNewContact();
    type(dialog, 'Email', 'not-an-email');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    const family = within(dialog).getByLabelText('Family name');
    const email = within(dialog).getByLabelText('Email');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(messageFor(email)).toBe('Not an email address');
    // Every name part is optional: no family name is asked for.
    expect(family.getAttribute('aria-invalid')).toBeNull();
    expect(within(dialog).getByRole('alert').textContent).toBe('Please correct the highlighted fields.');
    expect(document.activeElement).toBe(email);
    expect(backend.callsTo('commands:run')).toHaveLength(0);

    // Fixing a field clears its message.
    type(dialog, 'Email', 'blablö@blub.com');
    expect(email.getAttribute('aria-invalid')).toBeNull();
  });

  it('saves a contact known only by a given name; refuses one with nothing to recognise it by', async () => {
    const { backend } = await renderContacts();
    const dialog = await openNewContact();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const family = within(dialog).getByLabelText('Family name');
    await waitFor(() => expect(family.getAttribute('aria-invalid')).toBe('true'));
    expect(messageFor(family)).toBe('Enter a name, an email, a phone or an organisation');
    expect(backend.callsTo('commands:run')).toHaveLength(0);
    type(dialog, 'Given name', 'zzMad Perla 45');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(backend.callsTo('commands:run')).toHaveLength(1));
  });

  it('fills the Latin forms from the Cyrillic ones until the user types their own', async () => {
    await renderContacts();
    const dialog = await openNewContact();
    type(dialog, 'Family name', 'Иванова');
    type(dialog, 'Given name', 'Мария');
    type(dialog, 'Patronymic', 'Петровна');
    const expected = deriveLatinName({ family: 'Иванова', given: 'Мария', patronymic: 'Петровна' });
    expect(valueOf(dialog, 'Family name (Latin)')).toBe(expected.familyLatin);
    expect(valueOf(dialog, 'Given name (Latin)')).toBe(expected.givenLatin);
    expect(valueOf(dialog, 'Patronymic (Latin)')).toBe(expected.patronymicLatin);
    expect(expected.familyLatin).toBe('Ivanova');

    type(dialog, 'Given name (Latin)', 'Maria');
    type(dialog, 'Given name', 'Марья');
    expect(valueOf(dialog, 'Given name (Latin)')).toBe('Maria');
    // The untouched ones still follow.
    type(dialog, 'Family name', 'Иванов');
    expect(valueOf(dialog, 'Family name (Latin)')).toBe('Ivanov');

    // Clearing a Latin form hands it back to the transliteration.
    type(dialog, 'Given name (Latin)', '');
    type(dialog, 'Given name', 'Мария');
    expect(valueOf(dialog, 'Given name (Latin)')).toBe(expected.givenLatin);
  });

  it('puts the server’s field errors beside their fields', async () => {
    const backend = new FakeBackend();
    const { store } = await renderContacts(backend);
    const dialog = await openNewContact();
    type(dialog, 'Family name', 'Иванова');
    type(dialog, 'Email', 'maria@example.org');
    backend.failNext('commands:run', {
      code: 'invalid-input',
      message: 'Not an email address (commands.0.data.emails.0.value).',
      fields: { 'commands.0.data.emails.0.value': 'This address is refused' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const email = within(dialog).getByLabelText('Email');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(messageFor(email)).toBe('This address is refused');
    expect(screen.getByRole('dialog', { name: 'New contact' })).toBeTruthy();
    // Nothing was written, so the save state is unchanged.
    expect(store.getState().save.status).toBe('saved');
  });

  it('shows a failure without fields as a sentence in the form', async () => {
    const backend = new FakeBackend();
    await renderContacts(backend);
    const dialog = await openNewContact();
    type(dialog, 'Family name', 'Иванова');
    backend.failNext('commands:run', { code: 'rule', message: 'This workspace is read-only while the CLI imports.' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('This workspace is read-only while the CLI imports.');
  });
});
