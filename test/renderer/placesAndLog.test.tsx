import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import type { CommandInput } from '../../electron/shared/commands/commandSchemas';
import { FakeBackend, fakeId } from './fakeApi';
import { renderApp, renderContacts } from './renderApp';

const runs = (backend: FakeBackend) => (backend.callsTo('commands:run') as { commands: CommandInput[] }[]).map((call) => call.commands);

async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const stamp = { rev: 0, createdAt: '2019-05-01T09:00:00.000Z', updatedAt: '2019-05-01T09:00:00.000Z' };

function withPartnerships(backend: FakeBackend) {
  const us = backend.addCity('', 'Cleveland');
  const ru = backend.addCity('Волгоград', 'Volgograd');
  const row = (n: number, status: string, silent: boolean, lastExchange: string | null) => ({
    partnership: { ...stamp, id: fakeId(n, 3), usCityId: us.id, ruCityId: ru.id, status, establishedYear: 1990 + n, usCoordinatorIds: [], ruCoordinatorIds: [], lastExchange, source: '', notes: '' },
    label: `Cleveland ${n} – Volgograd (Волгоград)`,
    usCity: { id: us.id, label: 'Cleveland', zone: 'America/New_York' },
    ruCity: { id: ru.id, label: 'Волгоград / Volgograd', zone: 'Europe/Volgograd' },
    usCoordinators: [],
    ruCoordinators: [{ id: fakeId(1), name: 'Петрова Анна' }],
    lastExchange,
    lastInteraction: n === 2 ? { at: '2019-03-01T10:00:00.000Z', day: '2019-03-01', kind: 'call', subject: 'Exchange visit', interactionId: fakeId(5, 4) } : null,
    silent,
    contacts: n === 2 ? [{ id: fakeId(2), name: 'Smith Ann' }] : [],
    contactCount: n === 2 ? 1 : 0,
  });
  backend.answers.set('partnerships:list', () => [row(1, 'active', true, null), row(2, 'active', false, '2019-03-01'), row(3, 'ended', false, null)]);
  return { us, ru };
}

describe('the Partnerships screen', () => {
  it('lists partnerships with status, year and last exchange, filters the silent ones, and has no serious violations', async () => {
    const backend = new FakeBackend();
    withPartnerships(backend);
    await renderApp(backend, { section: 'partnerships' });
    const list = await screen.findByRole('list', { name: 'Partnership list' });
    expect(within(list).getAllByRole('button')).toHaveLength(3);
    expect(within(list).getByRole('button', { name: /^Cleveland 1 .* Silent 12 months$/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Only silent for 12 months (1)' }));
    await waitFor(() => expect(within(list).getAllByRole('button')).toHaveLength(1));
    fireEvent.click(within(list).getByRole('button', { name: /^Cleveland 1/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Cleveland 1 – Volgograd (Волгоград)' })).toBeTruthy();
    expect(screen.getByText('Петрова Анна')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Linked contacts' })).toBeTruthy();
    expect(screen.getByText('No contact is linked to this partnership yet: link one in the contact’s form.')).toBeTruthy();
    expect(await seriousViolations()).toEqual([]);
  });

  it('a partnership’s page lists the contacts linked to it, each opening the contact', async () => {
    const backend = new FakeBackend();
    withPartnerships(backend);
    const { store } = await renderApp(backend, { section: 'partnerships' });
    const list = await screen.findByRole('list', { name: 'Partnership list' });
    fireEvent.click(within(list).getByRole('button', { name: /^Cleveland 2/ }));
    const heading = await screen.findByRole('heading', { level: 3, name: '1 linked contact' });
    // The header: status, the last exchange named by its interaction, the coordinators as links.
    const page = screen.getByRole('region', { name: 'Cleveland 2 – Volgograd (Волгоград)' });
    const header = within(page).getByRole('banner');
    expect(within(header).getByText('Active')).toBeTruthy();
    expect(within(header).getByText('Call: Exchange visit, Mar 1, 2019')).toBeTruthy();
    expect(within(header).getByRole('button', { name: 'Петрова Анна' })).toBeTruthy();
    expect(await seriousViolations()).toEqual([]);
    fireEvent.click(within(heading.parentElement as HTMLElement).getByRole('button', { name: 'Smith Ann' }));
    expect(store.getState().section).toBe('contacts');
  });

  it('the home card names the silent partnerships and opens them filtered', async () => {
    const backend = new FakeBackend();
    withPartnerships(backend);
    const { store } = await renderApp(backend);
    const card = await screen.findByRole('region', { name: 'Silent partnerships' });
    expect(within(card).getByText('1 partnership silent for 12 months')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Show silent partnerships' }));
    expect(store.getState().section).toBe('partnerships');
    expect(store.getState().silentOnly).toBe(true);
  });

  it('adds a partnership between two cities with one partnership.create', async () => {
    const backend = new FakeBackend();
    const { us, ru } = withPartnerships(backend);
    await renderApp(backend, { section: 'partnerships' });
    fireEvent.click(await screen.findByRole('button', { name: 'New partnership' }));
    const dialog = await screen.findByRole('dialog', { name: 'New partnership' });
    await waitFor(() => expect(within(dialog).getAllByRole('option', { name: 'Cleveland' }).length).toBeGreaterThan(0));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findAllByText('Choose a city.')).toHaveLength(2);
    fireEvent.change(within(dialog).getByLabelText('US city'), { target: { value: us.id } });
    fireEvent.change(within(dialog).getByLabelText('Russian city'), { target: { value: ru.id } });
    fireEvent.change(within(dialog).getByLabelText('Year established'), { target: { value: '1991' } });
    fireEvent.change(within(dialog).getByLabelText('Status'), { target: { value: 'dormant' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(runs(backend)).toHaveLength(1));
    expect(runs(backend)[0]?.[0]).toMatchObject({ type: 'partnership.create', data: { usCityId: us.id, ruCityId: ru.id, establishedYear: 1991, status: 'dormant' } });
  });
});

describe('the Cities screen', () => {
  it('finds a city in either script, shows its counts, and says why a delete was refused', async () => {
    const backend = new FakeBackend();
    backend.addCity('Волгоград', 'Volgograd');
    backend.addCity('Самара', 'Samara');
    await renderApp(backend, { section: 'cities' });
    const list = await screen.findByRole('list', { name: 'City list' });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Find a city' }), { target: { value: 'Волго' } });
    await waitFor(() => expect(within(list).getAllByRole('button')).toHaveLength(1));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Find a city' }), { target: { value: 'Samara' } });
    await waitFor(() => expect(within(list).getByRole('button', { name: /^Самара \/ Samara/ })).toBeTruthy());
    fireEvent.click(within(list).getByRole('button', { name: /^Самара/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Самара / Samara' })).toBeTruthy();
    expect(await seriousViolations()).toEqual([]);
    backend.failNext('commands:run', { code: 'rule', message: 'This city cannot be deleted: 1 partnership still uses it. Delete or change it first.' });
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('This city cannot be deleted: 1 partnership still uses it. Delete or change it first.')).toBeTruthy();
  });
});

describe('the Interaction log', () => {
  it('logs a call at a wall-clock time in the zone it happened in, with the contact as participant', async () => {
    const backend = new FakeBackend();
    backend.settings = { ...backend.settings, homeZone: 'Europe/Moscow' };
    backend.seedContacts(1);
    const [id = ''] = [...backend.contacts.keys()];
    await renderContacts(backend);
    fireEvent.click(await screen.findByRole('option', { name: /^Фамилия00000/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Log interaction' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log an interaction' });
    expect(within(dialog).getByRole('button', { name: 'Remove Фамилия00000 Иван' })).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Kind'), { target: { value: 'call' } });
    fireEvent.change(within(dialog).getByLabelText('Subject'), { target: { value: 'Summit dates' } });
    fireEvent.change(within(dialog).getByLabelText('Date'), { target: { value: '2019-09-30' } });
    fireEvent.change(within(dialog).getByLabelText('Time'), { target: { value: '14:30' } });
    // Picked by typing the city, in the other script, and Enter.
    fireEvent.change(within(dialog).getByLabelText('Time zone where it happened'), { target: { value: 'Волгоград' } });
    fireEvent.keyDown(within(dialog).getByLabelText('Time zone where it happened'), { key: 'Enter' });
    fireEvent.change(within(dialog).getByLabelText('Next step'), { target: { value: 'Send the draft programme' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Enter the day the next step is due.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Next step due'), { target: { value: '2019-10-07' } });
    expect(await seriousViolations()).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(runs(backend)).toHaveLength(1));
    // Volgograd was UTC+4 in September 2019: 14:30 there is 10:30 UTC.
    expect(runs(backend)[0]?.[0]).toMatchObject({
      type: 'interaction.create',
      data: { kind: 'call', subject: 'Summit dates', at: '2019-09-30T10:30:00.000Z', zone: 'Europe/Volgograd', contactIds: [id], nextStep: { text: 'Send the draft programme', due: '2019-10-07' } },
    });
  });

  it('links a city, a partnership and a conference by part of their names, as the hint says', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(1);
    const options = {
      cities: [{ id: fakeId(1, 2), label: 'Волгоград / Volgograd', zone: 'Europe/Volgograd' }],
      partnerships: [{ id: fakeId(2, 3), label: 'Cleveland – Volgograd (Волгоград)' }],
      conferences: [{ id: fakeId(3, 5), label: 'US–Russia Sister Cities Summit' }],
      candidacies: [],
    };
    backend.answers.set('interactions:options', () => options);
    await renderContacts(backend);
    fireEvent.click(await screen.findByRole('option', { name: /^Фамилия00000/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Log interaction' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log an interaction' });
    for (const [label, typed, linked] of [
      ['Linked city', 'Volgo', 'Волгоград / Volgograd'],
      ['Linked partnership', 'Cleveland', 'Cleveland – Volgograd (Волгоград)'],
      ['Linked conference', 'Summit', 'US–Russia Sister Cities Summit'],
    ] as const) {
      const field = within(dialog).getByLabelText(label);
      await waitFor(() => {
        fireEvent.change(field, { target: { value: typed } });
        fireEvent.keyDown(field, { key: 'Enter' });
        expect(within(dialog).getByRole('button', { name: `Remove ${linked}` })).toBeTruthy();
      });
    }
    expect(within(dialog).queryByText(/Nothing is called/)).toBeNull();
  });

  it('shows each entry in the home zone and in the zone it happened in', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(1);
    const [id = ''] = [...backend.contacts.keys()];
    backend.answers.set('interactions:list', () => [
      {
        interaction: { ...stamp, id: fakeId(1, 4), kind: 'meeting', at: '2019-09-30T10:30:00.000Z', zone: 'Europe/Volgograd', subject: 'Host city', contactIds: [id], cityIds: [], partnershipIds: [], conferenceIds: [], candidacyIds: [], notes: '', nextStep: null },
        participants: [{ id, name: 'Фамилия00000 Иван' }],
        cities: [],
        partnerships: [],
        conferences: [],
        candidacies: [],
      },
    ]);
    await renderContacts(backend);
    fireEvent.click(await screen.findByRole('option', { name: /^Фамилия00000/ }));
    const log = await screen.findByRole('region', { name: 'Timeline' });
    expect(await within(log).findByText('Meeting: Host city')).toBeTruthy();
    expect(within(log).getByText(/1:30\sPM Moscow · Sep 30, 2019, 2:30\sPM Volgograd/)).toBeTruthy();
    expect(within(log).getByRole('button', { name: /^Change Meeting: Host city, / })).toBeTruthy();
  });
});

describe('follow-ups on Home', () => {
  it('lists the contacts whose cadence has come round, most overdue first, and opens one', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(2);
    const [first = '', second = ''] = [...backend.contacts.keys()];
    backend.answers.set('followUps:due', () => ({
      today: '2019-05-01',
      total: 2,
      rows: [
        { contactId: second, name: 'Фамилия00001 Иван', everyDays: 30, lastInteraction: '2019-03-20T10:00:00.000Z', due: '2019-04-19', daysOverdue: 12 },
        { contactId: first, name: 'Фамилия00000 Иван', everyDays: 90, lastInteraction: null, due: '2019-05-01', daysOverdue: 0 },
      ],
    }));
    const { store } = await renderApp(backend);
    const card = await screen.findByRole('region', { name: 'Follow-ups due' });
    const items = within(card).getAllByRole('listitem');
    expect(items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Фамилия00001 Иван 12 days overdue · last contact Mar 20, 2019',
      'Фамилия00000 Иван due today · no interaction logged',
    ]);
    expect(await seriousViolations()).toEqual([]);
    fireEvent.click(within(card).getByRole('button', { name: 'Фамилия00001 Иван' }));
    expect(store.getState().section).toBe('contacts');
    expect(store.getState().selectedContactId).toBe(second);
  });
});

describe('changing the log', () => {
  it('removes an entry with one interaction.delete and offers Undo', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(1);
    const [id = ''] = [...backend.contacts.keys()];
    const entry = fakeId(7, 4);
    backend.answers.set('interactions:list', () => [
      {
        interaction: { ...stamp, id: entry, kind: 'letter', at: '2019-04-01T10:00:00.000Z', zone: 'Europe/Moscow', subject: 'Invitation', contactIds: [id], cityIds: [], partnershipIds: [], conferenceIds: [], candidacyIds: [], notes: 'Sent by post', nextStep: null },
        participants: [{ id, name: 'Фамилия00000 Иван' }],
        cities: [],
        partnerships: [],
        conferences: [],
        candidacies: [],
      },
    ]);
    await renderContacts(backend);
    fireEvent.click(await screen.findByRole('option', { name: /^Фамилия00000/ }));
    const log = await screen.findByRole('region', { name: 'Timeline' });
    fireEvent.click(await within(log).findByRole('button', { name: /^Remove Letter: Invitation, / }));
    await waitFor(() => expect(runs(backend)).toEqual([[expect.objectContaining({ type: 'interaction.delete', ids: [entry] })]]));
    expect(await screen.findByText('Removed the interaction.')).toBeTruthy();

    fireEvent.click(within(log).getByRole('button', { name: /^Change Letter: Invitation, / }));
    const dialog = await screen.findByRole('dialog', { name: 'Change an interaction' });
    expect(within(dialog).getByLabelText<HTMLTextAreaElement>('Notes').value).toBe('Sent by post');
    expect(within(dialog).getByLabelText<HTMLInputElement>('Time').value).toBe('13:00');
  });
});

describe('the contact page', () => {
  const conference = fakeId(7, 5);
  const other = fakeId(8, 5);
  function withInvolvement(backend: FakeBackend) {
    const org = backend.addOrganization('Администрация Волгограда');
    backend.seedContacts(2, (n) => (n === 0 ? { title: 'Deputy Mayor', organizationId: org.id, emails: [{ value: 'ivan@example.org', label: 'work', preferred: true }], gender: 'male' } : {}));
    const [id = ''] = [...backend.contacts.keys()];
    backend.answers.set('contacts:get', (input) => {
      const contact = backend.contacts.get((input as { id: string }).id);
      if (!contact) throw new Error('no contact');
      const mine = contact.id === id;
      return {
        contact,
        organization: contact.organizationId ? org : null,
        cities: [],
        involvement: {
          lastInteraction: mine ? { id: fakeId(1, 4), at: '2019-09-30T10:30:00.000Z', kind: 'call', subject: 'Summit dates' } : null,
          nextStep: mine ? { text: 'Send the draft programme', due: '2019-10-07', interactionId: fakeId(1, 4) } : null,
          candidacies: mine ? [{ id: fakeId(9, 6), conferenceId: conference, conference: 'Summit', city: 'Волгоград / Volgograd', stage: 'interested', decisionMaker: true, at: '2019-10-02T10:00:00.000Z' }] : [],
          participations: mine ? [{ id: fakeId(9, 7), conferenceId: other, conference: 'Great Rivers', stage: 'applied', at: '2019-08-01T10:00:00.000Z' }] : [],
        },
      };
    });
    backend.answers.set('timelines:conferences', () => [
      { id: conference, name: 'Summit', date: null, city: null },
      { id: other, name: 'Great Rivers', date: null, city: null },
    ]);
    backend.answers.set('interactions:list', () => [
      {
        interaction: { ...stamp, id: fakeId(1, 4), kind: 'call', at: '2019-09-30T10:30:00.000Z', zone: 'Europe/Moscow', subject: 'Summit dates', contactIds: [id], cityIds: [], partnershipIds: [], conferenceIds: [], candidacyIds: [], notes: '', nextStep: null },
        participants: [{ id, name: 'Фамилия00000 Иван' }],
        cities: [],
        partnerships: [],
        conferences: [],
        candidacies: [],
      },
    ]);
    return id;
  }

  it('leads with the name in both scripts, role, last interaction, next step and salutations; quick actions work from the keyboard', async () => {
    const backend = new FakeBackend();
    const id = withInvolvement(backend);
    const writeText = vi.fn((_text: string) => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { store } = await renderContacts(backend);
    fireEvent.click(await screen.findByRole('option', { name: /^Фамилия00000/ }));
    const page = await screen.findByRole('region', { name: 'Фамилия00000 Иван' });
    const header = within(page).getByRole('banner');
    expect(within(header).getByText('Ivan Familiya0')).toBeTruthy();
    expect(within(header).getByText('Deputy Mayor · Администрация Волгограда')).toBeTruthy();
    expect(within(header).getByText('Call: Summit dates, Sep 30, 2019')).toBeTruthy();
    expect(within(header).getByText('Send the draft programme, was due Oct 7, 2019').className).toBe('overdue');
    // The salutations: one button each, named for what it copies.
    fireEvent.click(within(header).getByRole('button', { name: 'Copy the Russian salutation' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('Уважаемый Иван'));
    expect(await screen.findByText('Copied “Уважаемый Иван”.')).toBeTruthy();
    const actions = within(header).getByRole('toolbar', { name: 'Contact actions' });
    expect(within(actions).getByRole('link', { name: 'Email' }).getAttribute('href')).toBe('mailto:ivan@example.org');
    // Log interaction opens the dialog with the contact in it; Escape closes it and focus returns.
    const log = within(actions).getByRole('button', { name: 'Log interaction' });
    log.focus();
    fireEvent.click(log);
    const dialog = await screen.findByRole('dialog', { name: 'Log an interaction' });
    expect(within(dialog).getByRole('button', { name: 'Remove Фамилия00000 Иван' })).toBeTruthy();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(log);
    // Add to a conference: only the conferences the contact is not already in, then participant.add.
    fireEvent.click(within(actions).getByRole('button', { name: 'Add to a conference…' }));
    const add = await screen.findByRole('dialog', { name: 'Add Фамилия00000 Иван to a conference' });
    const select = await within(add).findByRole<HTMLSelectElement>('combobox', { name: 'Conference' });
    expect([...select.options].map((o) => o.text)).toEqual(['Summit']);
    expect(await seriousViolations()).toEqual([]);
    // A refusal is said in the dialog, which stays open.
    backend.failNext('commands:run', { code: 'conflict', message: 'Фамилия00000 Иван already takes part in Summit.' });
    fireEvent.click(within(add).getByRole('button', { name: 'Add as participant' }));
    expect(await within(add).findByText('Фамилия00000 Иван already takes part in Summit.')).toBeTruthy();
    fireEvent.click(within(add).getByRole('button', { name: 'Add as participant' }));
    await waitFor(() => expect(runs(backend).at(-1)).toMatchObject([{ type: 'participant.add', data: { conferenceId: conference, contactId: id, stage: 'identified' } }]));
    expect(await screen.findByText('Added Фамилия00000 Иван to the participants of Summit.')).toBeTruthy();
    // The timeline: newest first, each candidacy and participation opening its record.
    const timeline = within(page).getByRole('region', { name: 'Timeline' });
    const entries = within(timeline).getAllByRole('listitem').map((li) => li.querySelector('p')?.textContent);
    expect(entries).toEqual(['Волгоград / Volgograd: candidate host city for Summit', 'Call: Summit dates', 'Taking part in Great Rivers']);
    expect(within(timeline).queryByRole('button', { name: 'Log interaction' })).toBeNull();
    expect(within(page).getByRole('region', { name: 'Details' })).toBeTruthy();
    expect(await seriousViolations()).toEqual([]);
    fireEvent.click(within(timeline).getByRole('button', { name: 'Open recruitment: Great Rivers' }));
    await waitFor(() => expect(store.getState().section).toBe('timelines'));
    expect(store.getState().conferenceFocus).toEqual({ conferenceId: other, view: 'recruitment' });
  });

  it('offers no Email for a contact without an address, and a candidacy opens its negotiation', async () => {
    const backend = new FakeBackend();
    withInvolvement(backend);
    const { store } = await renderContacts(backend);
    fireEvent.click(await screen.findByRole('option', { name: /^Фамилия00001/ }));
    const actions = await screen.findByRole('toolbar', { name: 'Contact actions' });
    expect(within(actions).queryByRole('link', { name: 'Email' })).toBeNull();
    expect(screen.getAllByText('none yet')).toHaveLength(2);
    fireEvent.click(await screen.findByRole('option', { name: /^Фамилия00000/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Open the negotiation: Волгоград / Volgograd, Summit' }));
    await waitFor(() => expect(store.getState().section).toBe('negotiations'));
    expect(store.getState().openCandidacyId).toBe(fakeId(9, 6));
  });
});
