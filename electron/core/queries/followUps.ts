import type { FollowUpRow, FollowUpsDue } from '../../shared/contracts/interactionChannels';
import { addCalendarDays, calendarDaysBetween } from '../../shared/dates/calendarDate';
import { calendarDateInZone } from '../../shared/dates/instantInZone';
import { contactDisplayName } from '../../shared/names/contactDisplayName';
import type { Contact } from '../../shared/schemas/contact';
import type { Workspace } from '../../shared/schemas/workspace';

export interface FollowUpStatus {
  due: string;
  daysOverdue: number;
  lastInteraction: string | null;
}

/** The newest interaction instant per contact, in one pass over the log. */
export function lastInteractionByContact(ws: Readonly<Workspace>): Map<string, string> {
  const last = new Map<string, string>();
  for (const interaction of Object.values(ws.interactions)) {
    for (const id of interaction.contactIds) {
      const known = last.get(id);
      if (!known || interaction.at > known) last.set(id, interaction.at);
    }
  }
  return last;
}

/**
 * When a contact's cadence next falls due: the day of the last interaction with them (or of the
 * day they were added), in the home zone, plus `everyDays`. Logging an interaction restarts it.
 * `today` is a calendar date in the home zone too; null for a contact with no cadence.
 */
export function followUpStatus(contact: Contact, lastInteraction: string | null, today: string, homeZone: string): FollowUpStatus | null {
  if (!contact.followUp) return null;
  const start = calendarDateInZone(lastInteraction ?? contact.createdAt, homeZone);
  const due = addCalendarDays(start, contact.followUp.everyDays);
  return { due, daysOverdue: calendarDaysBetween(due, today), lastInteraction };
}

/** Contacts (outside the Trash) whose follow-up is due today or overdue, most overdue first. */
export function followUpsDue(ws: Readonly<Workspace>, now: Date, limit: number): FollowUpsDue {
  const zone = ws.settings.homeZone;
  const today = calendarDateInZone(now, zone);
  const last = lastInteractionByContact(ws);
  const rows: FollowUpRow[] = [];
  for (const contact of Object.values(ws.contacts)) {
    if (!contact.followUp || contact.deletedAt) continue;
    const status = followUpStatus(contact, last.get(contact.id) ?? null, today, zone);
    if (!status || status.daysOverdue < 0) continue;
    rows.push({ contactId: contact.id, name: contactDisplayName(contact), everyDays: contact.followUp.everyDays, ...status });
  }
  rows.sort((a, b) => b.daysOverdue - a.daysOverdue || a.name.localeCompare(b.name) || (a.contactId < b.contactId ? -1 : 1));
  return { today, total: rows.length, rows: rows.slice(0, limit) };
}
