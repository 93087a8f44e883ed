import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeBackend } from './fakeApi';
import { renderContacts } from './renderApp';

const type = (dialog: HTMLElement, label: string, value: string) => fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });
const saveStatus = () => screen.getByTestId('save-status');
const list = () => screen.getByRole('listbox', { name: 'Contact list' });
const rowOf = (id: string) => list().querySelector<HTMLElement>(`[role="option"][data-id="${id}"]`);

/** Opens the second seeded contact (Фамилия00001 Иван) in the Edit dialog and types a new name and email. */
async function editSecondContact(backend: FakeBackend): Promise<{ id: string; dialog: HTMLElement }> {
  const id = [...backend.contacts.keys()][1] ?? '';
  fireEvent.click(await screen.findByRole('option', { name: /^Фамилия00001 Иван/ }));
  await screen.findByRole('heading', { level: 2, name: /^Фамилия00001 Иван/ });
  fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
  const dialog = await screen.findByRole('dialog', { name: 'Edit contact' });
  // The form matches typed names against these lists; wait for them so Save runs at once.
  await waitFor(() => expect(backend.callsTo('cities:list').length).toBeGreaterThan(0));
  type(dialog, 'Family name', 'Фамилия00001Б');
  type(dialog, 'Email', 'renamed@example.org');
  return { id, dialog };
}

describe('an edit shows in the list before its save is acknowledged', () => {
  it('repaints the row with the new values while "Saving…", and keeps them once saved', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(3);
    await renderContacts(backend);
    const { id, dialog } = await editSecondContact(backend);
    const release = backend.hold('commands:run');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    // The commit has not resolved: the row already shows the edit, and the status says so.
    expect(backend.callsTo('commands:run')).toHaveLength(1);
    expect(rowOf(id)?.textContent).toContain('Фамилия00001Б Иван');
    expect(rowOf(id)?.textContent).toContain('renamed@example.org');
    expect(saveStatus().getAttribute('data-state')).toBe('saving');
    expect(saveStatus().textContent).toBe('Saving…');
    expect(backend.contacts.get(id)?.family).toBe('Фамилия00001');

    release();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(saveStatus().textContent).toBe('Saved'));
    expect(backend.contacts.get(id)?.family).toBe('Фамилия00001Б');
    // Confirmed: the row the store now lists is the same.
    await waitFor(() => expect(backend.callsTo('contacts:list').length).toBeGreaterThan(1));
    expect(rowOf(id)?.textContent).toContain('Фамилия00001Б Иван');
    expect(rowOf(id)?.textContent).toContain('renamed@example.org');
  });

  it('puts the row back when the save is refused, and the form keeps everything typed with the sentence', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(3);
    await renderContacts(backend);
    const { id, dialog } = await editSecondContact(backend);
    const release = backend.hold('commands:run');
    backend.failNext('commands:run', { code: 'conflict', message: 'This contact was changed elsewhere since the form opened. Nothing was changed.' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(rowOf(id)?.textContent).toContain('renamed@example.org');

    release();
    expect(await within(dialog).findByRole('alert')).toHaveProperty('textContent', 'This contact was changed elsewhere since the form opened. Nothing was changed.');
    // Rolled back to what the store holds...
    expect(rowOf(id)?.textContent).toContain('Фамилия00001 Иван');
    expect(rowOf(id)?.textContent).not.toContain('Фамилия00001Б');
    expect(rowOf(id)?.textContent).not.toContain('renamed@example.org');
    // ...while the form stays open with the user's input, and nothing was written.
    expect(within(dialog).getByLabelText<HTMLInputElement>('Family name').value).toBe('Фамилия00001Б');
    expect(within(dialog).getByLabelText<HTMLInputElement>('Email').value).toBe('renamed@example.org');
    expect(backend.contacts.get(id)?.family).toBe('Фамилия00001');
    expect(saveStatus().textContent).toBe('Saved');
  });

  it('puts the row back to what the store lists when the disk refuses the save: "Not saved", the form open', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(3);
    await renderContacts(backend);
    const { id, dialog } = await editSecondContact(backend);
    const sentence = 'Not saved: the disk is full. Your change is kept and will be saved with the next one.';
    backend.failNext('commands:run', { code: 'not-saved', message: sentence });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(saveStatus().getAttribute('data-state')).toBe('not-saved'));
    expect(within(saveStatus()).getByText('Not saved')).toBeTruthy();
    expect(await within(dialog).findByRole('alert')).toHaveProperty('textContent', sentence);
    expect(rowOf(id)?.textContent).toContain('Фамилия00001 Иван');
    expect(rowOf(id)?.textContent).not.toContain('renamed@example.org');
    expect(within(dialog).getByLabelText<HTMLInputElement>('Email').value).toBe('renamed@example.org');
  });

  it('leaves a new contact to the list: nothing is patched before it exists', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(1);
    await renderContacts(backend);
    const release = backend.hold('commands:run');
    fireEvent.click(screen.getByRole('button', { name: 'New contact' }));
    const dialog = await screen.findByRole('dialog', { name: 'New contact' });
    type(dialog, 'Family name', 'Новикова');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(backend.callsTo('commands:run')).toHaveLength(1));
    expect(within(list()).queryByRole('option', { name: /^Новикова/ })).toBeNull();
    release();
    expect(await within(list()).findByRole('option', { name: /^Новикова/ })).toBeTruthy();
  });
});
