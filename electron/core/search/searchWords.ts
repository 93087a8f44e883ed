import { foldForSearch } from '../../shared/transliteration/searchKey';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WHITESPACE = /\s+/gu;
const PLAIN_WORDS = /^[\p{L}\p{N} ]*$/u;

/**
 * Words of a field value, split at spaces and punctuation. A hyphenated or dotted word also counts
 * joined (Римский-Корсаков as rimskikorsakov), so typing it either way finds it.
 */
export function wordsOf(value: string): string[] {
  // Most values are plain words and spaces.
  if (PLAIN_WORDS.test(value)) return value.split(' ').filter((word) => word !== '');
  const words: string[] = [];
  for (const chunk of value.split(/\s+/u)) {
    const parts = chunk.split(/[^\p{L}\p{N}'"`´‘’ʹʺʼ″·]+/u).filter((part) => LETTER_OR_DIGIT.test(part));
    words.push(...parts);
    if (parts.length > 1) words.push(parts.join(''));
  }
  return words;
}

/** Only ASCII digits, at least one. A loop: this runs for every value of every contact. */
export function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** An address folded and without spaces; most have none, and are spared the regex. */
export function addressKey(email: string): string {
  const folded = foldForSearch(email);
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (code <= 0x20 || code >= 0x80) return folded.replace(WHITESPACE, '');
  }
  return folded;
}

/** A key made from a word, not an address or a number: transliterations may match inside it. */
export function isWordKey(key: string): boolean {
  return !isDigits(key) && !key.includes('@');
}
