import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../electron/shared/commands/commandSchemas';
import { FakeBackend } from './fakeApi';
import { NegotiationsFake } from './negotiationsFake';
import { renderApp } from './renderApp';

async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function renderNegotiations(prepare?: (fake: NegotiationsFake) => void) {
  const backend = new FakeBackend();
  const fake = new NegotiationsFake(backend);
  prepare?.(fake);
  const rendered = await renderApp(backend, { section: 'negotiations' });
  // The screen is a lazy chunk: the first test of the file pays for loading it.
  await screen.findByRole('heading', { level: 1, name: 'Host-city negotiations' }, { timeout: 5_000 });
  await screen.findByRole('button', { name: 'Казань / Kazan' });
  return { ...rendered, fake };
}

/** A stage change through the card's small menu (⋯): the way a pointer user moves a card without dragging. */
function moveWithMenu(city: string, stage: string): void {
  fireEvent.click(screen.getByRole('button', { name: `Move ${city} to…` }));
  fireEvent.click(within(screen.getByRole('menu', { name: `Move ${city} to…` })).getByRole('menuitem', { name: stage }));
}

const moves = (commands: Command[]) => commands.filter((c): c is Extract<Command, { type: 'candidacy.move' }> => c.type === 'candidacy.move');

describe('negotiations board', () => {
  it('shows one column per stage with the candidates in it, and has no serious accessibility violation', async () => {
    await renderNegotiations();
    for (const stage of ['Identified', 'Approached', 'Interested', 'Proposal', 'Site visit', 'Shortlisted', 'Selected', 'Withdrawn', 'Declined']) {
      expect(screen.getByRole('region', { name: new RegExp(`^${stage} `) })).toBeTruthy();
    }
    const proposal = screen.getByRole('region', { name: /^Proposal/ });
    expect(within(proposal).getByRole('button', { name: 'Казань / Kazan' })).toBeTruthy();
    expect(await seriousViolations()).toEqual([]);
  });

  it('shows on each card the score, how many items are not rated, the next step with its due date (overdue in the warning colour) and the last contact', async () => {
    await renderNegotiations((fake) => {
      const kazan = fake.rows[0];
      if (!kazan) throw new Error('no Kazan');
      fake.ratings.set(kazan.id, { venue: 4 });
      kazan.nextStep = { source: 'interaction', id: 'step', text: 'Send the draft agreement', due: '2019-04-30', overdue: true };
      kazan.lastContact = { interactionId: 'call', at: '2019-04-20T09:00:00.000Z', kind: 'call', subject: 'Offer' };
    });
    const card = screen.getByRole('button', { name: 'Казань / Kazan' }).closest('li');
    if (!card) throw new Error('no card');
    expect(card.textContent).toContain('4.0 / 5');
    expect(card.textContent).toContain('11 not rated');
    expect(card.textContent).not.toMatch(/gap/i);
    const step = within(card).getByText(/Send the draft agreement/);
    expect(step.textContent).toBe('Next: Send the draft agreement (Apr 30, 2019)Overdue');
    expect(step.className).toContain('is-overdue');
    expect(within(card).getByText('Last contact Apr 20, 2019 · Call')).toBeTruthy();
    const samara = screen.getByRole('button', { name: 'Самара / Samara' }).closest('li');
    expect(samara?.textContent).toContain('No contact yet');
  });

  it('moves a card with its small menu, which offers every other stage', async () => {
    const { fake } = await renderNegotiations();
    fireEvent.click(screen.getByRole('button', { name: 'Move Казань / Kazan to…' }));
    const menu = screen.getByRole('menu', { name: 'Move Казань / Kazan to…' });
    expect(within(menu).getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Identified', 'Approached', 'Interested', 'Site visit', 'Shortlisted', 'Selected', 'Withdrawn', 'Declined']);
    fireEvent.click(within(menu).getByRole('menuitem', { name: 'Shortlisted' }));
    await waitFor(() => expect(moves(fake.commands)).toMatchObject([{ id: fake.ids.kazan, stage: 'shortlisted' }]));
    await waitFor(() => expect(within(screen.getByRole('region', { name: /^Shortlisted/ })).getByRole('button', { name: 'Казань / Kazan' })).toBeTruthy());
  });

  it('moves a card one stage on with Alt+Right, at once', async () => {
    const { fake } = await renderNegotiations();
    fireEvent.keyDown(screen.getByRole('button', { name: 'Казань / Kazan' }), { key: 'ArrowRight', altKey: true });
    await waitFor(() => expect(moves(fake.commands)).toMatchObject([{ id: fake.ids.kazan, stage: 'site-visit', reason: '', tellTasks: [] }]));
    const siteVisit = screen.getByRole('region', { name: /^Site visit/ });
    await waitFor(() => expect(within(siteVisit).getByRole('button', { name: 'Казань / Kazan' })).toBeTruthy());
  });

  it('asks for a reason before a city leaves the race, and refuses a blank one', async () => {
    const { fake } = await renderNegotiations();
    moveWithMenu('Самара / Samara', 'Declined');
    const dialog = await screen.findByRole('dialog', { name: 'Move Самара / Samara to “Declined”' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move to Declined' }));
    expect(await within(dialog).findByText('Give the reason Самара / Samara leaves the race before moving it to “Declined”.')).toBeTruthy();
    expect(moves(fake.commands)).toEqual([]);
    expect(await seriousViolations()).toEqual([]);
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'No direct flights from the US' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move to Declined' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(moves(fake.commands)).toMatchObject([{ id: fake.ids.samara, stage: 'declined', reason: 'No direct flights from the US' }]);
  });

  it('shows the rule’s sentence in the dialog when the backend refuses the move', async () => {
    const { backend } = await renderNegotiations();
    moveWithMenu('Казань / Kazan', 'Selected');
    const dialog = await screen.findByRole('dialog', { name: 'Select Казань / Kazan to host' });
    backend.failNext('commands:run', { code: 'rule', message: 'Volgograd is already selected for this conference; only one city can host.' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Select Казань / Kazan' }));
    expect(await within(dialog).findByText('Volgograd is already selected for this conference; only one city can host.')).toBeTruthy();
  });

  it('selecting creates "tell them" steps for the others and offers to write them now', async () => {
    const { fake } = await renderNegotiations();
    moveWithMenu('Казань / Kazan', 'Selected');
    const confirm = await screen.findByRole('dialog', { name: 'Select Казань / Kazan to host' });
    fireEvent.change(within(confirm).getByLabelText('Why this city? (optional)'), { target: { value: 'Best venue' } });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Select Казань / Kazan' }));

    const tell = await screen.findByRole('dialog', { name: 'Казань / Kazan will host: tell the others' });
    const [move] = moves(fake.commands);
    expect(move).toMatchObject({ stage: 'selected', reason: 'Best venue', tellDue: '2019-05-09' });
    expect(move?.tellTasks.map((t) => t.candidacyId).sort()).toEqual([fake.ids.volgograd, fake.ids.samara].sort());
    expect(within(tell).getByText('Tell Волгоград / Volgograd the decision')).toBeTruthy();
    expect(await seriousViolations()).toEqual([]);

    fireEvent.click(within(tell).getByRole('button', { name: 'Write now to Волгоград / Volgograd' }));
    const write = await screen.findByRole('dialog', { name: 'Tell Волгоград / Volgograd the decision' });
    expect(within(write).getByLabelText<HTMLSelectElement>('Kind').value).toBe('letter');
    fireEvent.click(within(write).getByRole('button', { name: 'Log interaction' }));
    await screen.findByRole('dialog', { name: 'Казань / Kazan will host: tell the others' });
    const saved = fake.commands.slice(-2);
    const volgogradTask = move?.tellTasks.find((t) => t.candidacyId === fake.ids.volgograd);
    expect(saved).toMatchObject([
      { type: 'interaction.create', data: { kind: 'letter', candidacyIds: [fake.ids.volgograd], conferenceIds: [fake.ids.summit], subject: 'Host city of US–Russia Sister Cities Summit' } },
      { type: 'candidacy.taskDone', taskId: volgogradTask?.taskId, done: true },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

describe('negotiations compare', () => {
  it('rates, weighs, highlights what changed since the review, and marks it reviewed', async () => {
    const { fake } = await renderNegotiations();
    fireEvent.click(screen.getByRole('tab', { name: 'Compare' }));
    const table = await screen.findByRole('table', { name: 'Offers for US–Russia Sister Cities Summit, compared' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Offer item', 'Weight', 'Казань / KazanProposal', 'Волгоград / VolgogradShortlisted', 'Самара / SamaraInterested']);
    const changed = table.querySelectorAll('.neg-cell.is-changed');
    expect(changed).toHaveLength(1);
    expect(changed[0]?.textContent).toContain('Kazan Expo');
    expect(await seriousViolations()).toEqual([]);

    // One click rates; the weight moves one step per click, each its own command.
    const venueKazan = screen.getByRole('radiogroup', { name: 'Rating of Venue for Казань / Kazan' });
    fireEvent.click(within(venueKazan).getByRole('radio', { name: '4' }));
    await waitFor(() => expect(fake.commands.at(-1)).toMatchObject({ type: 'candidacy.rate', id: fake.ids.kazan, item: 'venue', rating: 4 }));
    fireEvent.click(screen.getByRole('button', { name: 'Raise the weight of Venue' }));
    await waitFor(() => expect(fake.commands.at(-1)).toMatchObject({ type: 'conference.setWeight', id: fake.ids.summit, item: 'venue', weight: 2 }));
    await waitFor(() => expect(screen.getByRole('status', { name: 'Weight of Venue' }).textContent).toBe('2'));
    // The score row is the table's second header row, above the items; the one city rated leads.
    const scoreRow = within(table).getByRole('row', { name: /^Score/ });
    expect(scoreRow.closest('thead')).not.toBeNull();
    await waitFor(() => expect(scoreRow.querySelector('.is-leader')?.textContent).toBe('4.0 / 5Leading11 not rated'));
    expect(scoreRow.querySelectorAll('.is-leader')).toHaveLength(1);
    fireEvent.click(within(screen.getByRole('radiogroup', { name: 'Rating of Venue for Самара / Samara' })).getByRole('radio', { name: '4' }));
    // A tie at the top marks no one.
    await waitFor(() => expect(scoreRow.querySelectorAll('.is-leader')).toHaveLength(0));

    fireEvent.click(screen.getByRole('button', { name: 'Mark reviewed' }));
    await waitFor(() => expect(fake.commands.at(-1)).toMatchObject({ type: 'conference.markReviewed', id: fake.ids.summit }));
    await waitFor(() => expect(document.querySelectorAll('.neg-cell.is-changed')).toHaveLength(0));
  }, 20_000);

  it('moves between views with the arrow keys, as tabs do', async () => {
    const { store } = await renderNegotiations();
    const board = screen.getByRole('tab', { name: 'Board' });
    expect(board.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(board, { key: 'ArrowRight' });
    expect(store.getState().negotiationView).toBe('table');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Table' }));
    fireEvent.keyDown(document.activeElement ?? board, { key: 'End' });
    expect(store.getState().negotiationView).toBe('brief');
    expect(await screen.findByRole('heading', { name: 'Negotiation brief: US–Russia Sister Cities Summit' })).toBeTruthy();
    expect(await seriousViolations()).toEqual([]);
  });
});

describe('home: negotiation next steps', () => {
  it('lists steps due and overdue across negotiations, and marks one done', async () => {
    const backend = new FakeBackend();
    const fake = new NegotiationsFake(backend);
    fake.addInteractionStep('Send the draft agreement', '2019-05-01', true);
    fake.addInteractionStep('Call the vice-mayor', '2019-05-02', false);
    await renderApp(backend);
    const card = await screen.findByRole('region', { name: 'Negotiation next steps' });
    expect(within(card).getByText('2 steps due by May 16, 2019 (1 overdue)')).toBeTruthy();
    expect(backend.calls.some((call) => call.channel === 'nextSteps:list' && (call.input as { when?: string }).when === 'soon')).toBe(true);
    expect(within(card).getAllByText('Overdue')).toHaveLength(1);
    expect(await seriousViolations()).toEqual([]);
    fireEvent.click(within(card).getByRole('button', { name: 'Done: Send the draft agreement' }));
    await waitFor(() => expect(fake.commands.at(-1)).toMatchObject({ type: 'interaction.update', data: { nextStep: { text: 'Send the draft agreement', done: true } } }));
    await waitFor(() => expect(within(card).queryByText('Send the draft agreement')).toBeNull());
  });

  it('says nothing when nothing is due', async () => {
    await renderApp(new FakeBackend());
    await screen.findByRole('heading', { level: 1, name: 'Home' });
    expect(screen.queryByRole('region', { name: 'Negotiation next steps' })).toBeNull();
  });
});

describe('a candidacy’s details', () => {
  async function openKazan() {
    const rendered = await renderNegotiations();
    fireEvent.click(screen.getByRole('button', { name: 'Казань / Kazan' }));
    await screen.findByRole('heading', { level: 2, name: 'Казань / Kazan' });
    return rendered;
  }

  it('records an offer: dates read as typed, a source without a value refused, nothing sent when nothing changed', async () => {
    const { fake } = await openKazan();
    expect(await seriousViolations()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Edit offer' }));
    let dialog = await screen.findByRole('dialog', { name: 'Offer of Казань / Kazan' });
    fireEvent.change(within(dialog).getByLabelText('Proposed dates'), { target: { value: 'late Sep – early Oct 2019' } });
    expect(within(dialog).getByText('Reads as: late September – early October 2019')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Source of Hotel rates'), { target: { value: 'Hotel association' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Enter what is offered, or clear the source and date.')).toBeTruthy();
    expect(await seriousViolations()).toEqual([]);
    expect(fake.commands).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText('Hotel rates'), { target: { value: '4,500 RUB a night' } });
    fireEvent.change(within(dialog).getByLabelText('Capacity (seats)'), { target: { value: '800' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add another item' }));
    fireEvent.change(within(dialog).getByLabelText('Name of other item 1'), { target: { value: 'Media partner' } });
    fireEvent.change(within(dialog).getByLabelText('Value of Media partner'), { target: { value: 'Tatar-inform' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.commands).toMatchObject([
      {
        type: 'candidacy.setOffer',
        id: fake.ids.kazan,
        offer: {
          proposedDates: { value: { earliest: '2019-09-21', latest: '2019-10-10' } },
          capacity: { value: 800 },
          hotelRates: { value: '4,500 RUB a night', source: 'Hotel association' },
          free: [{ label: 'Media partner', value: 'Tatar-inform' }],
        },
      },
    ]);

    // Opened again and saved unchanged: nothing is sent, no empty undo step.
    await screen.findByText('Tatar-inform');
    fireEvent.click(screen.getByRole('button', { name: 'Edit offer' }));
    dialog = await screen.findByRole('dialog', { name: 'Offer of Казань / Kazan' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.commands).toHaveLength(1);
  });

  it('focuses the first invalid field on the first Save, and keeps a count said in words', async () => {
    const { fake } = await openKazan();
    fireEvent.click(screen.getByRole('button', { name: 'Edit offer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Offer of Казань / Kazan' });
    fireEvent.change(within(dialog).getByLabelText('Hotel rooms'), { target: { value: '350 rooms in 4 hotels' } });
    fireEvent.change(within(dialog).getByLabelText('Source of Open questions'), { target: { value: 'Call with the mayor’s office' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    // The error is at the foot of a long table: the field is focused at once, so it is in view.
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Open questions'));
    expect(within(dialog).getByText('Enter what is offered, or clear the source and date.')).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText('Source of Open questions'), { target: { value: '' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.commands).toMatchObject([{ type: 'candidacy.setOffer', offer: { hotelRooms: { value: '350 rooms in 4 hotels' } } }]);
  });

  it('logs an interaction with its next step, and asks for the due date a next step needs', async () => {
    const { fake } = await openKazan();
    fireEvent.click(screen.getByRole('button', { name: 'Log interaction' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log an interaction with Казань / Kazan' });
    fireEvent.change(within(dialog).getByLabelText('Subject'), { target: { value: 'Hotel block' } });
    fireEvent.click(within(dialog).getByLabelText('Образцова Анна Сергеевна'));
    fireEvent.change(within(dialog).getByLabelText('Next step'), { target: { value: 'Send the draft agreement' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log interaction' }));
    expect(await within(dialog).findByText('Give the date the next step is due.')).toBeTruthy();
    expect(fake.commands).toEqual([]);
    fireEvent.change(within(dialog).getByLabelText('Next step due'), { target: { value: '2019-05-10' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log interaction' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.commands).toMatchObject([
      {
        type: 'interaction.create',
        data: { subject: 'Hotel block', candidacyIds: [fake.ids.kazan], conferenceIds: [fake.ids.summit], contactIds: [expect.any(String) as string], nextStep: { text: 'Send the draft agreement', due: '2019-05-10', done: false } },
      },
    ]);
  });
});

describe('after a sync', () => {
  it('the conference page says which rule a sync broke; a candidacy edited on two machines has its banner and compares the stages in words', async () => {
    const backend = new FakeBackend();
    const fake = new NegotiationsFake(backend);
    const [kazan] = fake.rows;
    if (!kazan) throw new Error('no Kazan');
    backend.syncAttention = {
      conflicts: [
        {
          kind: 'candidacies',
          id: kazan.id,
          label: 'Казань / Kazan — US–Russia Sister Cities Summit',
          conferenceId: fake.ids.summit,
          sides: [
            { rev: '4-aaa', record: { id: kazan.id, stage: 'proposal', notes: '' } },
            { rev: '4-bbb', record: { id: kazan.id, stage: 'selected', notes: '' } },
          ],
          fields: ['stage'],
          names: {},
        },
      ],
      violations: [
        {
          rule: 'one-selected',
          conferenceId: fake.ids.summit,
          candidacyIds: [fake.ids.kazan, fake.ids.volgograd],
          i18n: { key: 'sync.rule.oneSelected', params: { conference: 'US–Russia Sister Cities Summit', cities: 'Казань / Kazan, Волгоград / Volgograd' } },
          message: 'US–Russia Sister Cities Summit: Казань / Kazan, Волгоград / Volgograd are each selected as host',
        },
      ],
    };
    await renderApp(backend, { section: 'negotiations' });
    const notice = await screen.findByRole('region', { name: 'Sync broke a rule here' }, { timeout: 5_000 });
    expect(notice.textContent).toContain(
      'US–Russia Sister Cities Summit: Казань / Kazan, Волгоград / Volgograd are each selected as host (chosen on two computers before they synced), and only one city can host.',
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Казань / Kazan' }));
    await screen.findByRole('heading', { level: 2, name: 'Казань / Kazan' });
    const banner = await screen.findByRole('region', { name: 'Edited on two machines' });
    fireEvent.click(within(banner).getByRole('button', { name: 'Compare and choose' }));
    const dialog = await screen.findByRole('dialog', { name: 'Two versions of Казань / Kazan — US–Russia Sister Cities Summit' });
    expect(within(dialog).getByRole<HTMLInputElement>('radio', { name: 'Stage: keep “Proposal”' }).checked).toBe(true);
    expect(within(dialog).getByRole<HTMLInputElement>('radio', { name: 'Stage: keep “Selected”' }).checked).toBe(false);
    expect(await seriousViolations()).toEqual([]);
  });
});
