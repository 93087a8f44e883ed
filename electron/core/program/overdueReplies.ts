import type { OverdueReply } from '../../shared/contracts/programChannels';
import { calendarDaysBetween } from '../../shared/dates/calendarDate';
import { contactDisplayName } from '../../shared/names/contactDisplayName';
import { isReplyOverdue } from '../../shared/program/speakerReplies';
import type { CalendarDate } from '../../shared/schemas/common';
import type { Workspace } from '../../shared/schemas/workspace';

/** Speakers invited to a live program item whose reply is past due, the longest overdue first. */
export function overdueReplies(ws: Readonly<Workspace>, today: CalendarDate): OverdueReply[] {
  const replies: OverdueReply[] = [];
  for (const item of Object.values(ws.programItems)) {
    if (item.status === 'dropped') continue;
    const conference = ws.conferences[item.conferenceId];
    // Only people still on the item: a contact deleted for good leaves its invitation behind until the next edit.
    for (const contactId of new Set([...item.speakerIds, ...item.moderatorIds])) {
      const invitation = item.invitations[contactId];
      if (!invitation || !isReplyOverdue(invitation, today) || !invitation.replyBy) continue;
      const contact = ws.contacts[contactId];
      replies.push({
        itemId: item.id,
        conferenceId: item.conferenceId,
        conferenceName: conference?.name ?? '',
        title: item.titleEn || item.titleRu,
        titleRu: item.titleRu || item.titleEn,
        contactId,
        name: contact ? contactDisplayName(contact) : '—',
        replyBy: invitation.replyBy,
        daysOverdue: calendarDaysBetween(invitation.replyBy, today),
      });
    }
  }
  return replies.sort((a, b) => b.daysOverdue - a.daysOverdue || a.name.localeCompare(b.name));
}
