import type { PersonRef } from '../../../electron/shared/contracts/placeChannels';
import type { ProgramRow } from '../../../electron/shared/contracts/programChannels';
import { addCalendarDays } from '../../../electron/shared/dates/calendarDate';
import { phrase, type Phrase } from '../../../electron/shared/i18n/Phrase';
import { formatMinuteOfDay, parseMinuteOfDay } from '../../../electron/shared/program/programDays';
import { checkStatusMove } from '../../../electron/shared/program/programStatus';
import { REPLY_DAYS } from '../../../electron/shared/program/speakerReplies';
import type { CalendarDate } from '../../../electron/shared/schemas/common';
import type { Invitation, ProgramItemData, ProgramStatus } from '../../../electron/shared/schemas/programItem';

/** What the program item form holds: the row's own fields, numbers and times still as typed. */
export interface ProgramForm extends Pick<ProgramRow, 'titleEn' | 'titleRu' | 'descriptionEn' | 'descriptionRu' | 'kind' | 'topics' | 'place' | 'status' | 'statusReason' | 'notes'> {
  /** "" while not placed, else the day number. */
  day: string;
  start: string;
  minutes: string;
  speakers: PersonRef[];
  moderators: PersonRef[];
  invitations: Record<string, Invitation>;
  /** "" when not said. */
  proposedById: string;
}

export type ProgramFormField = 'titleEn' | 'start' | 'minutes' | 'status' | 'statusReason';

export type ProgramFormCheck =
  | { ok: true; data: ProgramItemData }
  | { ok: false; errors: Partial<Record<ProgramFormField, Phrase>>; declineReasons: Record<string, Phrase> };

/** The form for `row`, or an empty one for a new item (placed on `day` when given). */
export function programFormOf(row: ProgramRow | null, day: number | null = null): ProgramForm {
  if (!row) {
    return {
      titleEn: '',
      titleRu: '',
      descriptionEn: '',
      descriptionRu: '',
      kind: 'panel',
      topics: [],
      day: day === null ? '' : String(day),
      start: '',
      minutes: '60',
      place: '',
      speakers: [],
      moderators: [],
      invitations: {},
      proposedById: '',
      status: 'idea',
      statusReason: '',
      notes: '',
    };
  }
  const person = (p: ProgramRow['speakers'][number]): PersonRef => ({ id: p.contactId, name: p.name });
  return {
    titleEn: row.titleEn,
    titleRu: row.titleRu,
    descriptionEn: row.descriptionEn,
    descriptionRu: row.descriptionRu,
    kind: row.kind,
    topics: row.topics,
    day: row.day === null ? '' : String(row.day),
    start: row.start === null ? '' : formatMinuteOfDay(row.start),
    minutes: String(row.minutes),
    place: row.place,
    speakers: row.speakers.map(person),
    moderators: row.moderators.map(person),
    invitations: Object.fromEntries([...row.speakers, ...row.moderators].map((p) => [p.contactId, p.invitation])),
    proposedById: row.proposedBy?.id ?? '',
    status: row.status,
    statusReason: row.statusReason,
    notes: row.notes,
  };
}

/**
 * A person's invitation after the user set its status: asking starts the wait for a reply (due in
 * REPLY_DAYS, so Home can say when it is overdue); an answer keeps the day it was asked.
 */
export function invitationAfter(before: Invitation, next: Pick<Invitation, 'status' | 'reason'>, today: CalendarDate): Invitation {
  if (next.status === 'to-invite') return { status: 'to-invite', reason: '', invitedOn: null, replyBy: null };
  if (next.status === 'invited' && before.status !== 'invited') return { status: 'invited', reason: '', invitedOn: today, replyBy: addCalendarDays(today, REPLY_DAYS) };
  return { ...before, status: next.status, reason: next.status === 'declined' ? next.reason : '' };
}

/**
 * Checks the form as the rules will (a title in either language, a time like 09:30 on a chosen
 * day, a length, a reason when dropped or declined, a status reachable from `fromStatus`) and
 * builds the item's data; every refusal is a sentence beside its field.
 */
export function checkProgramForm(form: ProgramForm, conferenceId: string, fromStatus: ProgramStatus): ProgramFormCheck {
  const errors: Partial<Record<ProgramFormField, Phrase>> = {};
  const declineReasons: Record<string, Phrase> = {};
  if (!form.titleEn.trim() && !form.titleRu.trim()) errors.titleEn = phrase('errors.program.titleNeeded');
  const day = form.day === '' ? null : Number(form.day);
  const start = form.start.trim() === '' ? null : parseMinuteOfDay(form.start);
  if (form.start.trim() !== '' && start === null) errors.start = phrase('program.form.startInvalid');
  else if (start !== null && day === null) errors.start = phrase('program.form.startNeedsDay');
  const minutes = /^\d{1,4}$/u.test(form.minutes.trim()) ? Number(form.minutes.trim()) : NaN;
  if (!(minutes >= 5 && minutes <= 1440)) errors.minutes = phrase('program.form.minutesInvalid');
  const people = [...form.speakers, ...form.moderators];
  const invitations: Record<string, Invitation> = {};
  for (const p of people) {
    const invitation = form.invitations[p.id];
    if (invitation) invitations[p.id] = invitation;
  }
  for (const p of people) if (invitations[p.id]?.status === 'declined' && !invitations[p.id]?.reason.trim()) declineReasons[p.id] = phrase('errors.program.speakerDeclineReason');
  const speakerIds = form.speakers.map((p) => p.id);
  const moderatorIds = form.moderators.map((p) => p.id);
  if (form.status !== fromStatus) {
    const verdict = checkStatusMove({ status: fromStatus, day, start, speakerIds, moderatorIds, invitations }, form.status, form.statusReason);
    if (!verdict.ok) errors[verdict.rule === 'reason-required' ? 'statusReason' : 'status'] = verdict.phrase;
  }
  if (Object.keys(errors).length > 0 || Object.keys(declineReasons).length > 0) return { ok: false, errors, declineReasons };
  return {
    ok: true,
    data: {
      conferenceId,
      titleEn: form.titleEn.trim(),
      titleRu: form.titleRu.trim(),
      descriptionEn: form.descriptionEn,
      descriptionRu: form.descriptionRu,
      kind: form.kind,
      topics: form.topics,
      day,
      start,
      minutes,
      place: form.place.trim(),
      speakerIds,
      moderatorIds,
      invitations,
      proposedById: form.proposedById || null,
      status: form.status,
      statusReason: form.status === 'dropped' ? form.statusReason.trim() : '',
      notes: form.notes,
    },
  };
}
