import { describe, expect, it } from 'vitest';
import { fuzzyDateInputText } from '../../../electron/shared/dates/fuzzyDateInputText';
import { parseFuzzyDate } from '../../../electron/shared/dates/parseFuzzyDate';
import type { FuzzyDate } from '../../../electron/shared/schemas/fuzzyDate';

function typed(text: string): FuzzyDate {
  const parsed = parseFuzzyDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

describe('the text a date field starts with', () => {
  it('writes a date typed in English in Russian words in the Russian window, and back', () => {
    expect(fuzzyDateInputText(typed('late September or early October 2027'), 'ru')).toBe('конец сентября – начало октября 2027');
    expect(fuzzyDateInputText(typed('probably 2028'), 'ru')).toBe('вероятно, 2028 год');
    expect(fuzzyDateInputText(typed('осень 2019'), 'en')).toBe('autumn 2019');
  });

  it('keeps the words the user typed when they are in the window’s language, or have no letters', () => {
    expect(fuzzyDateInputText(typed('late September or early October 2027'), 'en')).toBe('late September or early October 2027');
    expect(fuzzyDateInputText(typed('осенью 2019'), 'ru')).toBe('осенью 2019');
    expect(fuzzyDateInputText(typed('2019-10-03'), 'ru')).toBe('2019-10-03');
  });

  it('keeps the typed words when the window’s words would read back as another date', () => {
    // "1–7 октября 2019" reads back as a range, not as the first week: the user's words stay.
    expect(fuzzyDateInputText(typed('first week of October 2019'), 'ru')).toBe('first week of October 2019');
  });
});
