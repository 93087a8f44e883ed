import { formatFuzzyDate } from '../dates/formatFuzzyDate';
import type { FuzzyDate } from '../schemas/fuzzyDate';
import { en, type MessageKey } from './en';
import { translate, type Params } from './translate';

/**
 * A sentence core says without choosing its language: a catalog key and the values it embeds.
 * Core returns phrases (undo summaries, refusals); the renderer shows them in the UI's locale,
 * while the CLI and the logs print the English rendering. A param that is itself a word of the
 * catalog (a stage, an offer item) or a whole sentence is given as a phrase, so it is translated
 * too; a fuzzy date is given as `{ fuzzyDate }` and worded in the reader's language.
 */
export type PhraseParam = string | number | Phrase | { readonly fuzzyDate: FuzzyDate };

export interface Phrase {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, PhraseParam>>;
}

/**
 * A phrase as it crosses a boundary or is read back from disk: a store written by a newer
 * Liaison may hold keys this one does not know, so keys are plain strings until checked.
 */
export interface StoredPhrase {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number | StoredPhrase | { readonly fuzzyDate: FuzzyDate }>>;
}

export type TranslateFn = (key: MessageKey, params?: Params) => string;

export function phrase(key: MessageKey, params?: Record<string, PhraseParam>): Phrase {
  return params ? { key, params } : { key };
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/**
 * The phrase in `t`'s language (`locale` words the fuzzy dates); null when a key is unknown here,
 * and then the English text kept beside the phrase is shown instead.
 */
export function phraseText(t: TranslateFn, said: StoredPhrase, locale = 'en'): string | null {
  if (!isMessageKey(said.key)) return null;
  const params: Params = {};
  for (const [name, value] of Object.entries(said.params ?? {})) {
    if (typeof value !== 'object') {
      params[name] = value;
    } else if ('fuzzyDate' in value) {
      params[name] = formatFuzzyDate(value.fuzzyDate, locale === 'ru' ? 'ru' : 'en');
    } else {
      const inner = phraseText(t, value, locale);
      if (inner === null) return null;
      params[name] = inner;
    }
  }
  return t(said.key, params);
}

const english: TranslateFn = (key, params) => translate(en, 'en', key, params);

/** The English rendering: what the CLI prints, the logs keep and older readers of the store show. */
export function englishText(said: Phrase): string {
  return phraseText(english, said) ?? said.key;
}
