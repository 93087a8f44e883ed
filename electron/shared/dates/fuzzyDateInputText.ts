import type { FuzzyDate } from '../schemas/fuzzyDate';
import { formatFuzzyDate, type DateLocale } from './formatFuzzyDate';
import { parseFuzzyDate } from './parseFuzzyDate';

const CYRILLIC = /[\u0400-\u04FF]/u;

/**
 * What a date field shows for a saved fuzzy date: the words the user typed when they are in the
 * window's language (or have no letters: "2019-10-03"); otherwise the date as the window's
 * language writes it, so the Russian window does not show "late September or early October 2027"
 * typed in English (or made by the sample). Only when those words read back as the same date;
 * else the typed words stay, since they are what the user meant.
 */
export function fuzzyDateInputText(date: FuzzyDate, locale: DateLocale): string {
  const russianWindow = locale === 'ru';
  const hasLetters = /\p{L}/u.test(date.label);
  if (!hasLetters || CYRILLIC.test(date.label) === russianWindow) return date.label;
  const words = formatFuzzyDate(date, locale);
  const back = parseFuzzyDate(words);
  if (!back.ok) return date.label;
  const same = back.value.earliest === date.earliest && back.value.latest === date.latest && back.value.precision === date.precision && back.value.uncertain === date.uncertain;
  return same ? words : date.label;
}
