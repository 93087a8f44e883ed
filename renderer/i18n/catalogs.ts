import { en, type Catalog } from '../../electron/shared/i18n/en';
import { ru } from '../../electron/shared/i18n/ru';

/**
 * Every locale the UI can show. Adding Russian is this one line plus the catalog file it
 * imports: `ru` then type-checks against `Catalog`, and the settings locale picks it up.
 */
export const catalogs = { en, ru } satisfies Record<string, Catalog>;

export type Locale = keyof typeof catalogs;

export const defaultLocale: Locale = 'en';

/** Falls back to English for a locale the settings know but no catalog exists for yet. */
export function toLocale(locale: string | undefined): Locale {
  return locale !== undefined && Object.hasOwn(catalogs, locale) ? (locale as Locale) : defaultLocale;
}
