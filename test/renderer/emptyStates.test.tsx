import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SettingsSchema } from '../../electron/shared/schemas/settings';
import { FakeBackend } from './fakeApi';
import { renderApp } from './renderApp';

/** Empty screens lead: they say what they are for and offer the first action, in both languages. */
describe('empty screens', () => {
  it('Negotiations with no conference says what it is for and offers New conference, which opens the conference form', async () => {
    const backend = new FakeBackend();
    backend.answers.set('negotiations:conferences', () => []);
    await renderApp(backend, { section: 'negotiations' });
    const empty = await screen.findByRole('region', { name: 'No conference to negotiate yet' }, { timeout: 5000 });
    expect(empty.textContent).toContain('from the first contact to the decision');
    fireEvent.click(within(empty).getByRole('button', { name: 'New conference' }));
    expect(await screen.findByRole('dialog')).toBeTruthy();
  });

  it('Conferences in Russian: the purpose and «Добавить первую конференцию»', async () => {
    const backend = new FakeBackend();
    backend.settings = SettingsSchema.parse({ locale: 'ru' });
    await renderApp(backend, { section: 'timelines' });
    const empty = await screen.findByRole('region', { name: 'Конференций пока нет' }, { timeout: 5000 });
    expect(empty.textContent).toContain('набор американских участников');
    fireEvent.click(within(empty).getByRole('button', { name: 'Добавить первую конференцию' }));
    expect(await screen.findByRole('dialog')).toBeTruthy();
  });

  it('Contacts with none offers the first contact and Import', async () => {
    await renderApp(new FakeBackend(), { section: 'contacts' });
    const empty = await screen.findByRole('region', { name: 'No contacts yet' });
    expect(empty.textContent).toContain('in both scripts');
    expect(within(empty).getByRole('button', { name: 'Import contacts…' })).toBeTruthy();
    fireEvent.click(within(empty).getByRole('button', { name: 'Add the first contact' }));
    expect(await screen.findByRole('dialog')).toBeTruthy();
  });
});
