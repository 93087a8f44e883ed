import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/core/dispatcher/createDispatcher';
import { WorkspaceService } from '../../../electron/core/workspace/WorkspaceService';
import type { NextSteps } from '../../../electron/shared/contracts/negotiationChannels';
import { buildCandidacyMove } from '../../../electron/shared/negotiations/buildCandidacyMove';
import { todayIn } from '../../../electron/shared/negotiations/todayIn';
import { CityInputSchema } from '../../../electron/shared/schemas/city';
import { ConferenceInputSchema } from '../../../electron/shared/schemas/conference';
import { InteractionInputSchema } from '../../../electron/shared/schemas/interaction';
import { at } from '../../helpers/commands';
import { tempDir } from '../../helpers/tempDir';

const resourcesDir = fileURLToPath(new URL('../../../resources', import.meta.url));
// 15:30 UTC: 10:30 in New York, already 01:30 the next day in Vladivostok.
const NOW = new Date('2026-11-28T15:30:00.000Z');

let service: WorkspaceService | null = null;
afterEach(async () => {
  await service?.close();
  service = null;
});

async function seeded() {
  const dir = await tempDir();
  service = await WorkspaceService.open({ dir, owner: 'app', resourcesDir, clock: () => NOW });
  const s = service;
  const kazan = { id: crypto.randomUUID(), ...CityInputSchema.parse({ nameLatin: 'Kazan', nameCyrillic: 'Казань', country: 'RU', zone: 'Europe/Moscow' }) };
  const samara = { id: crypto.randomUUID(), ...CityInputSchema.parse({ nameLatin: 'Samara', nameCyrillic: 'Самара', country: 'RU', zone: 'Europe/Samara' }) };
  const summit = { id: crypto.randomUUID(), ...ConferenceInputSchema.parse({ name: 'Summit' }) };
  await s.commit([{ type: 'sample.open', at: at(), cities: [kazan, samara], organizations: [], partnerships: [], conferences: [summit], contacts: [] }]);
  const candidacy = crypto.randomUUID();
  const other = crypto.randomUUID();
  await s.commit([
    { type: 'candidacy.create', at: at(), id: candidacy, data: { conferenceId: summit.id, cityId: kazan.id, contactIds: [], decisionMakerIds: [], notes: '' } },
    { type: 'candidacy.create', at: at(), id: other, data: { conferenceId: summit.id, cityId: samara.id, contactIds: [], decisionMakerIds: [], notes: '' } },
  ]);
  const step = (text: string, due: string, linked: boolean, done = false) => ({
    type: 'interaction.create' as const,
    at: at(),
    id: crypto.randomUUID(),
    data: InteractionInputSchema.parse({
      kind: 'call',
      at: '2026-11-20T09:00:00.000Z',
      zone: 'Europe/Moscow',
      subject: text,
      candidacyIds: linked ? [candidacy] : [],
      nextStep: { text, due, done },
    }),
  });
  await s.commit([
    step('Send the draft agreement', '2026-11-27', true),
    step('Call the vice-mayor', '2026-11-28', true),
    step('Confirm hotel block', '2026-11-29', true),
    step('Site visit', '2026-11-30', true),
    step('Already sent', '2026-11-01', true, true),
    step('Not a negotiation', '2026-11-01', false),
  ]);
  return { s, candidacy, other };
}

async function nextSteps(when: 'due' | 'soon' | 'overdue'): Promise<NextSteps> {
  if (!service) throw new Error('no service');
  const result = await createDispatcher(service.handlers())('nextSteps:list', { when });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as NextSteps;
}

const texts = (steps: NextSteps) => steps.rows.map((row) => `${row.text}${row.overdue ? ' (overdue)' : ''}`);

describe('next steps across zones', () => {
  it('"today" is the calendar date in the home zone', () => {
    expect(todayIn('America/New_York', NOW)).toBe('2026-11-28');
    expect(todayIn('Asia/Vladivostok', NOW)).toBe('2026-11-29');
    expect(todayIn('Europe/Moscow', NOW)).toBe('2026-11-28');
  });

  it('in New York a step due tomorrow-in-Vladivostok is not due yet', async () => {
    const { s } = await seeded();
    await s.store.updateSettings({ homeZone: 'America/New_York' });
    const due = await nextSteps('due');
    expect(due.today).toBe('2026-11-28');
    expect(texts(due)).toEqual(['Send the draft agreement (overdue)', 'Call the vice-mayor']);
    expect(texts(await nextSteps('overdue'))).toEqual(['Send the draft agreement (overdue)']);
  });

  it('in Vladivostok it is already tomorrow: yesterday’s step there is overdue, tomorrow’s is due', async () => {
    const { s } = await seeded();
    await s.store.updateSettings({ homeZone: 'Asia/Vladivostok' });
    const due = await nextSteps('due');
    expect(due).toMatchObject({ today: '2026-11-29', zone: 'Asia/Vladivostok' });
    expect(texts(due)).toEqual(['Send the draft agreement (overdue)', 'Call the vice-mayor (overdue)', 'Confirm hotel block']);
    expect(texts(await nextSteps('overdue'))).toEqual(['Send the draft agreement (overdue)', 'Call the vice-mayor (overdue)']);
    expect(due.rows[0]).toMatchObject({ source: 'interaction', city: 'Казань / Kazan', conference: 'Summit' });
    expect(due.rows[0]?.interaction?.nextStep?.text).toBe('Send the draft agreement');
  });

  it('"soon" adds what falls due within Home’s one horizon (14 days, as milestones and tasks), not beyond', async () => {
    const { s } = await seeded();
    await s.store.updateSettings({ homeZone: 'Europe/Moscow' });
    const candidacyId = Object.keys(s.store.state.candidacies)[0] ?? '';
    const later = (text: string, due: string) => ({
      type: 'interaction.create' as const,
      at: at(),
      id: crypto.randomUUID(),
      data: InteractionInputSchema.parse({ kind: 'email', at: '2026-11-21T09:00:00.000Z', zone: 'Europe/Moscow', subject: text, candidacyIds: [candidacyId], nextStep: { text, due, done: false } }),
    });
    await s.commit([later('Send the site-visit agenda', '2026-12-11'), later('Book the hall', '2026-12-12'), later('Call after New Year', '2027-01-10')]);
    const soon = await nextSteps('soon');
    expect(soon).toMatchObject({ today: '2026-11-28', until: '2026-12-12' });
    expect(texts(soon)).toEqual(['Send the draft agreement (overdue)', 'Call the vice-mayor', 'Confirm hotel block', 'Site visit', 'Send the site-visit agenda', 'Book the hall']);
    expect((await nextSteps('due')).until).toBe('2026-11-28');
  });

  it('lists the "tell them" tasks of a decision once they fall due, and drops them when done', async () => {
    const { s, candidacy, other } = await seeded();
    await s.store.updateSettings({ homeZone: 'Europe/Moscow' });
    const move = buildCandidacyMove(Object.values(s.store.state.candidacies), { id: candidacy, stage: 'selected', reason: '', at: at(), today: '2026-11-21', newId: () => crypto.randomUUID() });
    await s.commit([move]);
    const due = await nextSteps('due');
    const task = due.rows.find((row) => row.source === 'task');
    expect(task).toMatchObject({ text: 'Tell Samara the decision', due: '2026-11-28', overdue: false, candidacyId: other, interaction: null });
    await s.commit([{ type: 'candidacy.taskDone', at: at(), taskId: task?.id ?? '', done: true }]);
    expect((await nextSteps('due')).rows.some((row) => row.source === 'task')).toBe(false);
  });
});
