import { NOT_WORD } from './entryBits';
import { KeyCorpus, type KeyCorpusImage } from './KeyCorpus';
import { numberArray } from './numberArray';
import { PostingLists, type PostingListsImage } from './PostingLists';
import { isWordKey } from './searchWords';

/** The dictionary as plain data, the fields of ContactSearchIndexImage it fills. */
export interface KeyDictionaryImage {
  keyText: string[];
  keyKind: Uint8Array;
  keyNames: PostingListsImage;
  keyOthers: PostingListsImage;
  sorted: Int32Array;
  words: KeyCorpusImage;
  numberWords: KeyCorpusImage;
}

/**
 * Every distinct word key (names, organisations, cities, tags, titles) with an id, its postings and
 * a place in a sorted list, so a prefix lookup is a binary search plus the matches; substrings of
 * keys are found by scanning them joined into one text (KeyCorpus). Postings in names are kept apart
 * from the rest, since one or two typed letters look at names only.
 */
export class KeyDictionary {
  idOf = new Map<string, number>();
  text: string[] = [];
  /** NOT_WORD for a key that is a number, else 0: part of every entry of the key. */
  kind: number[] = [];
  names = new PostingLists();
  others = new PostingLists();
  /** Key ids in code-unit order of their text, for prefix lookups; `unsorted` are not placed yet. */
  sorted: number[] = [];
  private unsorted: number[] = [];
  words = new KeyCorpus();
  /** Keys that are not words (a year, a house number): only typed text matches inside them. */
  numberWords = new KeyCorpus();

  get size(): number {
    return this.text.length;
  }

  /** The id of a key, adding the key when it is new. */
  idFor(key: string): number {
    let id = this.idOf.get(key);
    if (id !== undefined) return id;
    id = this.text.length;
    this.idOf.set(key, id);
    this.text.push(key);
    this.unsorted.push(id);
    if (isWordKey(key)) {
      this.kind.push(0);
      this.words.add(id, key);
    } else {
      this.kind.push(NOT_WORD);
      this.numberWords.add(id, key);
    }
    return id;
  }

  /** Places the keys added since in the sorted list. */
  sort(): void {
    if (this.unsorted.length * 8 > this.sorted.length) {
      // In bulk: the default sort compares strings by code units, as lowerBound does.
      this.sorted = [...this.text].sort().map((key) => this.idOf.get(key) ?? 0);
    } else {
      for (const id of this.unsorted) this.sorted.splice(this.lowerBound(this.text[id] ?? ''), 0, id);
    }
    this.unsorted = [];
  }

  /** Position of the first sorted key not below `key`. */
  lowerBound(key: string): number {
    const { sorted, text } = this;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((text[sorted[mid] ?? 0] ?? '') < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  clear(): void {
    this.idOf = new Map();
    this.text = [];
    this.kind = [];
    this.names.clear();
    this.others.clear();
    this.sorted = [];
    this.unsorted = [];
    this.words = new KeyCorpus();
    this.numberWords = new KeyCorpus();
  }

  /** Only once sorted and with every posting in the bulk lists. */
  image(): KeyDictionaryImage {
    return {
      keyText: this.text,
      keyKind: Uint8Array.from(this.kind),
      keyNames: this.names.image(),
      keyOthers: this.others.image(),
      sorted: Int32Array.from(this.sorted),
      words: this.words.image(),
      numberWords: this.numberWords.image(),
    };
  }

  static fromImage(image: KeyDictionaryImage): KeyDictionary {
    const dictionary = new KeyDictionary();
    dictionary.text = image.keyText;
    dictionary.idOf = new Map(image.keyText.map((key, id) => [key, id]));
    dictionary.kind = numberArray(image.keyKind);
    dictionary.names = PostingLists.fromImage(image.keyNames);
    dictionary.others = PostingLists.fromImage(image.keyOthers);
    dictionary.sorted = numberArray(image.sorted);
    dictionary.words = KeyCorpus.fromImage(image.words);
    dictionary.numberWords = KeyCorpus.fromImage(image.numberWords);
    return dictionary;
  }
}
