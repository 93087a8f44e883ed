import type { BirthdayRow, BirthdaysSoon } from '../../shared/contracts/birthdayChannels';
import { addCalendarDays, calendarDate, calendarDaysBetween, daysInMonth, splitCalendarDate } from '../../shared/dates/calendarDate';
import { calendarDateInZone } from '../../shared/dates/instantInZone';
import { contactDisplayName } from '../../shared/names/contactDisplayName';
import type { Contact } from '../../shared/schemas/contact';
import type { Workspace } from '../../shared/schemas/workspace';

const byName = new Intl.Collator().compare;

/**
 * The day a birthday (`1961-04-12`, or `--04-12` without the year) is next celebrated on or after
 * `today`. A February 29 birthday is kept on February 28 in a year without one (the custom in
 * Russia and the date most calendars pick), so it is never skipped.
 */
export function nextBirthday(birthday: string, today: string): string {
  const [month = 1, day = 1] = birthday.slice(birthday.startsWith('--') ? 2 : 5).split('-').map(Number);
  const { year } = splitCalendarDate(today);
  const on = (y: number) => calendarDate(y, month, Math.min(day, daysInMonth(y, month)));
  return on(year) >= today ? on(year) : on(year + 1);
}

/**
 * Contacts (outside the Trash) whose birthday falls from today through `days - 1` days ahead, in
 * the home zone's calendar, soonest first, then by name. A birthday stored without its year counts
 * the same; only the age it would give is unknown. Greeting officials on their birthday is part of
 * the protocol in Russia, so Home lists them and main reminds on the day.
 */
export function birthdaysSoon(ws: Readonly<Workspace>, now: Date, days: number, limit: number): BirthdaysSoon {
  const today = calendarDateInZone(now, ws.settings.homeZone);
  const last = addCalendarDays(today, days - 1);
  const rows: BirthdayRow[] = [];
  for (const contact of Object.values<Contact>(ws.contacts)) {
    if (!contact.birthday || contact.deletedAt) continue;
    const on = nextBirthday(contact.birthday, today);
    if (on > last) continue;
    const born = contact.birthday.startsWith('--') ? null : splitCalendarDate(contact.birthday).year;
    rows.push({ contactId: contact.id, name: contactDisplayName(contact), on, inDays: calendarDaysBetween(today, on), turns: born === null ? null : splitCalendarDate(on).year - born });
  }
  rows.sort((a, b) => a.inDays - b.inDays || byName(a.name, b.name) || (a.contactId < b.contactId ? -1 : 1));
  return { today, rows: rows.slice(0, limit) };
}
