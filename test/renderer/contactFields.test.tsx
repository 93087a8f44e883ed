import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../electron/shared/commands/commandSchemas';
import { FakeBackend } from './fakeApi';
import { renderApp, renderContacts } from './renderApp';

const runs = (backend: FakeBackend) => (backend.callsTo('commands:run') as { commands: CommandInput[] }[]).map((call) => call.commands);
const type = (dialog: HTMLElement, label: string, value: string) => fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });

/** The hint or message a field's aria-describedby points at. */
function describedText(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

async function openNewContact() {
  fireEvent.click(screen.getByRole('button', { name: 'New contact' }));
  const dialog = await screen.findByRole('dialog', { name: 'New contact' });
  await waitFor(() => expect(document.querySelectorAll('datalist').length).toBeGreaterThanOrEqual(3));
  return dialog;
}

describe('the contact form and page with the fields real address books carry', () => {
  it('saves prefix, middle names, suffix, nickname, phonetic names, a birthday without its year, an anniversary and websites; keeps an undialable phone and a dotless email with a remark', async () => {
    const backend = new FakeBackend();
    await renderContacts(backend);
    const dialog = await openNewContact();
    type(dialog, 'Family name', 'Smith');
    type(dialog, 'Given name', 'John');
    type(dialog, 'Prefix', 'Dr.');
    type(dialog, 'Middle names', 'Richter, James');
    type(dialog, 'Suffix', 'Jr.');
    type(dialog, 'Nickname', 'Johnny');
    type(dialog, 'Given name (phonetic)', 'Jon');
    type(dialog, 'Birthday', '15.04');
    type(dialog, 'Anniversary', '1990-06-01');
    type(dialog, 'Phone', '+1-800-MYFAX');
    type(dialog, 'Email', 'contact1@invalid');
    expect(describedText(within(dialog).getByLabelText('Phone'))).toMatch(/not dialable/);
    expect(describedText(within(dialog).getByLabelText('Email'))).toMatch(/domain has no dot/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add website' }));
    type(dialog, 'Website', 'https://cleveland.example/smith');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const contact = runs(backend)[0]?.find((command) => command.type === 'contact.create');
    expect(contact).toMatchObject({
      data: {
        prefix: 'Dr.',
        middleNames: ['Richter', 'James'],
        suffix: 'Jr.',
        nickname: 'Johnny',
        givenPhonetic: 'Jon',
        birthday: '--04-15',
        anniversary: '1990-06-01',
        phones: [{ value: '+1-800-MYFAX' }],
        emails: [{ value: 'contact1@invalid' }],
        websites: [{ value: 'https://cleveland.example/smith' }],
      },
    });

    // The contact page: the whole name, how it is said, the dates, and the marks beside kept values.
    const page = (await screen.findByRole('heading', { level: 2, name: /John Richter James Smith/ })).closest('section');
    if (!page) throw new Error('no contact page');
    const shown = within(page);
    expect(shown.getByText('Dr. John Richter James Smith Jr.')).toBeTruthy();
    expect(shown.getByText('Johnny')).toBeTruthy();
    expect(shown.getByText('Jon')).toBeTruthy();
    expect(shown.getByText('April 15 (year not known)')).toBeTruthy();
    expect(shown.getByText('Jun 1, 1990')).toBeTruthy();
    expect(shown.getByText('not dialable')).toBeTruthy();
    expect(shown.getByText('domain without a dot')).toBeTruthy();
    expect(shown.getByText('https://cleveland.example/smith')).toBeTruthy();
  });

  it('refuses a date that is no day, beside its field, and sends nothing', async () => {
    const backend = new FakeBackend();
    await renderContacts(backend);
    const dialog = await openNewContact();
    type(dialog, 'Family name', 'Smith');
    type(dialog, 'Birthday', '31.02');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const birthday = within(dialog).getByLabelText('Birthday');
    await waitFor(() => expect(birthday.getAttribute('aria-invalid')).toBe('true'));
    expect(backend.callsTo('commands:run')).toHaveLength(0);
  });

  it('an organisation is a contact of its own: named by its name, with no person’s fields', async () => {
    const backend = new FakeBackend();
    await renderContacts(backend);
    const dialog = await openNewContact();
    fireEvent.change(within(dialog).getByLabelText('This contact is'), { target: { value: 'org' } });
    expect(within(dialog).queryByLabelText('Family name')).toBeNull();
    type(dialog, 'Organisation name', 'Sister Cities International');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(runs(backend)[0]?.find((command) => command.type === 'contact.create')).toMatchObject({ data: { kind: 'org', fullName: 'Sister Cities International', family: '' } });
    expect(await screen.findByRole('heading', { level: 2, name: 'Sister Cities International' })).toBeTruthy();
  });

  it('edits a stored contact’s new fields and keeps them', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(1, () => ({ family: 'Иванова', given: 'Мария', patronymic: 'Петровна', birthday: '1961-04-12', websites: [{ value: 'volgadmin.example' }] }));
    await renderContacts(backend);
    fireEvent.click(await screen.findByRole('option', { name: /^Иванова Мария/ }));
    const page = (await screen.findByRole('heading', { level: 2, name: /Иванова Мария/ })).closest('section');
    if (!page) throw new Error('no contact page');
    expect(within(page).getByText('Apr 12, 1961')).toBeTruthy();
    fireEvent.click(within(page).getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText<HTMLInputElement>('Birthday').value).toBe('1961-04-12');
    expect(within(dialog).getByLabelText<HTMLInputElement>('Website').value).toBe('volgadmin.example');
    type(dialog, 'Nickname', 'Маша');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(runs(backend)[0]?.find((command) => command.type === 'contact.update')).toMatchObject({
      data: { nickname: 'Маша', birthday: '1961-04-12', patronymic: 'Петровна', websites: [{ value: 'volgadmin.example' }] },
    });
  });
});

describe('choosing and removing a photo in the form', () => {
  const photo = '00000000-0000-4000-8000-0000000000aa.png';
  async function editFirst(backend: FakeBackend, render = true) {
    if (render) await renderContacts(backend);
    fireEvent.click(await screen.findByRole('option', { name: /^Фамилия00000 Иван/ }));
    const page = (await screen.findByRole('heading', { level: 2, name: /Фамилия00000/ })).closest('section');
    if (!page) throw new Error('no contact page');
    fireEvent.click(within(page).getByRole('button', { name: 'Edit' }));
    return screen.findByRole('dialog');
  }
  const save = async (dialog: HTMLElement, backend: FakeBackend) => {
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    return runs(backend).at(-1)?.find((command) => command.type === 'contact.update');
  };

  it('keeps the photo through an edit of other fields (an edit used to clear it)', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(1, () => ({ photo }));
    const dialog = await editFirst(backend);
    type(dialog, 'Nickname', 'Ваня');
    expect(await save(dialog, backend)).toMatchObject({ data: { nickname: 'Ваня', photo } });
  });

  it('shows a chosen photo at once and saves it; Remove saves none; a refused file is said in the form and changes nothing', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(1, () => ({ photo }));
    const chosen = { file: '11111111-1111-4111-8111-111111111111.jpg', dataUrl: 'data:image/jpeg;base64,/9j/4AAQ' };
    backend.answers.set('contacts:choosePhoto', () => ({ photo: chosen }));
    let dialog = await editFirst(backend);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Choose photo…' }));
    await waitFor(() => expect(within(dialog).getByRole('group', { name: 'Photo' }).querySelector('img')?.getAttribute('src')).toBe(chosen.dataUrl));
    expect(await save(dialog, backend)).toMatchObject({ data: { photo: chosen.file } });

    backend.failNext('contacts:choosePhoto', { code: 'rule', message: '“notes.txt” is not a picture Liaison can keep: choose a JPEG, PNG, GIF or WebP photo. The contact’s photo is unchanged.' });
    dialog = await editFirst(backend, false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Choose photo…' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('“notes.txt” is not a picture');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove photo' }));
    expect(within(dialog).queryByRole('button', { name: 'Remove photo' })).toBeNull();
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(await save(dialog, backend)).toMatchObject({ data: { photo: null } });
  });
});

describe('birthdays on Home', () => {
  it('lists this week’s birthdays, today first, with the age when the year is known, and opens the contact', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(2);
    const [first = '', second = ''] = [...backend.contacts.keys()];
    backend.answers.set('birthdays:soon', () => ({
      today: '2019-05-01',
      rows: [
        { contactId: first, name: 'Фамилия00000 Иван', on: '2019-05-01', inDays: 0, turns: 58 },
        { contactId: second, name: 'Фамилия00001 Иван', on: '2019-05-04', inDays: 3, turns: null },
      ],
    }));
    const { store } = await renderApp(backend);
    const card = await screen.findByRole('region', { name: 'Birthdays this week' });
    expect(within(card).getAllByRole('listitem').map((item) => item.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['Фамилия00000 Иван today · turns 58', 'Фамилия00001 Иван May 4']);
    fireEvent.click(within(card).getByRole('button', { name: 'Фамилия00001 Иван' }));
    expect(store.getState().section).toBe('contacts');
    expect(store.getState().selectedContactId).toBe(second);
  });
});

describe('a contact’s avatar', () => {
  it('is the photo in the list row and on the page, else initials on the contact’s own colour; the photo is asked for only for a contact that has one', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(2, (n) => (n === 0 ? { photo: '00000000-0000-4000-8000-0000000000aa.png' } : {}));
    const dataUrl = 'data:image/png;base64,iVBORw0KGgo=';
    backend.answers.set('contacts:photo', () => ({ dataUrl }));
    await renderContacts(backend);
    const withPhoto = await screen.findByRole('option', { name: /^Фамилия00000 Иван/ });
    // In the row the picture sits beside the name, hidden from screen readers: the option is named once.
    await waitFor(() => expect(withPhoto.querySelector('img.avatar')?.getAttribute('src')).toBe(dataUrl));
    expect(withPhoto.querySelector('img.avatar')?.getAttribute('aria-hidden')).toBe('true');
    const withoutPhoto = screen.getByRole('option', { name: /^Фамилия00001 Иван/ });
    expect(withoutPhoto.querySelector('.avatar')?.getAttribute('data-initials')).toBe('ФИ');
    expect(withoutPhoto.textContent).toMatch(/^Фамилия00001/);
    fireEvent.click(withPhoto);
    const heading = await screen.findByRole('heading', { level: 2, name: /Фамилия00000/ });
    const pageAvatar = screen.getByRole('img', { name: heading.textContent ?? '' });
    expect(pageAvatar.getAttribute('src')).toBe(dataUrl);
    fireEvent.click(withoutPhoto);
    const other = await screen.findByRole('heading', { level: 2, name: /Фамилия00001/ });
    const initials = screen.getByRole('img', { name: other.textContent ?? '' });
    expect(initials.getAttribute('data-initials')).toBe('ФИ');
    // The same colour in the row and on the page.
    const colour = [...initials.classList].find((c) => c.startsWith('avatar-colour-'));
    expect(colour).toMatch(/^avatar-colour-[0-7]$/);
    expect(withoutPhoto.querySelector('.avatar')?.classList.contains(colour ?? '')).toBe(true);
    const ids = (backend.callsTo('contacts:photo') as { id: string }[]).map((call) => call.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids)).toEqual(new Set([withPhoto.getAttribute('data-id')]));
  });
});
