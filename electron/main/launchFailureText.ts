import { en } from '../shared/i18n/en';
import { phraseText, type Phrase } from '../shared/i18n/Phrase';
import { ru } from '../shared/i18n/ru';
import { translate } from '../shared/i18n/translate';

/**
 * The error box shown when the workspace cannot be opened. No settings are loaded yet, so the
 * OS's language chooses; a refusal core said as a phrase (the workspace is in use) is shown in
 * it, anything else in core's English.
 */
export function launchFailureText(error: unknown, osLocale: string): { title: string; content: string } {
  const locale = osLocale.toLowerCase().startsWith('ru') ? 'ru' : 'en';
  const catalog = locale === 'ru' ? ru : en;
  const english = error instanceof Error ? error.message : String(error);
  const said = saidAs(error);
  const content = said ? (phraseText((key, params) => translate(catalog, locale, key, params), said, locale) ?? english) : english;
  return { title: translate(catalog, locale, 'launch.failedTitle'), content };
}

function saidAs(error: unknown): Phrase | null {
  if (typeof error !== 'object' || error === null || !('phrase' in error)) return null;
  const { phrase } = error;
  return typeof phrase === 'object' && phrase !== null && 'key' in phrase ? (phrase as Phrase) : null;
}
