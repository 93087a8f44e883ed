import type { ProgramChange } from '../../shared/commands/programCommands';
import { phrase } from '../../shared/i18n/Phrase';
import { contactDisplayName } from '../../shared/names/contactDisplayName';
import { programChangeProblem } from '../../shared/program/programChangeProblem';
import { checkStatusMove } from '../../shared/program/programStatus';
import type { ProgramItem, ProgramItemData, ProgramStatus } from '../../shared/schemas/programItem';
import type { Appliers } from './Applier';
import { CommandError } from './CommandError';
import { deleteRecords } from './deleteRecords';
import { requireLinksExist } from './requireLinksExist';
import type { Transaction } from './Transaction';

type ProgramCommand =
  | 'program.create'
  | 'program.update'
  | 'program.place'
  | 'program.move'
  | 'program.delete'
  | 'program.invite'
  | 'program.setVenueHours'
  | 'program.import'
  | 'participant.setArrival';

/** The title a summary names: the English, else the Russian. */
const titleOf = (item: { titleEn: string; titleRu: string }): string => item.titleEn || item.titleRu;

export const programAppliers: Appliers<ProgramCommand> = {
  'program.create': (tx, command) => {
    const data = withoutStaleInvitations(command.data);
    checkItem(tx, data);
    // A new item starts as an idea; the status it is created with must be reachable from there.
    if (data.status !== 'idea') requireStatusMove({ ...data, status: 'idea' }, data.status, data.statusReason);
    const item = tx.create('programItems', command.id, data);
    addUsSpeakersToFunnel(tx, item, command.participantIds);
    return phrase('summary.program.added', { title: titleOf(item) });
  },
  'program.update': (tx, command) => {
    const current = tx.require('programItems', command.id, 'program item');
    const data = withoutStaleInvitations(command.data);
    checkItem(tx, data);
    if (data.conferenceId !== current.conferenceId) throw new CommandError('rule', phrase('errors.program.otherConference'));
    if (data.status !== current.status) requireStatusMove({ ...data, status: current.status }, data.status, data.statusReason);
    const item = tx.update('programItems', command.id, { ...data, statusReason: data.status === 'dropped' ? data.statusReason : '' }, 'program item');
    addUsSpeakersToFunnel(tx, item, command.participantIds);
    return phrase('summary.program.edited', { title: titleOf(item) });
  },
  'program.place': (tx, command) => {
    const current = tx.require('programItems', command.id, 'program item');
    // A confirmed item keeps its hour: moving it would break what both sides agreed.
    if (current.status === 'confirmed' && (command.day !== current.day || command.start !== current.start)) {
      throw new CommandError('rule', phrase('errors.program.confirmedFixed'));
    }
    const item = tx.update('programItems', command.id, { day: command.day, start: command.start, minutes: command.minutes ?? current.minutes }, 'program item');
    return phrase('summary.program.placed', { title: titleOf(item) });
  },
  'program.move': (tx, command) => {
    const current = tx.require('programItems', command.id, 'program item');
    requireStatusMove(current, command.status, command.reason);
    const item = tx.update('programItems', command.id, { status: command.status, statusReason: command.status === 'dropped' ? command.reason.trim() : '' }, 'program item');
    return phrase('summary.program.moved', { title: titleOf(item), status: { key: `program.status.${command.status}` } });
  },
  'program.delete': (tx, command) => {
    const first = deleteRecords(tx, 'programItems', command.ids, 'program item');
    return command.ids.length === 1 ? phrase('summary.program.deleted', { title: titleOf(first) }) : phrase('summary.program.deletedMany', { count: command.ids.length });
  },
  'program.invite': (tx, command) => {
    const item = tx.require('programItems', command.id, 'program item');
    const contact = tx.require('contacts', command.contactId, 'contact');
    if (!item.speakerIds.includes(command.contactId) && !item.moderatorIds.includes(command.contactId)) {
      throw new CommandError('rule', phrase('errors.program.notSpeaker', { name: contactDisplayName(contact) }));
    }
    const reason = command.reason.trim();
    if (command.status === 'declined' && reason === '') throw new CommandError('rule', phrase('errors.program.speakerDeclineReason'));
    const before = item.invitations[command.contactId];
    const invitation = {
      status: command.status,
      reason: command.status === 'declined' ? reason : '',
      // Answering keeps the day it was asked; asking again starts a new wait.
      invitedOn: command.status === 'to-invite' ? null : (command.invitedOn ?? before?.invitedOn ?? null),
      replyBy: command.status === 'to-invite' ? null : (command.replyBy ?? before?.replyBy ?? null),
    };
    tx.update('programItems', command.id, { invitations: { ...item.invitations, [command.contactId]: invitation } }, 'program item');
    return phrase('summary.program.invited', { name: contactDisplayName(contact), status: { key: `program.invitation.${command.status}` } });
  },
  'program.setVenueHours': (tx, command) => {
    if (command.hours && command.hours.closes <= command.hours.opens) throw new CommandError('rule', phrase('errors.program.venueHours'));
    const conference = tx.update('conferences', command.conferenceId, { venueHours: command.hours ?? undefined }, 'conference');
    return phrase('summary.program.venueHours', { name: conference.name });
  },
  'participant.setArrival': (tx, command) => {
    const participant = tx.update('participants', command.id, { arrivesAt: command.arrivesAt }, 'participant');
    const contact = tx.get('contacts', participant.contactId);
    return phrase('summary.program.arrival', { name: contact ? contactDisplayName(contact) : '—' });
  },
  'program.import': (tx, command) => {
    tx.require('conferences', command.conferenceId, 'conference');
    for (const { id, data } of command.creates) {
      if (data.conferenceId !== command.conferenceId) throw new CommandError('rule', phrase('errors.program.otherConference'));
      checkItem(tx, data);
      if (data.status !== 'idea') requireStatusMove({ ...data, status: 'idea' }, data.status, data.statusReason);
      tx.create('programItems', id, withoutStaleInvitations(data));
    }
    for (const { id, change } of command.updates) {
      const current = tx.require('programItems', id, 'program item');
      if (current.conferenceId !== command.conferenceId) throw new CommandError('rule', phrase('errors.program.otherConference'));
      applyChange(tx, current, change);
    }
    return phrase('summary.program.imported', { count: command.creates.length + command.updates.length });
  },
};

function applyChange(tx: Transaction, current: ProgramItem, change: ProgramChange): void {
  const problem = programChangeProblem(current, change);
  if (problem) throw new CommandError('rule', problem);
  const { statusReason, ...fields } = change;
  const next = { ...current, ...fields };
  if (next.titleEn.trim() === '' && next.titleRu.trim() === '') throw new CommandError('invalid', phrase('errors.program.titleNeeded'));
  const reason = next.status === 'dropped' ? (statusReason ?? current.statusReason).trim() : '';
  tx.update('programItems', current.id, { ...fields, statusReason: reason }, 'program item');
}

type StatusSubject = Pick<ProgramItem, 'status' | 'day' | 'start' | 'speakerIds' | 'moderatorIds' | 'invitations'>;

function requireStatusMove(item: StatusSubject, to: ProgramStatus, reason: string): void {
  const verdict = checkStatusMove(item, to, reason);
  if (!verdict.ok) throw new CommandError('rule', verdict.phrase);
}

/** Links exist, a title in at least one language, a declined speaker has a reason. */
function checkItem(tx: Transaction, data: ProgramItemData): void {
  requireLinksExist(tx, 'programItems', data);
  if (data.titleEn.trim() === '' && data.titleRu.trim() === '') throw new CommandError('invalid', phrase('errors.program.titleNeeded'));
  for (const invitation of Object.values(data.invitations)) {
    if (invitation.status === 'declined' && invitation.reason.trim() === '') throw new CommandError('rule', phrase('errors.program.speakerDeclineReason'));
  }
}

/** Invitations are kept only for people still on the item, so a removed speaker leaves nothing behind. */
function withoutStaleInvitations(data: ProgramItemData): ProgramItemData {
  const people = new Set([...data.speakerIds, ...data.moderatorIds]);
  return { ...data, invitations: Object.fromEntries(Object.entries(data.invitations).filter(([id]) => people.has(id))) };
}

/**
 * A US speaker or moderator is also a participant: the recruitment funnel must bring them to the
 * conference, with a visa and travel. Those not yet in the funnel are added at its first stage.
 */
function addUsSpeakersToFunnel(tx: Transaction, item: ProgramItem, participantIds: Readonly<Record<string, string>>): void {
  const already = new Set([...tx.all('participants')].filter((p) => p.conferenceId === item.conferenceId).map((p) => p.contactId));
  for (const contactId of new Set([...item.speakerIds, ...item.moderatorIds])) {
    if (already.has(contactId) || !isUsContact(tx, contactId)) continue;
    const id = participantIds[contactId];
    if (!id) throw new CommandError('invalid', phrase('errors.program.participantIdMissing'));
    tx.create('participants', id, { conferenceId: item.conferenceId, contactId, stage: 'identified', stageReason: '', partnershipId: null, notes: '' });
  }
}

/** A contact is from the US when one of their cities is. */
export function isUsContact(tx: Pick<Transaction, 'get'>, contactId: string): boolean {
  const contact = tx.get('contacts', contactId);
  return !!contact && contact.cityIds.some((cityId) => tx.get('cities', cityId)?.country === 'US');
}

