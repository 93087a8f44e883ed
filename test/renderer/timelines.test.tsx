import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../electron/shared/commands/commandSchemas';
import type { ConferenceTimeline, Recruitment, TimelineAttention, TimelineConference, TimelineItem } from '../../electron/shared/contracts/timelineChannels';
import { FakeBackend, fakeId } from './fakeApi';
import { renderApp } from './renderApp';

async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const summitId = fakeId(1, 5);
const summit: TimelineConference = {
  id: summitId,
  name: 'US–Russia Sister Cities Summit',
  date: { earliest: '2019-09-21', latest: '2019-10-10', precision: 'range', uncertain: false, label: 'late September or early October 2019' },
  city: null,
  tentativeCities: [],
  candidacies: [{ id: fakeId(2, 5), cityName: 'Volgograd (Волгоград)', stage: 'interested' }],
  organizers: [{ id: fakeId(3, 5), name: 'Sister Cities International' }],
  notes: 'Recruiting US participants is a big challenge.',
  recruitmentTargets: { confirmed: 30 },
  milestoneCount: 2,
  taskCount: 0,
  participantCount: 2,
  example: true,
};

const item = (fields: Partial<TimelineItem> & Pick<TimelineItem, 'id' | 'title'>): TimelineItem => ({
  kind: 'milestone',
  conferenceId: summitId,
  conferenceName: summit.name,
  milestoneId: null,
  schedule: { kind: 'relative', daysBefore: 90 },
  span: { earliest: '2019-06-23', latest: '2019-07-12' },
  status: 'planned',
  owner: null,
  dependsOnIds: [],
  notes: '',
  overdue: false,
  ...fields,
});

const invitations = item({ id: fakeId(10, 6), title: 'Send invitations' });
const programme = item({
  id: fakeId(11, 6),
  // Longer than the label column: cut on the chart (axe's label-content-name-mismatch once failed on the cut word).
  title: 'Programme draft for the delegations',
  schedule: { kind: 'absolute', date: { earliest: '2019-05-20', latest: '2019-05-20', precision: 'day', uncertain: false, label: '2019-05-20' } },
  span: { earliest: '2019-05-20', latest: '2019-05-20' },
  dependsOnIds: [invitations.id],
  overdue: true,
});

const recruitment: Recruitment = {
  today: '2019-06-15',
  visaLeadDays: 60,
  participants: [
    { id: fakeId(20, 7), contactId: fakeId(1), name: 'Smith Ann', latinName: 'Ann Smith', organization: '', cities: ['Portland'], email: '', stage: 'confirmed', stageReason: '', partnershipId: null, arrivesAt: null },
    { id: fakeId(21, 7), contactId: fakeId(2), name: 'Jones Bob', latinName: 'Bob Jones', organization: '', cities: [], email: '', stage: 'contacted', stageReason: '', partnershipId: null, arrivesAt: null },
  ],
  funnel: {
    conferenceId: summitId,
    total: 2,
    declined: 0,
    stages: ['identified', 'contacted', 'interested', 'applied', 'confirmed', 'invitation-letter', 'visa', 'travel-booked', 'attended'].map((stage, i) => ({
      stage: stage as Exclude<Recruitment['participants'][number]['stage'], 'declined'>,
      current: stage === 'confirmed' || stage === 'contacted' ? 1 : 0,
      reached: i <= 1 ? 2 : i <= 4 ? 1 : 0,
      target: stage === 'confirmed' ? 30 : null,
    })),
  },
  coverage: [
    { cityId: fakeId(30, 2), name: 'Cleveland', region: 'OH', partnerships: [{ id: fakeId(31, 3), partnerName: 'Volgograd' }], participants: 0 },
    { cityId: fakeId(32, 2), name: 'Portland', region: 'ME', partnerships: [{ id: fakeId(33, 3), partnerName: 'Arkhangelsk' }], participants: 1 },
  ],
  deadlines: [{ stage: 'invitation-letter', daysBefore: 60, span: { earliest: '2019-07-23', latest: '2019-08-11' }, behind: 1, overdue: false }],
};

/** A backend answering the timelines channels from fixtures and recording the commands sent. */
function timelinesBackend(): { backend: FakeBackend; sent: CommandInput[] } {
  const backend = new FakeBackend();
  const sent: CommandInput[] = [];
  const timeline: ConferenceTimeline = { conference: summit, today: '2019-06-15', items: [programme, invitations] };
  backend.answers.set('timelines:conferences', () => [summit]);
  backend.answers.set('timelines:timeline', () => timeline);
  backend.answers.set('recruitment:get', () => recruitment);
  backend.answers.set('commands:run', (input) => {
    sent.push(...(input as { commands: CommandInput[] }).commands);
    return { version: 1, summaries: ['done'] };
  });
  return { backend, sent };
}

describe('conferences screen', () => {
  it('shows the fuzzy date in words, the countdown, the negotiated place, and reads a new date as it is typed', async () => {
    const { backend, sent } = timelinesBackend();
    await renderApp(backend, { section: 'timelines' });
    await screen.findByRole('heading', { name: /US–Russia Sister Cities Summit/, level: 2 });
    expect(screen.getByTestId('conference-date').textContent).toBe('late September – early October 2019');
    expect(screen.getByTestId('conference-countdown').textContent).toMatch(/^in \d+–\d+ days$/);
    expect(screen.getByText('Host city being negotiated')).toBeTruthy();
    expect(screen.getByText('Candidates: Volgograd (Волгоград) (interested)')).toBeTruthy();
    expect(await seriousViolations()).toEqual([]);

    const field = screen.getByLabelText('Conference date');
    fireEvent.change(field, { target: { value: 'Octember 2019' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set date' }));
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText(/^“Octember 2019” is not a date Liaison can read/)).toBeTruthy();
    expect(sent).toEqual([]);

    fireEvent.change(field, { target: { value: '3 октября 2019' } });
    expect(screen.getByText('Reads as: October 3, 2019 (2019-10-03)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Set date' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ type: 'conference.setDate', id: summitId, date: { earliest: '2019-10-03', latest: '2019-10-03', precision: 'day' } });
  });

  it('edits the conference: choosing a host city ends “being negotiated”', async () => {
    const { backend, sent } = timelinesBackend();
    const volgograd = backend.addCity('Волгоград', 'Volgograd');
    const network = backend.addOrganization('Sister Cities International');
    await renderApp(backend, { section: 'timelines' });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit conference' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit US–Russia Sister Cities Summit' });
    const city = within(dialog).getByLabelText<HTMLSelectElement>('Host city');
    await waitFor(() => expect(city.options.length).toBe(2));
    fireEvent.change(city, { target: { value: volgograd.id } });
    fireEvent.click(within(dialog).getByLabelText('Sister Cities International'));
    expect(await seriousViolations()).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ type: 'conference.update', id: summitId, data: { name: summit.name, cityId: volgograd.id, date: summit.date } });
    expect(sent[0]?.type === 'conference.update' && sent[0].data.organizerIds).toEqual([fakeId(3, 5), network.id]);
  });

  it('filters the conferences by overlap with a fuzzy date, and says why it cannot read one', async () => {
    const { backend } = timelinesBackend();
    await renderApp(backend, { section: 'timelines' });
    const list = await screen.findByRole('navigation', { name: 'Conference list' });
    await within(list).findByRole('button', { name: /US–Russia Sister Cities Summit/ });
    const filter = within(list).getByLabelText('Happening in');
    fireEvent.change(filter, { target: { value: 'осень 2019' } });
    expect(within(list).getByRole('button', { name: /US–Russia Sister Cities Summit/ })).toBeTruthy();
    fireEvent.change(filter, { target: { value: '2020' } });
    expect(within(list).getByText('No conference may fall in that time.')).toBeTruthy();
    expect(within(list).queryByRole('button', { name: /Summit/ })).toBeNull();
    fireEvent.change(filter, { target: { value: 'Octember' } });
    expect(filter.getAttribute('aria-invalid')).toBe('true');
    expect(within(list).getByRole('button', { name: /US–Russia Sister Cities Summit/ })).toBeTruthy();
    expect(await seriousViolations()).toEqual([]);
  });

  it('draws the timeline with focusable, named items; Enter edits one; the list changes status in place', async () => {
    const { backend, sent } = timelinesBackend();
    await renderApp(backend, { section: 'timelines' });
    const chart = await screen.findByRole('group', { name: 'Timeline of US–Russia Sister Cities Summit' });
    const ranged = within(chart).getByRole('button', { name: 'Milestone Send invitations: June 23 – July 12, 2019, Planned' });
    within(chart).getByRole('button', { name: 'Milestone Programme draft for the delegations: May 20, 2019, Planned, overdue' });
    expect(chart.querySelector('polygon.milestone-diamond')).not.toBeNull();
    expect(chart.querySelector('rect.bar-tentative')).not.toBeNull();
    expect(chart.querySelectorAll('path.dependency-line')).toHaveLength(1);
    expect(chart.querySelector('line.today-line')).not.toBeNull();
    expect(await seriousViolations()).toEqual([]);

    fireEvent.keyDown(ranged, { key: 'Enter' });
    const dialog = await screen.findByRole('dialog', { name: 'Edit Send invitations' });
    expect(within(dialog).getByLabelText<HTMLInputElement>('Days before').value).toBe('90');
    expect(await seriousViolations()).toEqual([]);
    fireEvent.change(within(dialog).getByLabelText('Days before'), { target: { value: 'ninety' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await within(dialog).findByText('Enter a whole number of days, for example 90.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    fireEvent.click(screen.getByRole('tab', { name: 'List' }));
    const status = await screen.findByRole('combobox', { name: 'Status of Send invitations' });
    fireEvent.change(status, { target: { value: 'done' } });
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ type: 'milestone.update', id: invitations.id, data: { status: 'done', schedule: { kind: 'relative', daysBefore: 90 } } });
    expect(await seriousViolations()).toEqual([]);
  });

  it('recruitment: the funnel as an image with its numbers, uncovered partner cities, and declining asks why', async () => {
    const { backend, sent } = timelinesBackend();
    await renderApp(backend, { section: 'timelines' });
    fireEvent.click(await screen.findByRole('tab', { name: 'Recruitment' }));
    await screen.findByRole('img', { name: /^Recruitment funnel: Identified 2, Contacted 2, Interested 1, Applied 1, Confirmed 1 of 30/ });
    // The cities with nobody yet are a list under a count, each with its Russian partner; the covered ones count theirs.
    const uncovered = screen.getByRole('list', { name: 'Nobody yet from 1 of 2 partner cities' });
    expect(within(uncovered).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Cleveland, OH Volgograd']);
    expect(within(screen.getByRole('list', { name: '1 city with participants' })).getByText('Portland: 1 participant')).toBeTruthy();
    // The funnel says what its bars and its target ticks are.
    expect(screen.getByText('Participants who reached the stage')).toBeTruthy();
    expect(screen.getByText('Target')).toBeTruthy();
    expect(screen.getByText(/^Invitation letter by July 23 – August 11, 2019/)).toBeTruthy();
    expect(await seriousViolations()).toEqual([]);

    fireEvent.change(screen.getByRole('combobox', { name: 'Stage of Jones Bob' }), { target: { value: 'declined' } });
    const dialog = await screen.findByRole('dialog', { name: 'Why did Jones Bob decline?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark declined' }));
    await within(dialog).findByText('Say why; the reason is kept with the decision.');
    expect(sent).toEqual([]);
    expect(await seriousViolations()).toEqual([]);
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'No travel budget' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark declined' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ type: 'participant.move', id: fakeId(21, 7), stage: 'declined', reason: 'No travel budget' });
  });

  it('recruitment: a new person becomes a contact and a participant in one step, from the partner city chosen', async () => {
    const { backend, sent } = timelinesBackend();
    let steps = 0;
    backend.answers.set('commands:run', (input) => {
      steps += 1;
      sent.push(...(input as { commands: CommandInput[] }).commands);
      return { version: 1, summaries: ['done'] };
    });
    await renderApp(backend, { section: 'timelines' });
    fireEvent.click(await screen.findByRole('tab', { name: 'Recruitment' }));
    fireEvent.click(await screen.findByRole('radio', { name: 'New person' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add participant' }));
    expect(await screen.findByText('Type a given or a family name.')).toBeTruthy();
    expect(sent).toEqual([]);
    fireEvent.change(screen.getByRole('textbox', { name: 'Given name' }), { target: { value: 'Dana' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Family name' }), { target: { value: 'Whitfield' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Email (optional)' }), { target: { value: 'dana@cleveland.example' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Partner city' }), { target: { value: fakeId(30, 2) } });
    fireEvent.click(screen.getByRole('button', { name: 'Add participant' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(steps).toBe(1);
    const [created, added] = sent as [CommandInput & { id: string }, CommandInput];
    expect(created).toMatchObject({ type: 'contact.create', data: { given: 'Dana', family: 'Whitfield', emails: [{ value: 'dana@cleveland.example', preferred: true }], cityIds: [fakeId(30, 2)] } });
    expect(added).toMatchObject({ type: 'participant.add', data: { conferenceId: summitId, contactId: created.id, stage: 'identified' } });
    expect(await screen.findByText('Added Dana Whitfield to the contacts and the participants.')).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Given name' }).value).toBe('');
    expect(await seriousViolations()).toEqual([]);
  });

  it('recruitment: a participant’s arrival is typed on the host city’s clock and saved as the instant', async () => {
    const { backend, sent } = timelinesBackend();
    // Hosted in Volgograd (UTC+4 in 2019); Ann's travel is booked, Bob's is not.
    const hosted = { ...summit, city: { id: fakeId(40, 2), name: 'Volgograd', zone: 'Europe/Volgograd' } };
    const [ann, bob] = recruitment.participants;
    backend.answers.set('timelines:conferences', () => [hosted]);
    backend.answers.set('timelines:timeline', () => ({ conference: hosted, today: '2019-06-15', items: [] }));
    backend.answers.set('recruitment:get', () => ({ ...recruitment, participants: [{ ...ann, arrivesAt: '2019-09-30T10:30:00.000Z' }, bob] }));
    await renderApp(backend, { section: 'timelines' });
    fireEvent.click(await screen.findByRole('tab', { name: 'Recruitment' }));
    expect(await screen.findByRole('columnheader', { name: 'Arrives (Volgograd time)' })).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Arrival of Smith Ann' }).value).toBe('2019-09-30 14:30');

    const arrival = screen.getByRole('textbox', { name: 'Arrival of Jones Bob' });
    fireEvent.change(arrival, { target: { value: '30.09.2019 9:00' } });
    fireEvent.keyDown(arrival, { key: 'Enter' });
    expect(await screen.findByText('Enter the date and time like 2019-09-30 14:30, or leave it empty.')).toBeTruthy();
    expect(sent).toEqual([]);
    fireEvent.change(arrival, { target: { value: '2019-10-01 09:00' } });
    fireEvent.blur(arrival);
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ type: 'participant.setArrival', id: fakeId(21, 7), arrivesAt: '2019-10-01T05:00:00.000Z' });
    expect(await seriousViolations()).toEqual([]);
  });
});

describe('settings and home', () => {
  it('finds the call window on 2019-10-03: New York 09:00–10:00 is Volgograd 17:00–18:00', async () => {
    const backend = new FakeBackend();
    backend.settings = { ...backend.settings, homeZone: 'America/New_York', counterpartZones: ['Europe/Volgograd', 'Asia/Vladivostok'] };
    await renderApp(backend, { section: 'settings' });
    const day = await screen.findByLabelText('Day to check');
    fireEvent.change(day, { target: { value: '2019-10-03' } });
    await waitFor(() => expect(screen.getAllByTestId('call-window').map((li) => li.textContent)).toContain('09:00–10:00 New York (UTC−4) is 17:00–18:00 Volgograd (UTC+4)'));
    expect(screen.getByText('No shared working hours on this day.')).toBeTruthy();
    expect(await seriousViolations()).toEqual([]);

    fireEvent.change(screen.getByLabelText('Visa lead time (days)'), { target: { value: '400' } });
    await screen.findByText('Enter a whole number of days from 0 to 365.');
    fireEvent.change(screen.getByLabelText('Visa lead time (days)'), { target: { value: '75' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove Vladivostok' }));
    await waitFor(() => expect(backend.settings.visaLeadDays).toBe(75));
    expect(backend.settings.counterpartZones).toEqual(['Europe/Volgograd']);
  });

  it('keeps working-day hours when the user leaves Settings at once, as theme and language are kept', async () => {
    const backend = new FakeBackend();
    const { store } = await renderApp(backend, { section: 'settings' });
    fireEvent.change(await screen.findByLabelText('Working day starts (hour)'), { target: { value: '8' } });
    fireEvent.change(screen.getByLabelText('Working day ends (hour)'), { target: { value: '17' } });
    act(() => store.getState().navigate('home'));
    await waitFor(() => expect(backend.settings.workingHours).toEqual({ start: 8, end: 17 }));
  });

  it('home lists overdue and upcoming milestones', async () => {
    const backend = new FakeBackend();
    const attention: TimelineAttention = { today: '2019-06-15', overdue: [programme], upcoming: [invitations] };
    backend.answers.set('timelines:attention', () => attention);
    await renderApp(backend);
    const card = await screen.findByRole('region', { name: 'Conference timelines' });
    expect(within(card).getByTestId('overdue-items').textContent).toBe('Programme draft for the delegations — US–Russia Sister Cities Summit: May 20, 2019 (26 days ago)');
    expect(within(card).getByText(/^Send invitations — US–Russia Sister Cities Summit: June 23 – July 12, 2019 \(in 8–27 days\)$/)).toBeTruthy();
    expect(await seriousViolations()).toEqual([]);
  });
});

describe('the timeline’s axis', () => {
  it('keeps a task due years after the plan off a 2019 axis, listed under the chart with its date', async () => {
    const { backend } = timelinesBackend();
    const task = item({ id: fakeId(12, 6), kind: 'task', title: 'Tell Yekaterinburg the decision', schedule: null, span: { earliest: '2026-12-14', latest: '2026-12-14' } });
    backend.answers.set('timelines:timeline', () => ({ conference: summit, today: '2026-12-07', items: [programme, invitations, task] }));
    await renderApp(backend, { section: 'timelines' });
    const chart = await screen.findByRole('group', { name: 'Timeline of US–Russia Sister Cities Summit' });
    const labels = Array.from(chart.querySelectorAll('text.month-label')).map((label) => label.textContent ?? '');
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.filter((label) => !label.includes('2019'))).toEqual(labels.filter((label) => !/\d{4}/.test(label)));
    expect(labels.some((label) => /202[0-9]/.test(label))).toBe(false);
    expect(screen.getByRole('button', { name: 'Tell Yekaterinburg the decision (December 14, 2026)' })).toBeTruthy();
  });
});

describe('a task Liaison wrote', () => {
  it('shows its title in the window\'s language, on the chart and in its form, and saves it back unchanged', async () => {
    const { backend, sent } = timelinesBackend();
    backend.settings = { ...backend.settings, locale: 'ru' };
    const task = item({
      id: fakeId(12, 7),
      kind: 'task',
      title: 'Tell Yekaterinburg the decision',
      titlePhrase: { key: 'neg.tell.generatedTitle', params: { city: 'Екатеринбург / Yekaterinburg' } },
      schedule: null,
      span: { earliest: '2019-06-20', latest: '2019-06-20' },
    });
    backend.answers.set('timelines:timeline', () => ({ conference: summit, today: '2019-06-15', items: [programme, invitations, task] }));
    await renderApp(backend, { section: 'timelines' });
    const chart = await screen.findByRole('group', { name: /US–Russia Sister Cities Summit/ });
    const bar = within(chart).getByRole('button', { name: /^Задача «?Сообщить решение: Екатеринбург \/ Yekaterinburg/ });
    expect(bar.textContent).toContain('Сообщить решение: Екатери');
    expect(screen.queryByText(/Tell Yekaterinburg/)).toBeNull();

    fireEvent.click(bar);
    const form = await screen.findByRole('dialog');
    expect(within(form).getByDisplayValue('Сообщить решение: Екатеринбург / Yekaterinburg')).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    // Saved untouched, the English stays stored, so the translation stays too.
    expect(sent[0]).toMatchObject({ type: 'task.update', data: { title: 'Tell Yekaterinburg the decision' } });
  });
});

describe('from a conference to its negotiations', () => {
  it('“Open Negotiations” shows the negotiations of that conference, not the one shown last', async () => {
    const { backend } = timelinesBackend();
    const { store } = await renderApp(backend, { section: 'timelines' });
    // The negotiations screen last showed another conference.
    act(() => store.setState({ negotiationConferenceId: fakeId(99, 5) }));
    fireEvent.click(await screen.findByRole('button', { name: 'Open Negotiations' }));
    expect(store.getState().section).toBe('negotiations');
    expect(store.getState().negotiationConferenceId).toBe(summitId);
  });
});
