import type { BirthdaysSoon } from '../shared/contracts/birthdayChannels';
import type { FollowUpsDue } from '../shared/contracts/interactionChannels';
import type { NextSteps } from '../shared/contracts/negotiationChannels';
import { formatCalendarDate } from '../shared/dates/instantInZone';
import type { Catalog, MessageKey } from '../shared/i18n/en';
import { translate, type Params } from '../shared/i18n/translate';

export interface DueNotification {
  title: string;
  body: string;
}

/** More than this at once is one summary notification, not a burst of them. */
const MAX_SINGLE = 3;

/**
 * The desktop notifications to show for birthdays today and follow-ups and next steps that are due: each once per due
 * day while the app runs (`seen` remembers them), so a follow-up that slips to tomorrow comes
 * back tomorrow, and nothing repeats every time the list is checked.
 */
export function dueNotifications(
  followUps: FollowUpsDue,
  steps: NextSteps,
  seen: Set<string>,
  catalog: Catalog,
  locale: string,
  birthdays: BirthdaysSoon = { today: followUps.today, rows: [] },
): DueNotification[] {
  const t = (key: MessageKey, params?: Params) => translate(catalog, locale, key, params);
  const fresh: DueNotification[] = [];
  // A birthday reminds on the day itself; the week ahead is on Home.
  for (const row of birthdays.rows) {
    if (row.inDays !== 0) continue;
    const key = `birthday:${row.contactId}:${birthdays.today}`;
    if (seen.has(key)) continue;
    seen.add(key);
    fresh.push({ title: t('notify.birthdayTitle', { name: row.name }), body: row.turns === null ? t('notify.birthdayBody') : t('notify.birthdayBodyAge', { count: row.turns }) });
  }
  for (const row of followUps.rows) {
    const key = `follow-up:${row.contactId}:${followUps.today}`;
    if (seen.has(key)) continue;
    seen.add(key);
    fresh.push({
      title: t('notify.followUpTitle', { name: row.name }),
      body: row.daysOverdue > 0 ? t('notify.followUpOverdue', { count: row.daysOverdue }) : t('notify.followUpToday'),
    });
  }
  for (const row of steps.rows) {
    const key = `step:${row.source}:${row.id}:${steps.today}`;
    if (seen.has(key)) continue;
    seen.add(key);
    fresh.push({ title: t('notify.stepTitle', { city: row.city }), body: t('notify.stepBody', { text: row.text, conference: row.conference, date: formatCalendarDate(row.due, locale) }) });
  }
  if (fresh.length <= MAX_SINGLE) return fresh;
  return [{ title: t('notify.manyTitle', { count: fresh.length }), body: t('notify.manyBody') }];
}
