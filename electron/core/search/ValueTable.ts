import { flatLists, nestedLists, type FlatLists } from './FlatLists';
import type { KeyDictionary } from './KeyDictionary';
import { PostingLists, type PostingListsImage } from './PostingLists';
import { wordsOf } from './searchWords';
import type { WordKeyer } from './WordKeyer';

/** The table as plain data, the fields of ContactSearchIndexImage it fills. */
export interface ValueTableImage {
  /** Per field code: the ids of its values (a value's text is valueText[id]). */
  valuesOfField: FlatLists;
  valueText: string[];
  valueWords: FlatLists;
  keyValues: FlatLists;
  valueSlots: PostingListsImage;
}

/**
 * A field value read once: names, organisations, cities, titles and tags repeat across thousands
 * of contacts, so each distinct value is split, transcribed and looked up in the dictionary once.
 */
export interface ValueKeys {
  /** Dictionary key ids, each times two plus one when it is a less likely reading. */
  words: number[];
  /** For a name: its words as the tie-break reads them (Latin, folded), as SlotOrder pieces. */
  pieces: number[] | null;
}

// Past this many distinct field values the cache starts again rather than grow for ever.
const MAX_CACHED_VALUES = 200_000;

/**
 * Shared field values: an organisation, a city, a tag or a title is shared by many contacts, so a
 * contact's entry is the value and the value's keys are listed once. Ranking needs nothing more: a
 * value's keys have no less likely readings to tell apart (only names do), and a contact holding a
 * key through two values scores the better of the two, as it would holding it once.
 */
export class ValueTable {
  private idOf: Map<string, number>[] = [];
  text: string[] = [];
  /** Dictionary ids of each value's keys, each once. */
  words: number[][] = [];
  /** Per key id: the values holding it. */
  keyValues: (number[] | undefined)[] = [];
  /** Per value id: its postings (slot * 16 + field). */
  slots = new PostingLists();
  /** Per value id: the slot (+1) that last took it, to take it once per contact. */
  private seenBy = new Int32Array(0);
  /** Field value -> its keys, in terms of the current dictionary. */
  private keys = new Map<string, ValueKeys>();

  get size(): number {
    return this.text.length;
  }

  /** The keys of a value (or a name), read once while the dictionary lasts. */
  keysOf(value: string, dictionary: KeyDictionary, keyer: WordKeyer): ValueKeys {
    const cached = this.keys.get(value);
    if (cached !== undefined) return cached;
    const words: number[] = [];
    for (const word of wordsOf(value)) {
      for (const { key, alternative } of keyer.keysOf(word)) {
        if (key !== '') words.push(dictionary.idFor(key) * 2 + (alternative ? 1 : 0));
      }
    }
    const keys: ValueKeys = { words, pieces: null };
    if (this.keys.size >= MAX_CACHED_VALUES) this.keys.clear();
    this.keys.set(value, keys);
    return keys;
  }

  /** The id of `value` in `field`, added (its keys read and listed) when it is new. */
  idFor(field: number, value: string, dictionary: KeyDictionary, keyer: WordKeyer): number {
    const ids = (this.idOf[field] ??= new Map<string, number>());
    let id = ids.get(value);
    if (id !== undefined) return id;
    id = this.text.length;
    ids.set(value, id);
    const words: number[] = [];
    for (const packed of this.keysOf(value, dictionary, keyer).words) {
      const key = packed >>> 1;
      if (words.includes(key)) continue;
      words.push(key);
      (this.keyValues[key] ??= []).push(id);
    }
    this.text.push(value);
    this.words.push(words);
    if (id >= this.seenBy.length) {
      const seenBy = new Int32Array(Math.max(1024, this.seenBy.length * 2));
      seenBy.set(this.seenBy);
      this.seenBy = seenBy;
    }
    return id;
  }

  /** Whether `slot` takes value `id` for the first time (and notes that it has). */
  takeOnce(id: number, slot: number): boolean {
    if (this.seenBy[id] === slot + 1) return false;
    this.seenBy[id] = slot + 1;
    return true;
  }

  /** Forgets every value (the dictionary is cleared with it, so cached keys go too). */
  clear(): void {
    this.idOf = [];
    this.text = [];
    this.words = [];
    this.keyValues = [];
    this.slots.clear();
    this.seenBy = new Int32Array(0);
    this.keys.clear();
  }

  /** Only with every posting in the bulk lists. */
  image(): ValueTableImage {
    const valuesOfField: number[][] = [];
    this.idOf.forEach((ids, field) => (valuesOfField[field] = [...ids.values()]));
    return {
      valuesOfField: flatLists(Array.from({ length: 8 }, (_, field) => valuesOfField[field] ?? [])),
      valueText: this.text,
      valueWords: flatLists(this.words),
      keyValues: flatLists(this.keyValues),
      valueSlots: this.slots.image(),
    };
  }

  static fromImage(image: ValueTableImage): ValueTable {
    const table = new ValueTable();
    table.text = image.valueText;
    table.idOf = nestedLists(image.valuesOfField).map((ids) => new Map(ids.map((id) => [image.valueText[id] as string, id])));
    table.words = nestedLists(image.valueWords);
    table.keyValues = nestedLists(image.keyValues, true);
    table.slots = PostingLists.fromImage(image.valueSlots);
    table.seenBy = new Int32Array(Math.max(1024, image.valueText.length * 2));
    return table;
  }
}
