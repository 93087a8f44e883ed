import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeBackend } from './fakeApi';
import { renderContacts } from './renderApp';

async function openNewContact(): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole('button', { name: 'New contact' }));
  return screen.findByRole('dialog', { name: 'New contact' });
}

describe('a form with changes', () => {
  it('asks before Escape or Cancel throws away a half-filled contact, and closes at once when nothing was typed', async () => {
    const { backend } = await renderContacts(new FakeBackend());
    let dialog = await openNewContact();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog', { name: 'New contact' })).toBeNull();

    dialog = await openNewContact();
    fireEvent.change(within(dialog).getByLabelText('Family name'), { target: { value: 'Collins' } });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    const question = screen.getByRole('alertdialog', { name: 'Discard your changes?' });
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Keep editing' }));
    fireEvent.click(within(question).getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(within(dialog).getByLabelText<HTMLInputElement>('Family name').value).toBe('Collins');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Discard changes' }));
    expect(screen.queryByRole('dialog', { name: 'New contact' })).toBeNull();
    expect(backend.callsTo('commands:run')).toEqual([]);
  });
});
