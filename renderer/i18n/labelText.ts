import { phraseText, type StoredPhrase } from '../../electron/shared/i18n/Phrase';
import type { T } from './createT';

/**
 * An undo summary in the current locale. Replies are put in the locale when they arrive
 * (localizeApi), but the history status is kept across a language switch, so what it shows is
 * translated again from its label at render time; `fallback` is the text it arrived with.
 */
export function labelText(t: T, locale: string, label: StoredPhrase | null | undefined, fallback: string): string {
  return (label ? phraseText(t, label, locale) : null) ?? fallback;
}
