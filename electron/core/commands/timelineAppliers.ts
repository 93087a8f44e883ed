import { phrase } from '../../shared/i18n/Phrase';
import { contactDisplayName } from '../../shared/names/contactDisplayName';
import type { Milestone } from '../../shared/schemas/milestone';
import type { Task } from '../../shared/schemas/task';
import type { Appliers } from './Applier';
import { CommandError } from './CommandError';
import { deleteRecords } from './deleteRecords';
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

export const timelineAppliers: Appliers<TimelineCommand> = {
  'conference.create': (tx, command) => {
    requireLinksExist(tx, 'conferences', command.data);
    return phrase('summary.conferenceAdded', { name: tx.create('conferences', command.id, command.data).name });
  },
  'conference.update': (tx, command) => {
    requireLinksExist(tx, 'conferences', command.data);
    return phrase('summary.conferenceEdited', { name: tx.update('conferences', command.id, command.data, 'conference').name });
  },
  'conference.setDate': (tx, command) => {
    const conference = tx.update('conferences', command.id, { date: command.date }, 'conference');
    return command.date
      ? phrase('summary.conferenceDateSet', { name: conference.name, date: { fuzzyDate: command.date } })
      : phrase('summary.conferenceDateCleared', { name: conference.name });
  },
  'conference.setTargets': (tx, command) =>
    phrase('summary.targetsSet', { name: tx.update('conferences', command.id, { recruitmentTargets: command.targets }, 'conference').name }),
  'conference.delete': (tx, command) => {
    const first = deleteRecords(tx, 'conferences', command.ids, 'conference');
    return command.ids.length === 1 ? phrase('summary.conferenceDeleted', { name: first.name }) : phrase('summary.conferencesDeleted', { count: command.ids.length });
  },

  'milestone.create': (tx, command) => {
    checkMilestone(tx, command.id, command.data);
    return phrase('summary.milestoneAdded', { title: tx.create('milestones', command.id, command.data).title });
  },
  'milestone.update': (tx, command) => {
    tx.require('milestones', command.id, 'milestone');
    checkMilestone(tx, command.id, command.data);
    return phrase('summary.milestoneEdited', { title: tx.update('milestones', command.id, command.data, 'milestone').title });
  },
  'milestone.delete': (tx, command) => {
    const first = deleteRecords(tx, 'milestones', command.ids, 'milestone');
    return command.ids.length === 1 ? phrase('summary.milestoneDeleted', { title: first.title }) : phrase('summary.milestonesDeleted', { count: command.ids.length });
  },

  'task.create': (tx, command) => {
    checkTask(tx, command.id, command.data);
    return phrase('summary.taskAdded', { title: tx.create('tasks', command.id, command.data).title });
  },
  'task.update': (tx, command) => {
    const current = tx.require('tasks', command.id, 'task');
    checkTask(tx, command.id, command.data);
    // A text Liaison wrote stays translatable until the user writes their own.
    const generated = {
      titlePhrase: command.data.title === current.title ? current.titlePhrase : undefined,
      notesPhrase: command.data.notes === current.notes ? current.notesPhrase : undefined,
    };
    return phrase('summary.taskEdited', { title: tx.update('tasks', command.id, { ...command.data, ...generated }, 'task').title });
  },
  'task.delete': (tx, command) => {
    const first = deleteRecords(tx, 'tasks', command.ids, 'task');
    return command.ids.length === 1 ? phrase('summary.taskDeleted', { title: first.title }) : phrase('summary.tasksDeleted', { count: command.ids.length });
  },

  'participant.add': (tx, command) => {
    requireLinksExist(tx, 'participants', command.data);
    const { conferenceId, contactId } = command.data;
    const contact = tx.require('contacts', contactId, 'contact');
    const conference = tx.require('conferences', conferenceId, 'conference');
    for (const other of tx.all('participants')) {
      if (other.conferenceId === conferenceId && other.contactId === contactId) {
        throw new CommandError('conflict', phrase('errors.alreadyParticipant', { name: contactDisplayName(contact), conference: conference.name }));
      }
    }
    if (command.data.stage === 'declined' && command.data.stageReason.trim() === '') throw declinedNeedsReason();
    tx.create('participants', command.id, command.data);
    return phrase('summary.participantAdded', { name: contactDisplayName(contact), conference: conference.name });
  },
  'participant.move': (tx, command) => {
    const participant = tx.require('participants', command.id, 'participant');
    const reason = command.reason.trim();
    if (command.stage === 'declined' && reason === '') throw declinedNeedsReason();
    tx.update('participants', command.id, { stage: command.stage, stageReason: command.stage === 'declined' ? reason : '' }, 'participant');
    const contact = tx.get('contacts', participant.contactId);
    const stage = { key: `stage.${command.stage}` } as const;
    return contact ? phrase('summary.participantMoved', { name: contactDisplayName(contact), stage }) : phrase('summary.someParticipantMoved', { stage });
  },
  'participant.remove': (tx, command) => {
    for (const id of command.ids) {
      tx.require('participants', id, 'participant');
      deleteWithReferences(tx, 'participants', id);
    }
    return phrase('summary.participantsRemoved', { count: command.ids.length });
  },
};

function declinedNeedsReason(): CommandError {
  return new CommandError('rule', phrase('errors.declineReason'));
}

type MilestoneData = Omit<Milestone, 'id' | 'rev' | 'createdAt' | 'updatedAt'>;
type TaskData = Omit<Task, 'id' | 'rev' | 'createdAt' | 'updatedAt'>;

function checkMilestone(tx: Transaction, id: string, data: MilestoneData): void {
  requireLinksExist(tx, 'milestones', data);
  for (const other of data.dependsOnIds) {
    if (other === id) throw new CommandError('rule', phrase('errors.milestoneSelf'));
    const milestone = tx.require('milestones', other, 'milestone it depends on');
    if (milestone.conferenceId !== data.conferenceId) throw new CommandError('rule', phrase('errors.milestoneOtherConference', { title: milestone.title }));
  }
  refuseCycle(id, data.dependsOnIds, (next) => tx.get('milestones', next)?.dependsOnIds ?? [], 'milestone');
}

function checkTask(tx: Transaction, id: string, data: TaskData): void {
  requireLinksExist(tx, 'tasks', data);
  const milestone = data.milestoneId ? tx.require('milestones', data.milestoneId, 'milestone') : null;
  if (milestone && data.conferenceId && milestone.conferenceId !== data.conferenceId) {
    throw new CommandError('rule', phrase('errors.taskMilestoneOtherConference', { title: milestone.title }));
  }
  if (data.schedule?.kind === 'relative' && !data.conferenceId) {
    throw new CommandError('rule', phrase('errors.relativeNeedsConference'));
  }
  for (const other of data.dependsOnIds) {
    if (other === id) throw new CommandError('rule', phrase('errors.taskSelf'));
    tx.require('tasks', other, 'task it depends on');
  }
  refuseCycle(id, data.dependsOnIds, (next) => tx.get('tasks', next)?.dependsOnIds ?? [], 'task');
}

/** Refuses a dependency that leads back to the item itself (A needs B needs A). */
function refuseCycle(id: string, dependsOn: string[], next: (id: string) => string[], what: 'milestone' | 'task'): void {
  const seen = new Set<string>();
  const stack = [...dependsOn];
  while (stack.length > 0) {
    const current = stack.pop() ?? '';
    if (current === id) throw new CommandError('rule', phrase(`errors.cycle.${what}`));
    if (seen.has(current)) continue;
    seen.add(current);
    stack.push(...next(current));
  }
}
