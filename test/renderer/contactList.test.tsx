import { fireEvent, screen, waitFor, within } from '@testing-library/react';
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
    expect(screen.getByText('10,000 contacts')).toBeTruthy();

    const rendered = within(list).getAllByRole('option').length;
    expect(rendered).toBeLessThan(40);
    expect(Math.max(...listCalls(backend).map((call) => call.limit ?? 0))).toBeLessThanOrEqual(100);

    // Jump to the end: only the last page (and its neighbour) is fetched, never everything between.
    list.focus();
    fireEvent.keyDown(list, { key: 'End' });
    await waitFor(() => expect(within(list).getByRole('option', { name: /^Фамилия09999/ })).toBeTruthy());
    const offsets = listCalls(backend).map((call) => call.offset ?? 0);
    expect(offsets).toContain(9900);
    expect(listCalls(backend).length).toBeLessThan(10);
    expect(within(list).getAllByRole('option').length).toBeLessThan(40);
    expect(list.getAttribute('aria-activedescendant')).toBeTruthy();
  });
});
