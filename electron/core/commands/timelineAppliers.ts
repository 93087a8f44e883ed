import { formatFuzzyDate } from '../../shared/dates/formatFuzzyDate';
import { contactDisplayName } from '../../shared/names/contactDisplayName';
import type { Milestone } from '../../shared/schemas/milestone';
import type { Task } from '../../shared/schemas/task';
import type { Appliers } from './Applier';
import { CommandError } from './CommandError';
import { deleteWithReferences } from './deleteWithReferences';
import { requireLinksExist } from './requireLinksExist';
import type { Transaction } from './Transaction';

type TimelineCommand =
  | 'conference.create'
  | 'conference.update'
  | 'conference.setDate'
  | 'conference.setTargets'
  | 'conference.delete'
  | 'milestone.create'
  | 'milestone.update'
  | 'milestone.delete'
  | 'task.create'
  | 'task.update'
  | 'task.delete'
  | 'participant.add'
  | 'participant.move'
  | 'participant.remove';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : `${count} ${many}`);

export const timelineAppliers: Appliers<TimelineCommand> = {
  'conference.create': (tx, command) => {
    requireLinksExist(tx, 'conferences', command.data);
    return `Add conference ${tx.create('conferences', command.id, command.data).name}`;
  },
  'conference.update': (tx, command) => {
    requireLinksExist(tx, 'conferences', command.data);
    return `Edit conference ${tx.update('conferences', command.id, command.data, 'conference').name}`;
  },
  'conference.setDate': (tx, command) => {
    const conference = tx.update('conferences', command.id, { date: command.date }, 'conference');
    return command.date ? `Set the date of ${conference.name} to ${formatFuzzyDate(command.date, 'en')}` : `Clear the date of ${conference.name}`;
  },
  'conference.setTargets': (tx, command) => `Set recruitment targets for ${tx.update('conferences', command.id, { recruitmentTargets: command.targets }, 'conference').name}`,
  'conference.delete': (tx, command) => {
    const first = tx.require('conferences', command.ids[0] ?? '', 'conference');
    for (const id of command.ids) {
      tx.require('conferences', id, 'conference');
      deleteWithReferences(tx, 'conferences', id);
    }
    return command.ids.length === 1 ? `Delete conference ${first.name}` : `Delete ${command.ids.length} conferences`;
  },

  'milestone.create': (tx, command) => {
    checkMilestone(tx, command.id, command.data);
    return `Add milestone ${tx.create('milestones', command.id, command.data).title}`;
  },
  'milestone.update': (tx, command) => {
    tx.require('milestones', command.id, 'milestone');
    checkMilestone(tx, command.id, command.data);
    return `Edit milestone ${tx.update('milestones', command.id, command.data, 'milestone').title}`;
  },
  'milestone.delete': (tx, command) => {
    const first = tx.require('milestones', command.ids[0] ?? '', 'milestone');
    for (const id of command.ids) {
      tx.require('milestones', id, 'milestone');
      deleteWithReferences(tx, 'milestones', id);
    }
    return command.ids.length === 1 ? `Delete milestone ${first.title}` : `Delete ${plural(command.ids.length, 'milestone', 'milestones')}`;
  },

  'task.create': (tx, command) => {
    checkTask(tx, command.id, command.data);
    return `Add task ${tx.create('tasks', command.id, command.data).title}`;
  },
  'task.update': (tx, command) => {
    tx.require('tasks', command.id, 'task');
    checkTask(tx, command.id, command.data);
    return `Edit task ${tx.update('tasks', command.id, command.data, 'task').title}`;
  },
  'task.delete': (tx, command) => {
    const first = tx.require('tasks', command.ids[0] ?? '', 'task');
    for (const id of command.ids) {
      tx.require('tasks', id, 'task');
      deleteWithReferences(tx, 'tasks', id);
    }
    return command.ids.length === 1 ? `Delete task ${first.title}` : `Delete ${plural(command.ids.length, 'task', 'tasks')}`;
  },

  'participant.add': (tx, command) => {
    requireLinksExist(tx, 'participants', command.data);
    const { conferenceId, contactId } = command.data;
    const contact = tx.require('contacts', contactId, 'contact');
    const conference = tx.require('conferences', conferenceId, 'conference');
    for (const other of tx.all('participants')) {
      if (other.conferenceId === conferenceId && other.contactId === contactId) {
        throw new CommandError('conflict', `${contactDisplayName(contact)} is already a participant of ${conference.name}.`);
      }
    }
    if (command.data.stage === 'declined' && command.data.stageReason.trim() === '') throw declinedNeedsReason();
    tx.create('participants', command.id, command.data);
    return `Add ${contactDisplayName(contact)} to the participants of ${conference.name}`;
  },
  'participant.move': (tx, command) => {
    const participant = tx.require('participants', command.id, 'participant');
    const reason = command.reason.trim();
    if (command.stage === 'declined' && reason === '') throw declinedNeedsReason();
    tx.update('participants', command.id, { stage: command.stage, stageReason: command.stage === 'declined' ? reason : '' }, 'participant');
    const contact = tx.get('contacts', participant.contactId);
    return `Move ${contact ? contactDisplayName(contact) : 'participant'} to ${command.stage}`;
  },
  'participant.remove': (tx, command) => {
    for (const id of command.ids) {
      tx.require('participants', id, 'participant');
      deleteWithReferences(tx, 'participants', id);
    }
    return `Remove ${plural(command.ids.length, 'participant', 'participants')}`;
  },
};

function declinedNeedsReason(): CommandError {
  return new CommandError('rule', 'Say why the participant declined: the reason is kept with the decision.');
}

type MilestoneData = Omit<Milestone, 'id' | 'rev' | 'createdAt' | 'updatedAt'>;
type TaskData = Omit<Task, 'id' | 'rev' | 'createdAt' | 'updatedAt'>;

function checkMilestone(tx: Transaction, id: string, data: MilestoneData): void {
  requireLinksExist(tx, 'milestones', data);
  for (const other of data.dependsOnIds) {
    if (other === id) throw new CommandError('rule', 'A milestone cannot depend on itself.');
    const milestone = tx.require('milestones', other, 'milestone it depends on');
    if (milestone.conferenceId !== data.conferenceId) throw new CommandError('rule', `“${milestone.title}” belongs to another conference; a milestone can only depend on milestones of its own.`);
  }
  refuseCycle(id, data.dependsOnIds, (next) => tx.get('milestones', next)?.dependsOnIds ?? [], 'milestone');
}

function checkTask(tx: Transaction, id: string, data: TaskData): void {
  requireLinksExist(tx, 'tasks', data);
  const milestone = data.milestoneId ? tx.require('milestones', data.milestoneId, 'milestone') : null;
  if (milestone && data.conferenceId && milestone.conferenceId !== data.conferenceId) {
    throw new CommandError('rule', `The milestone “${milestone.title}” belongs to another conference than this task.`);
  }
  if (data.schedule?.kind === 'relative' && !data.conferenceId) {
    throw new CommandError('rule', 'A task dated “days before the conference” needs its conference; choose one or give a date.');
  }
  for (const other of data.dependsOnIds) {
    if (other === id) throw new CommandError('rule', 'A task cannot depend on itself.');
    tx.require('tasks', other, 'task it depends on');
  }
  refuseCycle(id, data.dependsOnIds, (next) => tx.get('tasks', next)?.dependsOnIds ?? [], 'task');
}

/** Refuses a dependency that leads back to the item itself (A needs B needs A). */
function refuseCycle(id: string, dependsOn: string[], next: (id: string) => string[], what: string): void {
  const seen = new Set<string>();
  const stack = [...dependsOn];
  while (stack.length > 0) {
    const current = stack.pop() ?? '';
    if (current === id) throw new CommandError('rule', `These dependencies would go round in a circle back to this ${what}; remove one of them.`);
    if (seen.has(current)) continue;
    seen.add(current);
    stack.push(...next(current));
  }
}
