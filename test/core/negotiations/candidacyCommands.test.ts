import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../electron/core/store/Store';
import { buildCandidacyMove } from '../../../electron/shared/negotiations/buildCandidacyMove';
import { CANDIDACY_EVENTS_KEPT, OfferInputSchema, type OfferInput } from '../../../electron/shared/schemas/offer';
import { phraseText, type TranslateFn } from '../../../electron/shared/i18n/Phrase';
import { ru } from '../../../electron/shared/i18n/ru';
import { translate } from '../../../electron/shared/i18n/translate';
import { TaskInputSchema } from '../../../electron/shared/schemas/task';
import { at } from '../../helpers/commands';
import { diskState } from '../../helpers/diskState';
import { negotiationFixture, type NegotiationFixture } from './negotiationFixture';

let open: NegotiationFixture | null = null;
afterEach(async () => {
  await open?.store.close();
  open = null;
});

const russian: TranslateFn = (key, params) => translate(ru, 'ru', key, params);

async function fixture(): Promise<NegotiationFixture> {
  open = await negotiationFixture();
  return open;
}

/** The records negotiations touch, deep-copied, to compare states before and after. */
function snapshot(store: Store) {
  const { candidacies, conferences, tasks, interactions } = store.state;
  return structuredClone({ candidacies, conferences, tasks, interactions });
}

describe('candidacy commands', () => {
  it('adds a candidate city once per conference, and refuses links to missing records', async () => {
    const f = await fixture();
    const id = await f.add(f.cities.kazan);
    expect(f.store.state.candidacies[id]).toMatchObject({ stage: 'identified', conferenceId: f.conference, cityId: f.cities.kazan, events: [{ kind: 'created' }] });
    await expect(f.add(f.cities.kazan)).rejects.toThrow('Kazan is already a candidate to host US–Russia Sister Cities Summit.');
    await f.add(f.cities.kazan, f.other);
    const ghost = crypto.randomUUID();
    await expect(
      f.store.commit([{ type: 'candidacy.create', at: at(), id: crypto.randomUUID(), data: { conferenceId: f.conference, cityId: f.cities.samara, contactIds: [ghost], decisionMakerIds: [], notes: '' } }]),
    ).rejects.toThrow('The contact no longer exists');
    expect(Object.keys(f.store.state.candidacies)).toHaveLength(2);
  });

  it('refuses to take a city out of the race without a reason, and changes nothing', async () => {
    const f = await fixture();
    const id = await f.add(f.cities.kazan);
    const before = snapshot(f.store);
    const depth = f.store.state.history.undo.length;
    for (const stage of ['withdrawn', 'declined'] as const) {
      await expect(f.move(id, stage, '  ')).rejects.toThrow(`Moving Kazan to “${stage === 'withdrawn' ? 'Withdrawn' : 'Declined'}” takes it out of the race: give the reason.`);
    }
    expect(snapshot(f.store)).toEqual(before);
    expect(f.store.state.history.undo).toHaveLength(depth);
    await f.move(id, 'declined', 'No hall for 600 people');
    expect(f.store.state.candidacies[id]).toMatchObject({ stage: 'declined', stageReason: 'No hall for 600 people' });
    expect(f.store.state.candidacies[id]?.events.at(-1)).toMatchObject({ kind: 'stage', before: 'identified', after: 'declined', reason: 'No hall for 600 people' });
  });

  it('allows only one selected candidacy per conference', async () => {
    const f = await fixture();
    const kazan = await f.add(f.cities.kazan);
    const volgograd = await f.add(f.cities.volgograd);
    const elsewhere = await f.add(f.cities.samara, f.other);
    await f.move(kazan, 'selected');
    const before = snapshot(f.store);
    await expect(f.move(volgograd, 'selected')).rejects.toThrow(
      'Kazan is already selected for this conference; only one city can host. Move Kazan to another stage first.',
    );
    expect(snapshot(f.store)).toEqual(before);
    // Another conference has its own race.
    await f.move(elsewhere, 'selected');
    expect(f.store.state.conferences[f.other]?.cityId).toBe(f.cities.samara);
  });

  it('selecting fixes the place and, in the same step, creates a "tell them" task for every other city still in the race', async () => {
    const f = await fixture();
    const kazan = await f.add(f.cities.kazan);
    const volgograd = await f.add(f.cities.volgograd);
    const samara = await f.add(f.cities.samara);
    const cleveland = await f.add(f.cities.cleveland);
    await f.move(cleveland, 'withdrawn', 'Not in Russia');
    await f.add(f.cities.volgograd, f.other);
    const depth = f.store.state.history.undo.length;

    await f.move(kazan, 'selected', 'Best venue and funding', '2026-11-28');

    expect(f.store.state.conferences[f.conference]?.cityId).toBe(f.cities.kazan);
    expect(f.store.state.history.undo).toHaveLength(depth + 1);
    expect(f.store.state.history.undo.at(-1)?.summary).toBe('Select Kazan to host US–Russia Sister Cities Summit');
    const tasks = Object.values(f.store.state.tasks);
    expect(tasks.map((t) => t.candidacyId).sort()).toEqual([volgograd, samara].sort());
    for (const task of tasks) {
      expect(task).toMatchObject({
        conferenceId: f.conference,
        status: 'planned',
        schedule: { kind: 'absolute', date: { earliest: '2026-12-05', latest: '2026-12-05', precision: 'day' } },
      });
    }
    expect(tasks.map((t) => t.title).sort()).toEqual(['Tell Samara the decision', 'Tell Volgograd the decision']);
    expect(f.store.state.candidacies[kazan]?.events.slice(-2)).toMatchObject([
      { kind: 'stage', before: 'identified', after: 'selected', reason: 'Best venue and funding' },
      { kind: 'decision', field: 'host', before: '', after: 'Kazan', reason: 'Best venue and funding' },
    ]);
    // On disk as one journal line: a fresh start finds the same.
    const disk = await diskState(f.dir);
    expect((disk.conferences as Record<string, { cityId: string }>)[f.conference]?.cityId).toBe(f.cities.kazan);
    expect(Object.keys(disk.tasks as object)).toHaveLength(2);
  });

  it('writes the "tell them" task in the window\'s language, until the user writes their own title', async () => {
    const f = await fixture();
    const kazan = await f.add(f.cities.kazan);
    const volgograd = await f.add(f.cities.volgograd);
    await f.move(kazan, 'selected', 'Best venue and funding', '2026-11-28');
    const task = Object.values(f.store.state.tasks).find((t) => t.candidacyId === volgograd);
    if (!task?.titlePhrase || !task.notesPhrase) throw new Error('The tell task was written without its phrases.');
    expect(phraseText(russian, task.titlePhrase, 'ru')).toBe('Сообщить решение: Волгоград / Volgograd');
    expect(phraseText(russian, task.notesPhrase, 'ru')).toBe('Местом проведения конференции «US–Russia Sister Cities Summit» выбран город Казань / Kazan.');
    expect(task.title).toBe('Tell Volgograd the decision');
    // Kept on disk, so a restart shows it in Russian too.
    expect((await diskState(f.dir)).tasks).toMatchObject({ [task.id]: { titlePhrase: task.titlePhrase } });

    const { id, titlePhrase, notesPhrase } = task;
    const data = TaskInputSchema.parse(task);
    await f.store.commit([{ type: 'task.update', at: at(), id, data: { ...data, status: 'in-progress' } }]);
    expect(f.store.state.tasks[id]?.titlePhrase).toEqual(titlePhrase);
    await f.store.commit([{ type: 'task.update', at: at(), id, data: { ...data, title: 'Позвонить в Волгоград' } }]);
    expect(f.store.state.tasks[id]?.titlePhrase).toBeUndefined();
    expect(f.store.state.tasks[id]?.notesPhrase).toEqual(notesPhrase);
    expect(f.store.state.tasks[id]?.title).toBe('Позвонить в Волгоград');
  });

  it('undo of a selection restores exactly what was there, on disk too; redo brings it back', async () => {
    const f = await fixture();
    const kazan = await f.add(f.cities.kazan);
    await f.add(f.cities.volgograd);
    await f.move(kazan, 'shortlisted');
    const before = snapshot(f.store);
    await f.move(kazan, 'selected', 'Best offer');
    const after = snapshot(f.store);

    await f.store.commit([{ type: 'history.undo', at: at() }]);
    expect(snapshot(f.store)).toEqual(before);
    const disk = await diskState(f.dir);
    expect(disk.candidacies).toEqual(before.candidacies);
    expect(disk.conferences).toEqual(before.conferences);
    expect(disk.tasks).toEqual({});

    await f.store.commit([{ type: 'history.redo', at: at() }]);
    expect(snapshot(f.store)).toEqual(after);
  });

  it('moving the selected city back clears the conference place, and records the decision', async () => {
    const f = await fixture();
    const kazan = await f.add(f.cities.kazan);
    await f.move(kazan, 'selected');
    await f.move(kazan, 'withdrawn', 'The governor withdrew the offer');
    expect(f.store.state.conferences[f.conference]?.cityId).toBeNull();
    expect(f.store.state.candidacies[kazan]?.events.at(-1)).toMatchObject({ kind: 'decision', before: 'Kazan', after: '', reason: 'The governor withdrew the offer' });
    // With the place free, another city can be selected.
    const volgograd = await f.add(f.cities.volgograd);
    await f.move(volgograd, 'selected');
    expect(f.store.state.conferences[f.conference]?.cityId).toBe(f.cities.volgograd);
  });

  it('refuses a selection prepared on a stale board, naming what to do', async () => {
    const f = await fixture();
    const kazan = await f.add(f.cities.kazan);
    const stale = buildCandidacyMove(Object.values(f.store.state.candidacies), { id: kazan, stage: 'selected', reason: '', at: at(), today: '2026-11-28', newId: () => crypto.randomUUID() });
    await f.add(f.cities.volgograd);
    await expect(f.store.commit([stale])).rejects.toThrow('The candidates for this conference changed while the move was being prepared; nothing was changed.');
    expect(f.store.state.conferences[f.conference]?.cityId).toBeNull();
  });

  it('stamps only the offer items that changed, and writes one history line per change', async () => {
    const f = await fixture();
    const id = await f.add(f.cities.kazan);
    const freeId = crypto.randomUUID();
    const offer: OfferInput = {
      proposedDates: { value: { earliest: '2019-09-21', latest: '2019-10-10', precision: 'range', uncertain: false, label: 'late September or early October 2019' }, source: 'Letter of 12 March', confirmedOn: '2019-03-12' },
      venue: { value: 'Kazan Expo', source: 'Call with the mayor’s office' },
      capacity: { value: 800 },
      free: [{ id: freeId, label: 'Media partner', value: 'Tatar-inform' }],
    };
    const first = at();
    await f.store.commit([{ type: 'candidacy.setOffer', at: first, id, offer: OfferInputSchema.parse(offer) }]);
    const stored = f.store.state.candidacies[id]?.offer;
    expect(stored?.venue).toEqual({ value: 'Kazan Expo', source: 'Call with the mayor’s office', confirmedOn: null, changedAt: first });
    expect(stored?.free[0]).toMatchObject({ label: 'Media partner', changedAt: first });

    const second = at();
    const edited = OfferInputSchema.parse({ ...offer, capacity: { value: 1200 }, venue: { value: 'Kazan Expo', source: 'Call with the mayor’s office', confirmedOn: '2019-04-01' } });
    await f.store.commit([{ type: 'candidacy.setOffer', at: second, id, offer: edited }]);
    const next = f.store.state.candidacies[id]?.offer;
    expect(next?.proposedDates?.changedAt).toBe(first);
    expect(next?.capacity?.changedAt).toBe(second);
    expect(next?.venue?.changedAt).toBe(second);
    const lines = f.store.state.candidacies[id]?.events.filter((e) => e.at === second);
    expect(lines).toEqual([
      { at: second, kind: 'offer', field: 'venue', before: 'Kazan Expo · source: Call with the mayor’s office', after: 'Kazan Expo · source: Call with the mayor’s office · confirmed 2019-04-01', reason: '' },
      { at: second, kind: 'offer', field: 'capacity', before: '800', after: '1200', reason: '' },
    ]);

    await expect(f.store.commit([{ type: 'candidacy.setOffer', at: at(), id, offer: edited }])).rejects.toThrow(
      'Nothing in the offer of Kazan changed.',
    );
    const third = at();
    await f.store.commit([{ type: 'candidacy.setOffer', at: third, id, offer: OfferInputSchema.parse({}) }]);
    expect(f.store.state.candidacies[id]?.offer).toEqual({ free: [] });
    expect(f.store.state.candidacies[id]?.events.filter((e) => e.at === third).map((e) => e.field)).toEqual(['proposedDates', 'venue', 'capacity', 'free:media partner']);
  });

  it('rates items, weighs them and marks the comparison reviewed, each one undo step', async () => {
    const f = await fixture();
    const id = await f.add(f.cities.kazan);
    await f.store.commit([{ type: 'candidacy.rate', at: at(), id, item: 'venue', rating: 4 }]);
    await f.store.commit([{ type: 'candidacy.rate', at: at(), id, item: 'free:media partner', rating: 2 }]);
    expect(f.store.state.candidacies[id]?.ratings).toEqual({ venue: 4, 'free:media partner': 2 });
    await f.store.commit([{ type: 'candidacy.rate', at: at(), id, item: 'venue', rating: null }]);
    expect(f.store.state.candidacies[id]?.ratings).toEqual({ 'free:media partner': 2 });
    await f.store.commit([{ type: 'conference.setWeight', at: at(), id: f.conference, item: 'venue', weight: 3 }]);
    expect(f.store.state.conferences[f.conference]?.comparisonWeights).toEqual({ venue: 3 });
    expect(f.store.state.history.undo.at(-1)?.summary).toBe('Weigh Venue 3');
    const reviewed = at();
    await f.store.commit([{ type: 'conference.markReviewed', at: reviewed, id: f.conference }]);
    expect(f.store.state.conferences[f.conference]?.reviewedAt).toBe(reviewed);
    await f.store.commit([{ type: 'history.undo', at: at() }]);
    expect(f.store.state.conferences[f.conference]?.reviewedAt).toBeUndefined();
  });

  it('rejects rating keys that are not offer items, and ratings outside 0–5', async () => {
    const f = await fixture();
    const id = await f.add(f.cities.kazan);
    const { CommandSchema } = await import('../../../electron/shared/commands/commandSchemas');
    for (const bad of [
      { item: '__proto__', rating: 3 },
      { item: 'venue', rating: 6 },
      { item: 'venue', rating: 2.5 },
      { item: 'free:', rating: 1 },
    ]) {
      expect(CommandSchema.safeParse({ type: 'candidacy.rate', at: at(), id, ...bad }).success).toBe(false);
    }
  });

  it('marks a "tell them" task done and refuses tasks outside negotiations', async () => {
    const f = await fixture();
    const kazan = await f.add(f.cities.kazan);
    await f.add(f.cities.volgograd);
    await f.move(kazan, 'selected');
    const task = Object.values(f.store.state.tasks)[0];
    if (!task) throw new Error('no task');
    await f.store.commit([{ type: 'candidacy.taskDone', at: at(), taskId: task.id, done: true }]);
    expect(f.store.state.tasks[task.id]?.status).toBe('done');
    expect(f.store.state.history.undo.at(-1)?.summary).toBe('Done: Tell Volgograd the decision');
  });

  it('removing the selected candidacy frees the place and unlinks its interactions and tasks; undo restores all', async () => {
    const f = await fixture();
    const kazan = await f.add(f.cities.kazan);
    const volgograd = await f.add(f.cities.volgograd);
    const interaction = crypto.randomUUID();
    await f.store.commit([
      {
        type: 'interaction.create',
        at: at(),
        id: interaction,
        data: { kind: 'call', at: '2026-11-20T09:00:00.000Z', zone: 'Europe/Volgograd', subject: 'Offer', contactIds: [], cityIds: [], partnershipIds: [], conferenceIds: [], candidacyIds: [volgograd], notes: '', nextStep: null },
      },
    ]);
    await f.move(volgograd, 'selected');
    const before = snapshot(f.store);
    await f.store.commit([{ type: 'candidacy.delete', at: at(), ids: [volgograd] }]);
    expect(f.store.state.candidacies[volgograd]).toBeUndefined();
    expect(f.store.state.conferences[f.conference]?.cityId).toBeNull();
    expect(f.store.state.interactions[interaction]?.candidacyIds).toEqual([]);
    expect(f.store.state.candidacies[kazan]).toBeDefined();
    await f.store.commit([{ type: 'history.undo', at: at() }]);
    expect(snapshot(f.store)).toEqual(before);
  });

  it('keeps only the newest history lines of a candidacy', async () => {
    const f = await fixture();
    const id = await f.add(f.cities.kazan);
    const stages = ['approached', 'interested'] as const;
    for (let i = 0; i < CANDIDACY_EVENTS_KEPT + 5; i++) await f.move(id, stages[i % 2] ?? 'approached');
    const events = f.store.state.candidacies[id]?.events ?? [];
    expect(events).toHaveLength(CANDIDACY_EVENTS_KEPT);
    expect(events[0]?.kind).toBe('stage');
  });
});
