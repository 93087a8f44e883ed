import type { FollowUpRow, FollowUpsDue } from '../../shared/contracts/interactionChannels';
import { dateOfDayNumber, dayNumberOf } from '../../shared/dates/calendarDate';
import { calendarDateInZone } from '../../shared/dates/instantInZone';
import { contactDisplayName } from '../../shared/names/contactDisplayName';
import type { Contact } from '../../shared/schemas/contact';
import type { Workspace } from '../../shared/schemas/workspace';
import { ZoneDays } from './ZoneDays';

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
  const due = dueDayOf(contact, lastInteraction, new ZoneDays(homeZone));
  if (due === null) return null;
  return { due: dateOfDayNumber(due), daysOverdue: dayNumberOf(today) - due, lastInteraction };
}

/** followUpStatus's due day as a day number, for scans that name only the rows they show. */
function dueDayOf(contact: Contact, lastInteraction: string | null, days: ZoneDays): number | null {
  return contact.followUp ? days.dayOf(lastInteraction ?? contact.createdAt) + contact.followUp.everyDays : null;
}

const byName = new Intl.Collator().compare;

interface DueContact {
  contact: Contact;
  /** Day numbers (ZoneDays.dayOf): the due day, and days past it. */
  due: number;
  daysOverdue: number;
  lastInteraction: string | null;
}

/**
 * Contacts (outside the Trash) whose follow-up is due today or overdue, most overdue first.
 * `withCadence` narrows the search to the contacts that have a cadence (WorkspaceService keeps
 * that list), so a workspace of 100,000 contacts is not listed whole on every change.
 */
export function followUpsDue(ws: Readonly<Workspace>, now: Date, limit: number, withCadence: Iterable<Contact> = Object.values(ws.contacts)): FollowUpsDue {
  const zone = ws.settings.homeZone;
  const today = calendarDateInZone(now, zone);
  const last = lastInteractionByContact(ws);
  // Asked on every change while Home shows: one offset lookup per day, not a format per contact.
  const days = new ZoneDays(zone);
  const todayNumber = dayNumberOf(today);
  const due: DueContact[] = [];
  for (const contact of withCadence) {
    if (contact.deletedAt) continue;
    const lastInteraction = last.get(contact.id) ?? null;
    const dueDay = dueDayOf(contact, lastInteraction, days);
    if (dueDay !== null && todayNumber >= dueDay) due.push({ contact, due: dueDay, daysOverdue: todayNumber - dueDay, lastInteraction });
  }
  // Home shows a handful of the thousands that may be due: order by days alone (numbers), then name
  // and order by name only those as overdue as the last one shown, not every contact due.
  due.sort((a, b) => b.daysOverdue - a.daysOverdue);
  const shown = Math.max(0, Math.min(Math.floor(limit) || 0, due.length));
  const cut = shown > 0 ? due[shown - 1]?.daysOverdue : undefined;
  let end = shown;
  while (cut !== undefined && due[end]?.daysOverdue === cut) end++;
  const rows = due.slice(0, end).map(
    ({ contact, due: dueDay, daysOverdue, lastInteraction }): FollowUpRow => ({
      contactId: contact.id,
      name: contactDisplayName(contact),
      everyDays: contact.followUp?.everyDays ?? 0,
      due: dateOfDayNumber(dueDay),
      daysOverdue,
      lastInteraction,
    }),
  );
  // The default collator orders as localeCompare() does, without setting one up per comparison.
  rows.sort((a, b) => b.daysOverdue - a.daysOverdue || byName(a.name, b.name) || (a.contactId < b.contactId ? -1 : 1));
  return { today, total: due.length, rows: rows.slice(0, shown) };
}
