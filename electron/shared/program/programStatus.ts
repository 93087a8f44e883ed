import { phrase, type Phrase } from '../i18n/Phrase';
import type { Invitation, ProgramStatus } from '../schemas/programItem';

/** The part of an item the status rules look at. */
export interface StatusRuleItem {
  status: ProgramStatus;
  day: number | null;
  start: number | null;
  speakerIds: readonly string[];
  moderatorIds: readonly string[];
  invitations: Readonly<Record<string, Invitation>>;
}

export type StatusRule = 'same-status' | 'reason-required' | 'confirm-needs-agreement' | 'confirm-needs-time' | 'confirm-needs-speakers';

export type StatusVerdict = { ok: true } | { ok: false; rule: StatusRule; phrase: Phrase };

/**
 * The rules of the program's status, in one place. Any move is allowed (the partner may agree to
 * an idea at once, a dropped item may come back) except what these forbid:
 * 1. Dropping needs a reason, as a candidacy leaving the race does.
 * 2. Only an item agreed by both organisations can be confirmed;
 * 3. a confirmed item has a day and an hour;
 * 4. and every speaker and moderator on it has accepted.
 */
export function checkStatusMove(item: StatusRuleItem, to: ProgramStatus, reason: string): StatusVerdict {
  if (item.status === to) return refused('same-status', phrase('errors.program.sameStatus', { status: { key: `program.status.${to}` } }));
  if (to === 'dropped' && reason.trim() === '') return refused('reason-required', phrase('errors.program.dropReason'));
  if (to === 'confirmed') {
    if (item.status !== 'agreed') return refused('confirm-needs-agreement', phrase('errors.program.confirmNeedsAgreement'));
    if (item.day === null || item.start === null) return refused('confirm-needs-time', phrase('errors.program.confirmNeedsTime'));
    const waiting = [...item.speakerIds, ...item.moderatorIds].filter((id) => item.invitations[id]?.status !== 'accepted');
    if (waiting.length > 0) return refused('confirm-needs-speakers', phrase('errors.program.confirmNeedsSpeakers', { count: waiting.length }));
  }
  return { ok: true };
}

function refused(rule: StatusRule, said: Phrase): StatusVerdict {
  return { ok: false, rule, phrase: said };
}

/** The order statuses are shown in (columns, filters, the spreadsheet's help row). */
export const programStatuses: readonly ProgramStatus[] = ['idea', 'proposed', 'agreed', 'confirmed', 'dropped'];
