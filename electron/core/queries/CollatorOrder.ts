/** Basic Latin and Russian letters, the space and the hyphen: what almost every name is written in. */
export const LATIN_CYRILLIC = ' -abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZабвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ';

const MAX_KEY = 512;

/**
 * An Intl.Collator's order, made cheap to sort by. JavaScript gives no collation sort keys, and a
 * collator's compare costs about a microsecond: sorting 100,000 names takes 1.5 million of them
 * (B10 measured 0.5 s of CPU before the first rows). But a key written only in characters of
 * `alphabet` compares, under a collator of base sensitivity, exactly as the string of those
 * characters' primary classes compares code unit by code unit: none of them contracts or expands
 * in ICU's Latin and Cyrillic (a combining mark, which could, is not in the alphabet), and the
 * classes come from the collator itself (the alphabet sorted by it, letters it holds equal, "е"
 * and "ё", sharing one). `sortKey` gives that string, or null for a key with any other character,
 * which the caller compares with `compare` instead; the two never disagree (its tests check this
 * against the collator on random keys).
 */
export class CollatorOrder {
  readonly compare: (a: string, b: string) => number;
  /** The class of each code unit below `classOf.length`, counted from 1; 0 for none. */
  private readonly classOf: Uint16Array;

  constructor(collator: Intl.Collator, alphabet: string) {
    this.compare = collator.compare;
    const options = collator.resolvedOptions();
    const chars = [...new Set(alphabet)];
    // Accents and case count at other sensitivities, and ignored punctuation breaks the argument:
    // then no key has a shortcut.
    const usable = options.sensitivity === 'base' && !options.ignorePunctuation && chars.every((c) => c.length === 1);
    this.classOf = new Uint16Array(usable ? Math.max(0, ...chars.map((c) => c.charCodeAt(0) + 1)) : 0);
    if (!usable) return;
    chars.sort(collator.compare);
    let rank = 0;
    chars.forEach((char, i) => {
      if (i === 0 || collator.compare(chars[i - 1] as string, char) !== 0) rank++;
      this.classOf[char.charCodeAt(0)] = rank;
    });
  }

  /** A string whose code-unit order is the collator's order of `key`, or null when the key has none. */
  sortKey(key: string): string | null {
    // Names are short; a long key would only cost a big array (and a spread's stack).
    if (key.length > MAX_KEY) return null;
    const classes = new Array<number>(key.length);
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      const rank = code < this.classOf.length ? (this.classOf[code] as number) : 0;
      if (rank === 0) return null;
      classes[i] = rank;
    }
    return String.fromCharCode(...classes);
  }
}
