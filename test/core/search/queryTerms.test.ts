import { describe, expect, it } from 'vitest';
import { queryTerms } from '../../../electron/core/search/queryTerms';
import { WordKeyer } from '../../../electron/core/search/WordKeyer';
import { addressKey, isDigits, wordsOf } from '../../../electron/core/search/searchWords';
import { surnameNominatives } from '../../../electron/shared/transliteration/surnameCases';

describe('queryTerms', () => {
  it('splits at spaces and keeps short terms to names', () => {
    const terms = queryTerms('Iv Volgograd');
    expect(terms.map((t) => t.namesOnly)).toEqual([true, false]);
    expect(queryTerms(' - / ')).toEqual([]);
  });

  it('reads a term as typed, transliterated and on the other keyboard layout', () => {
    const [term] = queryTerms('Djkujuhfl');
    const keys = term?.patterns.map((p) => p.key) ?? [];
    expect(keys).toContain('djkujuhfl');
    // Волгоград's keys, read from the swapped layout.
    expect(keys.some((key) => key.startsWith('volgograd') || key.startsWith('vlggrd'))).toBe(true);
  });

  it('reads a declined surname as its nominatives, whole words only', () => {
    const [term] = queryTerms('Смирновой ');
    const declined = term?.patterns.filter((p) => p.prefix === 0 && p.substring === 0) ?? [];
    expect(declined.length).toBeGreaterThan(0);
  });
});

describe('surnameNominatives', () => {
  it('gives the nominatives a surname in another case comes from', () => {
    expect(surnameNominatives('Смирновой')).toEqual(['смирнова']);
    expect(surnameNominatives('Иванову')).toEqual(['иванов', 'иванова']);
    expect(surnameNominatives('Петровым')).toEqual(['петров', 'петрова']);
    expect(surnameNominatives('Петрове')).toEqual(['петров']);
    expect(surnameNominatives('Достоевского')).toEqual(['достоевский']);
    expect(surnameNominatives('Вишневской')).toEqual(['вишневская']);
  });

  it('gives nothing for a nominative or another word', () => {
    for (const word of ['Смирнов', 'Смирнова', 'Иванова', 'Волгоград', 'Smirnovoy', 'Ову']) expect(surnameNominatives(word), word).toEqual([]);
  });
});

describe('word keying', () => {
  it('keys a Latin word by its skeletons and its own spelling, the likely reading first', () => {
    const keys = new WordKeyer().keysOf('Fyodorov');
    expect(keys.find((k) => k.key === 'fyodorov')?.alternative).toBe(false);
    expect(keys[0]?.alternative).toBe(false);
  });

  it('splits values into words, keeps numbers whole and folds addresses', () => {
    expect(wordsOf('Great Rivers')).toEqual(['Great', 'Rivers']);
    expect(wordsOf('Римский-Корсаков')).toEqual(['Римский', 'Корсаков', 'РимскийКорсаков']);
    expect(isDigits('78442384261')).toBe(true);
    expect(isDigits('8442-38')).toBe(false);
    expect(addressKey('Ivan.Petrov@Duma.ru')).toBe('ivan.petrov@duma.ru');
    expect(new WordKeyer().keysOf('2019')).toEqual([{ key: '2019', alternative: false }]);
  });
});
