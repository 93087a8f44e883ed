import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../electron/shared/commands/commandSchemas';
import { FakeBackend } from './fakeApi';
import { renderContacts } from './renderApp';

const runs = (backend: FakeBackend) => (backend.callsTo('commands:run') as { commands: CommandInput[] }[]).map((call) => call.commands);
const type = (dialog: HTMLElement, label: string, value: string) => fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });
const choose = (dialog: HTMLElement, label: string, value: string) => fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });
const click = (dialog: HTMLElement, name: string) => fireEvent.click(within(dialog).getByRole('button', { name }));
const enter = (dialog: HTMLElement, label: string, value: string) => {
  const input = within(dialog).getByLabelText(label);
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter' });
};

/** The message a field's aria-describedby points at. */
function messageFor(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

async function openNewContact() {
  fireEvent.click(screen.getByRole('button', { name: 'New contact' }));
  return screen.findByRole('dialog', { name: 'New contact' });
}

function partnershipRow(id: string, label: string) {
  return {
    partnership: { id, rev: 0, createdAt: '2019-05-01T09:00:00.000Z', updatedAt: '2019-05-01T09:00:00.000Z', usCityId: id, ruCityId: id, status: 'active', establishedYear: 1990, usCoordinatorIds: [], ruCoordinatorIds: [], lastExchange: null, source: '', notes: '' },
    label,
    usCity: null,
    ruCity: null,
    usCoordinators: [],
    ruCoordinators: [],
    lastExchange: null,
    silent: false,
    contacts: [],
    contactCount: 0,
  };
}

describe('the contact form’s lists', () => {
  it('saves typed emails, phones and addresses with their types and the preferred one, languages, cities, a partnership and the cadence', async () => {
    const backend = new FakeBackend();
    const volgograd = backend.addCity('Волгоград', 'Volgograd');
    const partnershipId = '00000000-0000-4000-8003-000000000001';
    backend.answers.set('partnerships:list', () => [partnershipRow(partnershipId, 'Cleveland – Volgograd (Волгоград)')]);
    await renderContacts(backend);
    const dialog = await openNewContact();
    await waitFor(() => expect(dialog.querySelector('datalist option[value="Cleveland – Volgograd (Волгоград)"]')).not.toBeNull());

    type(dialog, 'Family name', 'Иванова');
    type(dialog, 'Given name', 'Мария');
    choose(dialog, 'Gender', 'female');
    type(dialog, 'Email', 'm.ivanova@volgadmin.ru');
    choose(dialog, 'Email type', 'work');
    click(dialog, 'Add email');
    type(dialog, 'Email 2', 'maria@example.org');
    choose(dialog, 'Email 2 type', 'home');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Email 2 is preferred' }));
    type(dialog, 'Phone', '+7 8442 12-34-56');
    choose(dialog, 'Phone type', 'custom');
    type(dialog, 'Phone type name', 'reception');
    click(dialog, 'Add phone');
    // An empty row is not saved.
    click(dialog, 'Add address');
    type(dialog, 'Address street', 'пр. Ленина, 10');
    type(dialog, 'Address city', 'Волгоград');
    type(dialog, 'Address postcode', '400066');
    choose(dialog, 'Address type', 'work');
    enter(dialog, 'City', 'Волгоград / Volgograd');
    expect(within(dialog).getByRole('button', { name: 'Remove Волгоград / Volgograd' })).toBeTruthy();
    // Typed but not added: Save adds it too.
    type(dialog, 'City', 'Самара');
    enter(dialog, 'Partnership', 'Cleveland – Volgograd (Волгоград)');
    type(dialog, 'Languages', 'ru, en, RU');
    type(dialog, 'Follow up every (days)', '90');
    click(dialog, 'Save');

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [samara, contact] = runs(backend)[0] ?? [];
    expect(samara).toMatchObject({ type: 'city.create', data: { nameCyrillic: 'Самара', country: 'RU' } });
    if (samara?.type !== 'city.create') throw new Error('expected a city.create');
    expect(contact).toMatchObject({
      type: 'contact.create',
      data: {
        gender: 'female',
        emails: [
          { value: 'm.ivanova@volgadmin.ru', label: 'work', preferred: false },
          { value: 'maria@example.org', label: 'home', preferred: true },
        ],
        phones: [{ value: '+7 8442 12-34-56', label: 'reception', preferred: false }],
        addresses: [{ street: 'пр. Ленина, 10', city: 'Волгоград', postcode: '400066', label: 'work' }],
        cityIds: [volgograd.id, samara.id],
        partnershipIds: [partnershipId],
        languages: ['ru', 'en'],
        followUp: { everyDays: 90 },
      },
    });
  });

  it('puts a message beside the row it concerns and focuses it, counting rows as the form shows them', async () => {
    const backend = new FakeBackend();
    await renderContacts(backend);
    const dialog = await openNewContact();
    type(dialog, 'Family name', 'Smith');
    click(dialog, 'Add email');
    click(dialog, 'Add email');
    // Row 1 stays empty (it is dropped), so the bad address is the second saved but the third shown.
    type(dialog, 'Email 2', 'ok@example.org');
    type(dialog, 'Email 3', 'not an email');
    type(dialog, 'Follow up every (days)', 'ninety');
    click(dialog, 'Save');
    const third = within(dialog).getByLabelText('Email 3');
    await waitFor(() => expect(third.getAttribute('aria-invalid')).toBe('true'));
    expect(messageFor(third)).toBe('Not an email address');
    expect(within(dialog).getByLabelText('Email 2').getAttribute('aria-invalid')).toBeNull();
    expect(document.activeElement).toBe(third);
    expect(messageFor(within(dialog).getByLabelText('Follow up every (days)'))).toContain('Enter a whole number of days from 1 to 3650');
    expect(runs(backend)).toHaveLength(0);
  });

  it('refuses a partnership name that matches none, beside the box', async () => {
    const backend = new FakeBackend();
    await renderContacts(backend);
    const dialog = await openNewContact();
    enter(dialog, 'Partnership', 'Atlantis – Kitezh');
    expect(messageFor(within(dialog).getByLabelText('Partnership'))).toContain('No partnership is called “Atlantis – Kitezh”');
  });

  it('shows the automatic salutations as hints and saves the one typed over them', async () => {
    const backend = new FakeBackend();
    await renderContacts(backend);
    const dialog = await openNewContact();
    type(dialog, 'Family name', 'Сидоров');
    type(dialog, 'Given name', 'Иван');
    type(dialog, 'Patronymic', 'Сергеевич');
    choose(dialog, 'Gender', 'male');
    expect(messageFor(within(dialog).getByLabelText('Salutation (Russian)'))).toBe('Leave empty to use “Уважаемый Иван Сергеевич”');
    expect(messageFor(within(dialog).getByLabelText('Salutation (English)'))).toBe('Leave empty to use “Dear Mr. Sidorov”');
    type(dialog, 'Salutation (English)', 'Dear Ivan');
    click(dialog, 'Save');
    await waitFor(() => expect(runs(backend)).toHaveLength(1));
    const [created] = runs(backend)[0] ?? [];
    expect(created).toMatchObject({ type: 'contact.create', data: { salutationEn: 'Dear Ivan' } });
    if (created?.type !== 'contact.create') throw new Error('expected a contact.create');
    expect(created.data.salutationRu).toBeUndefined();
  });

  it('edits every city and address a contact has, and removes one city by its chip', async () => {
    const backend = new FakeBackend();
    const tula = backend.addCity('Тула', 'Tula');
    const kazan = backend.addCity('Казань', 'Kazan');
    backend.seedContacts(1, () => ({
      cityIds: [tula.id, kazan.id],
      addresses: [{ street: 'Main St 1', city: 'Kazan', preferred: true }],
      phones: [{ value: '+7 843 000-00-00', label: 'mobile' }],
    }));
    await renderContacts(backend);
    fireEvent.click(await screen.findByRole('option', { name: /^Фамилия00000/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit contact' });
    expect(within(dialog).getByLabelText<HTMLInputElement>('Address street').value).toBe('Main St 1');
    expect(within(dialog).getByLabelText<HTMLSelectElement>('Phone type').value).toBe('mobile');
    click(dialog, 'Remove Тула / Tula');
    click(dialog, 'Save');
    await waitFor(() => expect(runs(backend)).toHaveLength(1));
    expect(runs(backend)[0]?.[0]).toMatchObject({ type: 'contact.update', data: { cityIds: [kazan.id], addresses: [{ street: 'Main St 1', preferred: true }] } });
  });
});
