import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ContactInputSchema } from '../../electron/shared/schemas/contact';
import { ru } from '../../electron/shared/i18n/ru';
import { FakeBackend } from './fakeApi';
import { renderApp, renderContacts } from './renderApp';

function russianBackend(): FakeBackend {
  const backend = new FakeBackend();
  backend.settings = { ...backend.settings, locale: 'ru' };
  return backend;
}

const addIvan = {
  type: 'contact.create' as const,
  at: '2026-11-28T10:00:00.000Z',
  id: crypto.randomUUID(),
  data: ContactInputSchema.parse({ family: 'Петров', given: 'Иван' }),
};

describe('zod’s own messages in the Russian UI', () => {
  it('says a too-long name in Russian beside the field, not in zod’s English', async () => {
    await renderContacts(russianBackend());
    fireEvent.click(await screen.findByRole('button', { name: 'Новый контакт' }));
    const dialog = await screen.findByRole('dialog', { name: 'Новый контакт' });
    fireEvent.change(within(dialog).getByLabelText('Фамилия'), { target: { value: 'Щ'.repeat(101) } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    const family = within(dialog).getByLabelText('Фамилия');
    await waitFor(() => expect(family.getAttribute('aria-invalid')).toBe('true'));
    const said = document.getElementById(family.getAttribute('aria-describedby')?.split(' ')[0] ?? '')?.textContent ?? '';
    expect(said).toMatch(/[А-Яа-я]/);
    expect(said).not.toMatch(/Too big/);
  });
});

describe('core’s sentences in the Russian UI', () => {
  it('names the step the Undo button takes back in Russian, and says in Russian what was undone', async () => {
    const { store } = await renderApp(russianBackend());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Отменить' })).toBeTruthy());
    await act(async () => {
      await store.getState().runCommands([addIvan]);
    });
    const undo = await screen.findByRole('button', { name: 'Отменить «Добавлен контакт Петров Иван»' });
    fireEvent.click(undo);
    await waitFor(() => expect(screen.getByTestId('toast').textContent).toContain('Отменено: Добавлен контакт Петров Иван'));
    expect(await screen.findByRole('button', { name: 'Повторить «Добавлен контакт Петров Иван»' })).toBeTruthy();
  });

  it('shows a refused command’s sentence in Russian, its English kept for the CLI', async () => {
    const backend = russianBackend();
    const { store } = await renderApp(backend);
    await act(async () => {
      await store.getState().runCommands([addIvan]);
    });
    backend.failNext('history:undo', {
      code: 'conflict',
      message: 'Cannot undo “Add contact Петров Иван”: the records it changed have been changed again since. Nothing was changed.',
      i18n: { key: 'errors.undoConflict', params: { summary: { key: 'summary.contactAdded', params: { name: 'Петров Иван' } } } },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Отменить «Добавлен контакт Петров Иван»' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'Нельзя отменить «Добавлен контакт Петров Иван»: записи, которые изменил этот шаг, с тех пор изменены снова. Ничего не изменено.',
      ),
    );
  });

  it('keeps the English when a failure carries no phrase, or one this build does not know', async () => {
    const backend = russianBackend();
    const { store } = await renderApp(backend);
    backend.failNext('commands:run', { code: 'rule', message: 'A sentence from a newer Liaison.', i18n: { key: 'errors.fromTheFuture' } });
    const result = await store.getState().runCommands([addIvan]);
    expect(result.ok ? '' : result.error.message).toBe('A sentence from a newer Liaison.');
  });

  it('shows a shared schema’s field message beside the field in Russian', async () => {
    await renderContacts(russianBackend());
    fireEvent.click(await screen.findByRole('button', { name: ru['contacts.new'] }));
    const dialog = await screen.findByRole('dialog', { name: ru['form.newTitle'] });
    fireEvent.change(within(dialog).getByLabelText(ru['contact.email']), { target: { value: 'not-an-email' } });
    fireEvent.click(within(dialog).getByRole('button', { name: ru['form.save'] }));
    const email = within(dialog).getByLabelText(ru['contact.email']);
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    const described = (email.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    expect(described).toContain('Это не адрес электронной почты');
    // A contact may be known without a family name: only the email is marked.
    expect(within(dialog).getByLabelText(ru['contact.family']).getAttribute('aria-invalid')).not.toBe('true');
  });
});
