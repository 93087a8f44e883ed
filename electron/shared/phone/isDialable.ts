// Digits and the punctuation people write numbers with, an extension marker ("ext", "x", "доб")
// and the pause and wait characters a dialler understands (",", ";", "#", "*").
const DIAL_CHARACTERS = /^[+\d\s().\-/#*,;]*(?:(?:ext\.?|x|доб\.?)\s*\d+)?$/iu;

/**
 * Whether a phone can dial the number as written. A vanity number ("+1-800-MYFAX"), a placeholder
 * ("n/a", "000") or a text a card put in a TEL line is kept as typed and shown as not dialable,
 * and every export writes it back as it came.
 */
export function isDialable(value: string): boolean {
  const text = value.trim();
  return DIAL_CHARACTERS.test(text) && (text.match(/\d/gu)?.length ?? 0) >= 3 && !/^[0\s+().-]*$/u.test(text);
}
