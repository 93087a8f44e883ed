import type { NextStepRow, NextSteps, OpenStep } from '../../shared/contracts/negotiationChannels';
import { addCalendarDays } from '../../shared/dates/calendarDate';
import { DUE_SOON_DAYS } from '../../shared/dates/dueSoon';
import { cityDisplayName } from '../../shared/negotiations/cityDisplayName';
import type { Interaction } from '../../shared/schemas/interaction';
import type { Task } from '../../shared/schemas/task';
import type { Workspace } from '../../shared/schemas/workspace';

/**
 * When a task's step falls due: a fuzzy schedule ("early October") is due once its window opens
 * and overdue once it has closed. Tasks without an absolute schedule have no due date here.
 */
export function taskWindow(task: Task): { opens: string; closes: string } | null {
  if (task.schedule?.kind !== 'absolute') return null;
  return { opens: task.schedule.date.earliest, closes: task.schedule.date.latest };
}

/** An interaction's open next step as the board shows it. */
export function interactionStep(interaction: Interaction, today: string): OpenStep | null {
  const step = interaction.nextStep;
  if (!step || step.done) return null;
  return { source: 'interaction', id: interaction.id, text: step.text, due: step.due, overdue: step.due < today };
}

export function taskStep(task: Task, today: string): OpenStep | null {
  const window = taskWindow(task);
  if (!window || task.status === 'done') return null;
  return { source: 'task', id: task.id, text: task.title, ...(task.titlePhrase ? { textPhrase: task.titlePhrase } : {}), due: window.opens, overdue: window.closes < today };
}

/**
 * Next steps across every negotiation, as of `today` (the calendar date in the home zone):
 * `due` lists what is due today or earlier, `soon` adds what falls due within Home's horizon
 * (DUE_SOON_DAYS), `overdue` only what is past. Steps of interactions linked to a candidacy and
 * open negotiation tasks both count; the oldest come first.
 */
export function listNextSteps(ws: Readonly<Workspace>, today: string, zone: string, when: 'due' | 'soon' | 'overdue'): NextSteps {
  const rows: NextStepRow[] = [];
  const until = when === 'soon' ? addCalendarDays(today, DUE_SOON_DAYS) : today;
  const add = (candidacyId: string, step: OpenStep, interaction: Interaction | null) => {
    if (step.due > until || (when === 'overdue' && !step.overdue)) return;
    const candidacy = ws.candidacies[candidacyId];
    if (!candidacy) return;
    const city = ws.cities[candidacy.cityId];
    const conference = ws.conferences[candidacy.conferenceId];
    rows.push({
      ...step,
      candidacyId,
      conferenceId: candidacy.conferenceId,
      city: city ? cityDisplayName(city) : '',
      conference: conference?.name ?? '',
      interaction,
    });
  };
  for (const interaction of Object.values(ws.interactions)) {
    const step = interactionStep(interaction, today);
    // One row per step, under the first negotiation it is linked to.
    const candidacyId = interaction.candidacyIds.find((id) => Object.hasOwn(ws.candidacies, id));
    if (step && candidacyId) add(candidacyId, step, interaction);
  }
  for (const task of Object.values(ws.tasks)) {
    const step = taskStep(task, today);
    if (step && task.candidacyId) add(task.candidacyId, step, null);
  }
  rows.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.city.localeCompare(b.city)));
  return { today, until, zone, rows };
}
