import { describe, expect, it } from 'vitest';
import { CITIES, ORGANIZATION } from '../../../electron/core/search/entryBits';
import { KeyDictionary } from '../../../electron/core/search/KeyDictionary';
import { ValueTable } from '../../../electron/core/search/ValueTable';
import { WordKeyer } from '../../../electron/core/search/WordKeyer';

describe('ValueTable', () => {
  const setUp = (): { table: ValueTable; dictionary: KeyDictionary; keyer: WordKeyer } => ({ table: new ValueTable(), dictionary: new KeyDictionary(), keyer: new WordKeyer() });

  it('reads a value shared by many contacts once, per field', () => {
    const { table, dictionary, keyer } = setUp();
    const a = table.idFor(ORGANIZATION, 'City Council', dictionary, keyer);
    const b = table.idFor(ORGANIZATION, 'City Council', dictionary, keyer);
    const c = table.idFor(CITIES, 'City Council', dictionary, keyer);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    expect(table.size).toBe(2);
    // Its words' keys are listed once, and each key knows the values holding it.
    const council = dictionary.idFor('council');
    expect(table.words[a]).toContain(council);
    expect(table.keyValues[council]).toEqual([a, c]);
  });

  it('lets a contact take a value once', () => {
    const { table, dictionary, keyer } = setUp();
    const id = table.idFor(CITIES, 'Волгоград', dictionary, keyer);
    expect(table.takeOnce(id, 0)).toBe(true);
    expect(table.takeOnce(id, 0)).toBe(false);
    expect(table.takeOnce(id, 1)).toBe(true);
  });

  it('keys a hyphenated value both split and joined', () => {
    const { table, dictionary, keyer } = setUp();
    const keys = table.keysOf('Римский-Корсаков', dictionary, keyer).words.map((packed) => dictionary.text[packed >>> 1]);
    expect(keys.some((key) => key?.startsWith('rimsk'))).toBe(true);
    expect(keys.some((key) => key?.includes('rimskikorsakov') || key?.includes('rimskiikorsakov'))).toBe(true);
  });

  it('reads back from its image', () => {
    const { table, dictionary, keyer } = setUp();
    const id = table.idFor(ORGANIZATION, 'Sister Cities International', dictionary, keyer);
    table.slots.rebuild(1, Int32Array.of(id), Int32Array.of(5 * 16 + ORGANIZATION), 1);
    const copy = ValueTable.fromImage(table.image());
    expect(copy.idFor(ORGANIZATION, 'Sister Cities International', dictionary, keyer)).toBe(id);
    expect(copy.slots.count(id)).toBe(1);
    expect(copy.text).toEqual(['Sister Cities International']);
  });
});
