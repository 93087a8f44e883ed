import type { Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { ru } from 'date-fns/locale/ru';

/**
 * The date-fns locale for the app's locale: every date the UI shows is formatted through it, so
 * Russian reads «5 окт. 2026 г., 14:00» and month names come from the same place everywhere.
 * Only these two locales are imported, to keep the bundle lean.
 */
export function dateLocale(locale: string): Locale {
  return locale === 'ru' || locale.startsWith('ru-') ? ru : enUS;
}
