import type { CalendarDate } from '../schemas/common';
import type { Invitation } from '../schemas/programItem';

/** How long a speaker is given to answer when the invitation does not say. */
export const REPLY_DAYS = 14;

/** Invited, not answered, and the day a reply was due has passed. */
export function isReplyOverdue(invitation: Invitation | undefined, today: CalendarDate): boolean {
  return invitation?.status === 'invited' && invitation.replyBy !== null && invitation.replyBy < today;
}
