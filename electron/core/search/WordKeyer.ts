import { searchKeys, searchLetters } from '../../shared/transliteration/searchKey';
import { isDigits } from './searchWords';

export interface WordKey {
  key: string;
  /** A less likely reading of the word, which one or two typed letters do not match. */
  alternative: boolean;
}

const CYRILLIC = /[\u0400-\u04ff]/u;
// Past this many distinct words the cache starts again rather than grow for ever.
const MAX_CACHED_WORDS = 200_000;

/**
 * The search keys of one word of a contact: its skeletons in every romanisation (searchKey.ts),
 * the likely one first, and a Latin word's own spelling. Names repeat across contacts, so each
 * distinct word is transcribed once and remembered.
 */
export class WordKeyer {
  private cache = new Map<string, WordKey[]>();

  keysOf(word: string): WordKey[] {
    // Numbers (phones, years) are their own key, and too many and too varied to cache.
    if (isDigits(word)) return [{ key: word, alternative: false }];
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const keys = searchKeys(word).map((key, i) => ({ key, alternative: i > 0 }));
    // Latin words also keep their spelling, so "Fyodorov" typed exactly outranks its look-alikes.
    // Cyrillic ones need not: their skeleton is exact.
    const folded = searchLetters(word);
    if (folded !== '' && !CYRILLIC.test(folded)) {
      const same = keys.find((k) => k.key === folded);
      if (same === undefined) keys.push({ key: folded, alternative: false });
      else same.alternative = false;
    }
    if (this.cache.size > MAX_CACHED_WORDS) this.cache.clear();
    this.cache.set(word, keys);
    return keys;
  }

  clear(): void {
    this.cache.clear();
  }
}
