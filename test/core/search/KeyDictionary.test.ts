import { describe, expect, it } from 'vitest';
import { NOT_WORD } from '../../../electron/core/search/entryBits';
import { KeyDictionary } from '../../../electron/core/search/KeyDictionary';

const prefixed = (dictionary: KeyDictionary, prefix: string): string[] => {
  const found: string[] = [];
  for (let i = dictionary.lowerBound(prefix); i < dictionary.sorted.length; i++) {
    const key = dictionary.text[dictionary.sorted[i] as number] as string;
    if (!key.startsWith(prefix)) break;
    found.push(key);
  }
  return found;
};

describe('KeyDictionary', () => {
  it('gives each distinct key one id and finds keys by prefix once sorted', () => {
    const dictionary = new KeyDictionary();
    const ids = ['ivanov', 'petrov', 'ivanova', 'ivanov', 'iv'].map((key) => dictionary.idFor(key));
    expect(ids).toEqual([0, 1, 2, 0, 3]);
    dictionary.sort();
    expect(prefixed(dictionary, 'ivan')).toEqual(['ivanov', 'ivanova']);
    expect(prefixed(dictionary, 'iv')).toEqual(['iv', 'ivanov', 'ivanova']);
    // Keys added one by one after a bulk sort are placed among the others.
    dictionary.idFor('ivanenko');
    dictionary.sort();
    expect(prefixed(dictionary, 'ivan')).toEqual(['ivanenko', 'ivanov', 'ivanova']);
  });

  it('marks numbers and addresses as not words, and scans only words for substrings', () => {
    const dictionary = new KeyDictionary();
    const word = dictionary.idFor('smirnov');
    const year = dictionary.idFor('2019');
    expect(dictionary.kind[word]).toBe(0);
    expect(dictionary.kind[year]).toBe(NOT_WORD);
    const inWords: number[] = [];
    dictionary.words.scan('mirn', (id) => inWords.push(id));
    expect(inWords).toEqual([word]);
  });

  it('reads back from its image with the same ids, order and postings', () => {
    const dictionary = new KeyDictionary();
    for (const key of ['volgograd', 'samara', 'volga']) dictionary.idFor(key);
    dictionary.sort();
    dictionary.names.rebuild(3, Int32Array.of(2, 0), Int32Array.of(16, 32), 2);
    dictionary.others.rebuild(3, new Int32Array(0), new Int32Array(0), 0);
    const copy = KeyDictionary.fromImage(dictionary.image());
    expect(copy.idFor('samara')).toBe(1);
    expect(prefixed(copy, 'volg')).toEqual(['volga', 'volgograd']);
    expect(copy.names.count(2)).toBe(1);
  });
});
