import { swapLayout } from '../../shared/transliteration/keyboardLayout';
import { foldForSearch, searchKeys, searchKeysForPrefix, searchLetters } from '../../shared/transliteration/searchKey';
import { toLatinIcao } from '../../shared/transliteration/toLatinIcao';
import { KeyCorpus, type KeyCorpusImage } from './KeyCorpus';
import { PostingLists, type PostingListsImage } from './PostingLists';
import { SlotOrder, type SlotOrderImage } from './SlotOrder';
import { AddressCorpus, type AddressCorpusImage } from './AddressCorpus';
import { BigramCorpus, EXACT, PREFIX, type BigramCorpusImage } from './BigramCorpus';
import { flatLists, nestedLists, type FlatLists } from './FlatLists';
import { booleanArray, numberArray } from './numberArray';
import { IdSlots } from './IdSlots';
import { JoinedStrings } from './JoinedStrings';

/**
 * What the index knows of one contact. The caller resolves references: `organization` and `cities`
 * hold the names of the contact's organisation and cities, in both scripts where known.
 */
export interface SearchDoc {
  id: string;
  names: string[];
  organization: string[];
  cities: string[];
  emails: string[];
  tags: string[];
  other?: string[];
}

/**
 * A prepared index as plain data: strings and typed arrays, no Map (those are rebuilt from the
 * texts) and no cache, so it can be written to a file and read back (indexImageCodec.ts).
 */
export interface ContactSearchIndexImage {
  version: typeof IMAGE_VERSION;
  ids: string[];
  /** The live slots sorted by id, for looking ids up without hashing them all (IdSlots). */
  byId: Int32Array;
  alive: Uint8Array;
  entryStart: Int32Array;
  entryEnd: Int32Array;
  dead: number;
  entryIds: Int32Array;
  entryBits: Uint8Array;
  /** Address and number keys joined by newlines (see JoinedStrings). */
  looseKeys: string;
  keyText: string[];
  keyKind: Uint8Array;
  keyNames: PostingListsImage;
  keyOthers: PostingListsImage;
  sorted: Int32Array;
  words: KeyCorpusImage;
  numberWords: KeyCorpusImage;
  addresses: AddressCorpusImage;
  numbers: BigramCorpusImage;
  looseNames: number;
  /** Per field code: the ids of its values (a value's text is valueText[id]). */
  valuesOfField: FlatLists;
  valueText: string[];
  valueWords: FlatLists;
  keyValues: FlatLists;
  valueSlots: PostingListsImage;
  slots: SlotOrderImage;
}

/** Bumped whenever the image's shape or the index's keys change: an image of another version is rebuilt. */
export const IMAGE_VERSION = 5;

export interface SearchResult {
  /** Best match first. */
  ids: string[];
  /** How many contacts match, however many `ids` holds. */
  total: number;
}

// A posting is slot * 16 + field code, plus ALTERNATIVE when the key is a less likely reading of the
// word (John read as Иохн rather than Джон), which one or two typed letters do not match. A contact's
// own entries also carry NOT_WORD for addresses and numbers, which only typed text matches inside.
const NAMES = 0;
const ORGANIZATION = 1;
const CITIES = 2;
const EMAILS = 3;
const TAGS = 4;
const OTHER = 5;
const FIELD_MASK = 7;
const ALTERNATIVE = 8;
const POSTING_BITS = 15;
const NOT_WORD = 16;
// A match in a name outranks the same match anywhere else: a prefix of a name (6-7 x 4) beats an
// exact organisation or city (9-10 x 2), and an exact name beats everything.
const FIELD_WEIGHT = [4, 2, 2, 2, 2, 1] as const;

// Pattern scores by how the term was read: as typed (raw) > transliterated (skeleton) > typed on
// the wrong layout (swapped) > a guess at how an unfinished word goes on (loose).
const RAW = { exact: 10, prefix: 7, substring: 2 };
const SKELETON = { exact: 9, prefix: 6, substring: 1 };
const SWAPPED = { exact: 8, prefix: 5, substring: 0 };
const LOOSE = { exact: 5, prefix: 4, substring: 0 };
const SWAPPED_LOOSE = { exact: 3, prefix: 3, substring: 0 };

// Shorter terms match name prefixes only: one or two letters are for running down a list of names.
const MIN_FREE_TERM = 3;
// Rough costs, in postings visited, for choosing how to match a later term: checking one surviving
// contact's keys against one pattern, and looking up one substring.
const CANDIDATE_KEY_COST = 25;
const SUBSTRING_SCAN_COST = 5_000;
// Ranks are packed below the score in one double; 2^24 contacts is far beyond any workspace.
const RANK_SPAN = 2 ** 24;

const APOSTROPHES = /['"`´‘’ʹʺʼ″·]/gu;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const CYRILLIC = /[\u0400-\u04ff]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WHITESPACE = /\s+/gu;
const PLAIN_WORDS = /^[\p{L}\p{N} ]*$/u;

interface Pattern {
  key: string;
  exact: number;
  prefix: number;
  substring: number;
  /** Typed text (not a transliteration): it may match inside addresses and numbers too. */
  typed: boolean;
}

interface Term {
  patterns: Pattern[];
  /** A short term: it matches names, read the likely way, and nothing else. */
  namesOnly: boolean;
}

interface WordKey {
  key: string;
  alternative: boolean;
}

/**
 * A field value read once: names, organisations, cities, titles and tags repeat across thousands
 * of contacts, so each distinct value is split, transcribed and looked up in the dictionary once.
 */
interface ValueKeys {
  /** Dictionary key ids, each times two plus one when it is a less likely reading. */
  words: number[];
  /** For a name: its words as the tie-break reads them (Latin, folded), as SlotOrder pieces. */
  pieces: number[] | null;
}

// Entry bits beside the posting bits: a key not in the dictionary is an address (else a number);
// an entry that is a field value (its id a value id) stands for every key of the value.
const ADDRESS = 32;
const VALUE = 64;
// Past this many distinct words or field values the caches start again rather than grow for ever.
const MAX_CACHED_VALUES = 200_000;

/**
 * An in-memory index of contacts for search-as-you-type, in either script and across
 * romanisations (see searchKey.ts).
 *
 * Each word of a contact is reduced at upsert to its skeleton keys (and its folded spelling when
 * that differs); a distinct field value is read once and remembered. Every distinct key gets an id,
 * its postings and a place in a sorted list, so a prefix lookup is a binary search plus the
 * matches; substrings of keys are found by scanning them joined into one text. A contact's names
 * are its own entries; its organisation, cities, tags and title are entries for shared field
 * values, whose keys are listed once. Email addresses and phone numbers (one or two per contact,
 * rarely shared) stay out of the dictionary and are found through their letter pairs. Removal marks
 * a slot dead; dead slots are dropped in bulk once they are a quarter of the index. Posting lists,
 * sorting and ranking wait for the next search (or `prepare`), so a bulk load pays for them once.
 */
export class ContactSearchIndex {
  // Per slot (a contact's place; an upsert takes a new one).
  private ids: string[] = [];
  private alive: boolean[] = [];
  /** The slot's entries are [entryStart[slot], entryEnd[slot]) of the entry arrays. */
  private entryStart: number[] = [];
  private entryEnd: number[] = [];
  /** Id -> slot of every live slot. */
  private slotOf = new IdSlots();
  private dead = 0;

  // Every slot's entries, one after another in flat arrays (a million or two at 100,000 contacts,
  // so no object each): the key's dictionary id, or -(n + 1) for looseKeys[n], or a field value's
  // id, and its field code | ALTERNATIVE | NOT_WORD | ADDRESS | VALUE.
  private entries = 0;
  private entryIds = new Int32Array(1024);
  private entryBits = new Uint8Array(1024);
  /** Addresses and numbers: a contact's own, so kept apart from the dictionary. */
  private looseKeys = new JoinedStrings();
  /** Per key id * 8 + field: the slot (+1) that last took this entry and where, to merge repeats. */
  private seenBy = new Int32Array(0);
  private seenAt = new Int32Array(0);

  // Per key id.
  private keyIdOf = new Map<string, number>();
  private keyText: string[] = [];
  /** NOT_WORD for a key that is a number, else 0: part of every entry of the key. */
  private keyKind: number[] = [];
  /** Postings in names apart from the rest, since one or two typed letters look at names only. */
  private keyNames = new PostingLists();
  private keyOthers = new PostingLists();
  /** Slots below this one have their dictionary postings in keyNames and keyOthers. */
  private postedSlots = 0;
  /** Key ids in code-unit order of their text, for prefix lookups; `unsorted` are not placed yet. */
  private sorted: number[] = [];
  private unsorted: number[] = [];
  private words = new KeyCorpus();
  /** Dictionary keys that are not words (a year, a house number): only typed text matches inside them. */
  private numberWords = new KeyCorpus();
  private addresses = new AddressCorpus();
  private numbers = new BigramCorpus({ everyPlace: false });
  /** Addresses and numbers entered as names (rare): one or two typed letters must look at them too. */
  private looseNames = 0;

  // Field values: an organisation, a city, a tag or a title is shared by many contacts, so a contact's
  // entry is the value and the value's keys are listed once. Ranking needs nothing more: a value's
  // keys have no less likely readings to tell apart (only names do), and a contact holding a key
  // through two values scores the better of the two, as it would holding it once.
  private valueIdOf: Map<string, number>[] = [];
  private valueText: string[] = [];
  /** Dictionary ids of each value's keys, each once. */
  private valueWords: number[][] = [];
  /** Per key id: the values holding it. */
  private keyValues: (number[] | undefined)[] = [];
  /** Per value id: its postings (slot * 16 + field). */
  private valueSlots = new PostingLists();
  /** Per value id: the slot (+1) that last took it, to take it once per contact. */
  private valueSeenBy = new Int32Array(0);

  /** Slots in tie-break order: by name read in Latin, so Иванов sorts beside Ivanov, then by id. */
  private slots = new SlotOrder();
  private pieces: number[] = [];

  /** Word -> keys; names repeat across contacts, so most words are transcribed once. */
  private wordKeys = new Map<string, WordKey[]>();
  /** Field value -> its keys, in terms of the current dictionary. */
  private valueKeys = new Map<string, ValueKeys>();

  // Scratch per search, all zero between searches.
  private best = new Int32Array(0);
  private matched = new Int32Array(0);
  private sums = new Int32Array(0);

  get size(): number {
    return this.ids.length - this.dead;
  }

  /** The index, prepared, as plain data (see ContactSearchIndexImage). */
  image(): ContactSearchIndexImage {
    this.prepare();
    // Everything in the bulk lists, none added one by one, so the image is two arrays per list.
    if (this.keyNames.pending + this.keyOthers.pending + this.valueSlots.pending > 0) this.postWords(true);
    const valuesOfField: number[][] = [];
    this.valueIdOf.forEach((ids, field) => (valuesOfField[field] = [...ids.values()]));
    return {
      version: IMAGE_VERSION,
      ids: this.ids,
      byId: IdSlots.sortedById(this.ids, this.alive),
      alive: Uint8Array.from(this.alive, (alive) => (alive ? 1 : 0)),
      entryStart: Int32Array.from(this.entryStart),
      entryEnd: Int32Array.from(this.entryEnd),
      dead: this.dead,
      entryIds: this.entryIds.slice(0, this.entries),
      entryBits: this.entryBits.slice(0, this.entries),
      looseKeys: this.looseKeys.joined(),
      keyText: this.keyText,
      keyKind: Uint8Array.from(this.keyKind),
      keyNames: this.keyNames.image(),
      keyOthers: this.keyOthers.image(),
      sorted: Int32Array.from(this.sorted),
      words: this.words.image(),
      numberWords: this.numberWords.image(),
      addresses: this.addresses.image(),
      // A number's key is in looseKeys already: fromImage lists them again (numberKeysOf).
      numbers: this.numbers.image(false),
      looseNames: this.looseNames,
      valuesOfField: flatLists(Array.from({ length: 8 }, (_, field) => valuesOfField[field] ?? [])),
      valueText: this.valueText,
      valueWords: flatLists(this.valueWords),
      keyValues: flatLists(this.keyValues),
      valueSlots: this.valueSlots.image(),
      slots: this.slots.image(),
    };
  }

  /** The index an image was taken of, ready to search and to take upserts. */
  static fromImage(image: ContactSearchIndexImage): ContactSearchIndex {
    if (image.version !== IMAGE_VERSION) throw new Error(`A search index image of version ${String(image.version)} cannot be read; it is rebuilt.`);
    const index = new ContactSearchIndex();
    index.ids = image.ids;
    index.alive = booleanArray(image.alive);
    index.entryStart = numberArray(image.entryStart);
    index.entryEnd = numberArray(image.entryEnd);
    index.dead = image.dead;
    index.slotOf = IdSlots.fromImage(index.ids, image.byId);
    index.entries = image.entryIds.length;
    index.entryIds = new Int32Array(Math.max(1024, image.entryIds.length * 2));
    index.entryIds.set(image.entryIds);
    index.entryBits = new Uint8Array(index.entryIds.length);
    index.entryBits.set(image.entryBits);
    index.looseKeys = JoinedStrings.fromJoined(image.looseKeys);
    index.keyText = image.keyText;
    index.keyIdOf = new Map(image.keyText.map((key, id) => [key, id]));
    index.keyKind = numberArray(image.keyKind);
    index.seenBy = new Int32Array(Math.max(8192, image.keyText.length * 16));
    index.seenAt = new Int32Array(index.seenBy.length);
    index.keyNames = PostingLists.fromImage(image.keyNames);
    index.keyOthers = PostingLists.fromImage(image.keyOthers);
    index.postedSlots = image.ids.length;
    index.sorted = numberArray(image.sorted);
    index.words = KeyCorpus.fromImage(image.words);
    index.numberWords = KeyCorpus.fromImage(image.numberWords);
    index.addresses = AddressCorpus.fromImage(image.addresses);
    const loaded = index.entries;
    index.numbers = BigramCorpus.fromImage(image.numbers, (count) => JoinedStrings.fromLister(() => index.numberKeysOf(loaded), count));
    index.looseNames = image.looseNames;
    index.valueText = image.valueText;
    index.valueIdOf = nestedLists(image.valuesOfField).map((ids) => new Map(ids.map((id) => [image.valueText[id] as string, id])));
    index.valueWords = nestedLists(image.valueWords);
    index.keyValues = nestedLists(image.keyValues, true);
    index.valueSlots = PostingLists.fromImage(image.valueSlots);
    index.valueSeenBy = new Int32Array(Math.max(1024, image.valueText.length * 2));
    index.slots = SlotOrder.fromImage(image.slots);
    index.prepare();
    return index;
  }

  /**
   * The keys postLoose gave `numbers` from the first `entries` entries, in the same order: every
   * loose entry that is not an address, in entry order (upserts append their entries and post them
   * at once; compact keeps the order).
   */
  private numberKeysOf(entries: number): string[] {
    const { entryIds, entryBits, looseKeys } = this;
    const keys: string[] = [];
    for (let i = 0; i < entries; i++) {
      const id = entryIds[i] as number;
      const bits = entryBits[i] as number;
      if (id < 0 && (bits & (VALUE | ADDRESS)) === 0) keys.push(looseKeys.at(-id - 1) as string);
    }
    return keys;
  }

  upsert(doc: SearchDoc): void {
    this.remove(doc.id);
    const slot = this.ids.length;
    const start = this.entries;
    const pieces = this.pieces;
    pieces.length = 0;
    for (const name of doc.names) {
      const value = this.valueKeysOf(name);
      // The sort text of each name, split at spaces: joined again they are the names read in Latin.
      value.pieces ??= foldForSearch(toLatinIcao(name))
        .split(' ')
        .map((text) => this.slots.piece(text));
      for (const piece of value.pieces) pieces.push(piece);
      this.addValue(slot, start, value, NAMES);
    }
    this.addValues(slot, start, doc.organization, ORGANIZATION);
    this.addValues(slot, start, doc.cities, CITIES);
    this.addValues(slot, start, doc.tags, TAGS);
    if (doc.other) this.addValues(slot, start, doc.other, OTHER);
    // An address is matched whole, by substring: "petrov" finds ivan.petrov@duma.ru.
    for (const email of doc.emails) this.addKey(slot, start, addressKey(email), EMAILS, false);
    this.ids.push(doc.id);
    this.alive.push(true);
    this.slots.add(pieces);
    this.entryStart.push(start);
    this.entryEnd.push(this.entries);
    this.slotOf.set(doc.id, slot);
    this.postLoose(slot, start, this.entries);
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id, this.alive);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.alive[slot] = false;
    this.dead += 1;
  }

  clear(): void {
    this.ids = [];
    this.alive = [];
    this.entryStart = [];
    this.entryEnd = [];
    this.slotOf = new IdSlots();
    this.dead = 0;
    this.entries = 0;
    this.looseKeys = new JoinedStrings();
    this.clearKeys();
    this.slots.clear();
    this.wordKeys.clear();
  }

  /**
   * Contacts matching every whitespace-separated term of `query`, best first: an exact word beats a
   * prefix beats a substring or a loose match, and names beat organisation, city, email and tags.
   * The last term, unless followed by a space, is taken as still being typed.
   */
  search(query: string, limit = 50): SearchResult {
    const chunks = query.split(/\s+/u).filter((chunk) => chunk !== '');
    const open = !/\s$/u.test(query);
    const built = chunks
      .map((chunk, i) => buildTerm(chunk, open && i === chunks.length - 1))
      .filter((term): term is Term => term !== null);
    if (built.length === 0 || this.size === 0) return { ids: [], total: 0 };
    this.prepare();

    // The rarest term first: every later term then only has its survivors to check.
    const terms = built.map((term) => ({ term, postings: this.postingsUnder(term) })).sort((a, b) => a.postings - b.postings);
    const first = this.matchDictionary(terms[0]?.term as Term, 0);
    let survivors = first;
    for (let t = 1; t < terms.length && survivors.length > 0; t++) {
      const { term, postings } = terms[t] as { term: Term; postings: number };
      const perContact = CANDIDATE_KEY_COST * term.patterns.length;
      const scans = term.patterns.filter((pattern) => pattern.substring > 0).length;
      survivors =
        survivors.length * perContact < postings + scans * SUBSTRING_SCAN_COST
          ? this.matchCandidates(term, t, survivors)
          : this.matchDictionary(term, t);
    }
    const result = this.topRanked(survivors, limit);
    for (const slot of first) {
      this.matched[slot] = 0;
      this.sums[slot] = 0;
    }
    return result;
  }

  // ---- building ----

  private addValues(slot: number, start: number, values: readonly string[], field: number): void {
    for (const value of values) {
      // Phone numbers: one per contact, never worth remembering.
      if (isDigits(value)) {
        this.addKey(slot, start, value, field, false);
        continue;
      }
      const id = this.fieldValueId(field, value);
      if (this.valueSeenBy[id] === slot + 1) continue;
      this.valueSeenBy[id] = slot + 1;
      this.pushEntry(id, field | VALUE);
    }
  }

  /** The id of `value` in `field`, added (its keys read and listed) when it is new. */
  private fieldValueId(field: number, value: string): number {
    const ids = (this.valueIdOf[field] ??= new Map<string, number>());
    let id = ids.get(value);
    if (id !== undefined) return id;
    id = this.valueText.length;
    ids.set(value, id);
    const words: number[] = [];
    for (const packed of this.valueKeysOf(value).words) {
      const key = packed >>> 1;
      if (words.includes(key)) continue;
      words.push(key);
      (this.keyValues[key] ??= []).push(id);
    }
    this.valueText.push(value);
    this.valueWords.push(words);
    if (id >= this.valueSeenBy.length) {
      const seenBy = new Int32Array(Math.max(1024, this.valueSeenBy.length * 2));
      seenBy.set(this.valueSeenBy);
      this.valueSeenBy = seenBy;
    }
    return id;
  }

  private addValue(slot: number, start: number, value: ValueKeys, field: number): void {
    const { words } = value;
    for (let i = 0; i < words.length; i++) {
      const packed = words[i] as number;
      this.addWordEntry(slot, packed >>> 1, field, (packed & 1) === 1);
    }
  }

  /** Adds one key of the slot's own, merging it with an equal key in the same field. */
  private addKey(slot: number, start: number, key: string, field: number, alternative: boolean): void {
    if (key === '') return;
    if (isWordKey(key)) {
      this.addWordEntry(slot, this.keyIdFor(key), field, alternative);
      return;
    }
    const { entryBits, entryIds, looseKeys } = this;
    for (let i = start; i < this.entries; i++) {
      const id = entryIds[i] as number;
      if (id >= 0 || looseKeys.at(-id - 1) !== key || ((entryBits[i] as number) & FIELD_MASK) !== field) continue;
      if (!alternative) entryBits[i] = (entryBits[i] as number) & ~ALTERNATIVE; // another word reads this way first
      return;
    }
    looseKeys.push(key);
    this.pushEntry(-looseKeys.length, field | (alternative ? ALTERNATIVE : 0) | NOT_WORD | (isDigits(key) ? 0 : ADDRESS));
  }

  private pushEntry(id: number, bits: number): void {
    if (this.entries === this.entryIds.length) {
      const ids = new Int32Array(this.entries * 2);
      const bitsOf = new Uint8Array(this.entries * 2);
      ids.set(this.entryIds);
      bitsOf.set(this.entryBits);
      this.entryIds = ids;
      this.entryBits = bitsOf;
    }
    this.entryIds[this.entries] = id;
    this.entryBits[this.entries] = bits;
    this.entries += 1;
  }

  private addWordEntry(slot: number, id: number, field: number, alternative: boolean): void {
    const seen = id * 8 + field;
    if (this.seenBy[seen] === slot + 1) {
      const at = this.seenAt[seen] as number;
      if (!alternative) this.entryBits[at] = (this.entryBits[at] as number) & ~ALTERNATIVE; // another word reads this way first
      return;
    }
    this.seenBy[seen] = slot + 1;
    this.seenAt[seen] = this.entries;
    this.pushEntry(id, field | (alternative ? ALTERNATIVE : 0) | (this.keyKind[id] as number));
  }

  private valueKeysOf(value: string): ValueKeys {
    const cached = this.valueKeys.get(value);
    if (cached !== undefined) return cached;
    const words: number[] = [];
    for (const word of wordsOf(value)) {
      for (const { key, alternative } of this.keysOf(word)) {
        if (key !== '') words.push(this.keyIdFor(key) * 2 + (alternative ? 1 : 0));
      }
    }
    const keys: ValueKeys = { words, pieces: null };
    if (this.valueKeys.size >= MAX_CACHED_VALUES) this.valueKeys.clear();
    this.valueKeys.set(value, keys);
    return keys;
  }

  private keysOf(word: string): WordKey[] {
    // Numbers (phones, years) are their own key, and too many and too varied to cache.
    if (isDigits(word)) return [{ key: word, alternative: false }];
    const cached = this.wordKeys.get(word);
    if (cached !== undefined) return cached;
    const keys = searchKeys(word).map((key, i) => ({ key, alternative: i > 0 }));
    // Latin words also keep their spelling, so "Fyodorov" typed exactly outranks its look-alikes.
    // Cyrillic ones need not: their skeleton is exact.
    const folded = searchLetters(word);
    if (folded !== '' && !CYRILLIC.test(folded)) {
      const same = keys.find((k) => k.key === folded);
      if (same === undefined) keys.push({ key: folded, alternative: false });
      else same.alternative = false;
    }
    if (this.wordKeys.size > MAX_CACHED_VALUES) this.wordKeys.clear();
    this.wordKeys.set(word, keys);
    return keys;
  }

  /** The dictionary id of a word key, adding the key when it is new. */
  private keyIdFor(key: string): number {
    let id = this.keyIdOf.get(key);
    if (id !== undefined) return id;
    id = this.keyText.length;
    this.keyIdOf.set(key, id);
    this.keyText.push(key);
    this.unsorted.push(id);
    if (isWordKey(key)) {
      this.keyKind.push(0);
      this.words.add(id, key);
    } else {
      this.keyKind.push(NOT_WORD);
      this.numberWords.add(id, key);
    }
    if ((id + 1) * 8 > this.seenBy.length) {
      const seenBy = new Int32Array(Math.max(8192, this.seenBy.length * 2));
      const seenAt = new Int32Array(seenBy.length);
      seenBy.set(this.seenBy);
      seenAt.set(this.seenAt);
      this.seenBy = seenBy;
      this.seenAt = seenAt;
    }
    return id;
  }

  /** Addresses and numbers go to their corpora at once; dictionary and value postings wait for `prepare`. */
  private postLoose(slot: number, start: number, end: number): void {
    const { entryBits, entryIds, looseKeys } = this;
    for (let i = start; i < end; i++) {
      const id = entryIds[i] as number;
      const bits = entryBits[i] as number;
      if (id >= 0 || (bits & VALUE) !== 0) continue;
      if ((bits & FIELD_MASK) === NAMES) this.looseNames += 1;
      ((bits & ADDRESS) !== 0 ? this.addresses : this.numbers).add(looseKeys.at(-id - 1) as string, slot * 16 + (bits & POSTING_BITS));
    }
  }

  /**
   * Gives the slots upserted since the last search their dictionary and value postings: in bulk,
   * rebuilding every list (and dropping the postings of removed contacts), when they are many; else
   * one by one.
   */
  private postWords(forceBulk = false): void {
    const { ids, alive, entryStart, entryEnd, entryIds, entryBits, keyNames, keyOthers, valueSlots } = this;
    const waiting = this.entries - (entryStart[this.postedSlots] ?? this.entries);
    const added = keyNames.pending + keyOthers.pending + valueSlots.pending;
    const bulk = forceBulk || waiting + added > Math.max(4096, this.entries / 8);
    const from = bulk ? 0 : this.postedSlots;
    // Bulk: (list, posting) pairs for each kind of list, then one counting sort each.
    const capacity = bulk ? this.entries : 0;
    const pairs = [0, 1, 2].map(() => ({ owners: new Int32Array(capacity), postings: new Int32Array(capacity), count: 0 }));
    for (let slot = from; slot < ids.length; slot++) {
      if (!alive[slot]) continue;
      for (let i = entryStart[slot] as number, end = entryEnd[slot] as number; i < end; i++) {
        const id = entryIds[i] as number;
        const bits = entryBits[i] as number;
        const value = (bits & VALUE) !== 0;
        if (id < 0 && !value) continue;
        const posting = slot * 16 + (bits & (value ? FIELD_MASK : POSTING_BITS));
        const kind = value ? 2 : (bits & FIELD_MASK) === NAMES ? 0 : 1;
        if (!bulk) {
          (kind === 0 ? keyNames : kind === 1 ? keyOthers : valueSlots).add(id, posting);
          continue;
        }
        const list = pairs[kind] as (typeof pairs)[number];
        list.owners[list.count] = id;
        list.postings[list.count] = posting;
        list.count += 1;
      }
    }
    if (bulk) {
      const [names, others, values] = pairs as [(typeof pairs)[number], (typeof pairs)[number], (typeof pairs)[number]];
      keyNames.rebuild(this.keyText.length, names.owners, names.postings, names.count);
      keyOthers.rebuild(this.keyText.length, others.owners, others.postings, others.count);
      valueSlots.rebuild(this.valueText.length, values.owners, values.postings, values.count);
    }
    this.postedSlots = ids.length;
  }

  private clearKeys(): void {
    this.keyIdOf = new Map();
    this.keyText = [];
    this.keyKind = [];
    this.keyNames.clear();
    this.keyOthers.clear();
    this.postedSlots = 0;
    this.valueIdOf = [];
    this.valueText = [];
    this.valueWords = [];
    this.keyValues = [];
    this.valueSlots.clear();
    this.valueSeenBy = new Int32Array(0);
    this.sorted = [];
    this.unsorted = [];
    this.words = new KeyCorpus();
    this.numberWords = new KeyCorpus();
    this.addresses.clear();
    this.numbers.clear();
    this.looseNames = 0;
    this.valueKeys.clear();
    // Stamps name slots; slots are numbered afresh after this.
    this.seenBy = new Int32Array(0);
    this.seenAt = new Int32Array(0);
  }

  /**
   * Brings the posting lists, the sorted keys, the letter-pair lists and the tie-break ranks up to
   * date with the upserts since: done by the next search anyway, or ahead of it after a bulk load.
   */
  prepare(): void {
    if (this.dead > 1024 && this.dead * 4 > this.ids.length) this.compact();
    const text = this.keyText;
    if (this.unsorted.length * 8 > this.sorted.length) {
      // In bulk: the default sort compares strings by code units, as lowerBound does.
      this.sorted = [...text].sort().map((key) => this.keyIdOf.get(key) ?? 0);
    } else {
      for (const id of this.unsorted) this.sorted.splice(this.lowerBound(text[id] ?? ''), 0, id);
    }
    this.unsorted = [];
    if (this.postedSlots < this.ids.length) this.postWords();
    this.addresses.refresh();
    this.numbers.refresh();
    this.slots.prepare(this.ids, this.alive);
    if (this.best.length < this.ids.length) {
      const capacity = Math.max(1024, this.ids.length * 2);
      this.best = new Int32Array(capacity);
      this.matched = new Int32Array(capacity);
      this.sums = new Int32Array(capacity);
    }
  }

  private compact(): void {
    const { entryBits, entryIds, entryStart, entryEnd, looseKeys, keyText, valueText } = this;
    const live: number[] = [];
    for (let slot = 0; slot < this.ids.length; slot++) if (this.alive[slot]) live.push(slot);
    this.ids = live.map((slot) => this.ids[slot] ?? '');
    this.alive = this.ids.map(() => true);
    this.slots.compact(live);
    this.slotOf = IdSlots.of(this.ids, this.alive);
    this.dead = 0;
    this.clearKeys();
    this.entries = 0;
    this.entryIds = new Int32Array(Math.max(1024, entryIds.length));
    this.entryBits = new Uint8Array(this.entryIds.length);
    this.looseKeys = new JoinedStrings();
    this.entryStart = [];
    this.entryEnd = [];
    live.forEach((old, slot) => {
      const start = this.entries;
      for (let i = entryStart[old] as number; i < (entryEnd[old] as number); i++) {
        const id = entryIds[i] as number;
        const bits = entryBits[i] as number;
        if ((bits & VALUE) !== 0) {
          this.pushEntry(this.fieldValueId(bits & FIELD_MASK, valueText[id] as string), bits);
        } else if (id >= 0) {
          this.pushEntry(this.keyIdFor(keyText[id] as string), bits);
        } else {
          this.looseKeys.push(looseKeys.at(-id - 1) as string);
          this.pushEntry(-this.looseKeys.length, bits);
        }
      }
      this.entryStart.push(start);
      this.entryEnd.push(this.entries);
      this.postLoose(slot, start, this.entries);
    });
  }

  /** Position of the first sorted key not below `key`. */
  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.keyText[this.sorted[mid] ?? 0] ?? '') < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  // ---- matching ----

  /**
   * Scores `term` against every contact through the dictionary. From the second term on, only
   * contacts that matched every earlier term (matched[slot] === t) count. Returns the slots that now
   * match terms 0..t, with their scores added to `sums`.
   */
  private matchDictionary(term: Term, t: number): number[] {
    const touched: number[] = [];
    const { matched, best, alive, keyNames, keyOthers, keyText, sorted } = this;
    const creditPosting = (posting: number, score: number): void => {
      const slot = posting >>> 4;
      if (matched[slot] !== t || alive[slot] !== true) return;
      if (term.namesOnly && (posting & POSTING_BITS) !== NAMES) return;
      const value = score * (FIELD_WEIGHT[posting & FIELD_MASK] ?? 1);
      const had = best[slot] ?? 0;
      if (value > had) {
        if (had === 0) touched.push(slot);
        best[slot] = value;
      }
    };
    let current = 0;
    const creditCurrent = (posting: number): void => creditPosting(posting, current);
    const { keyValues, valueSlots } = this;
    const credit = (id: number, score: number): void => {
      current = score;
      keyNames.forEach(id, creditCurrent);
      if (term.namesOnly) return;
      keyOthers.forEach(id, creditCurrent);
      const values = keyValues[id];
      if (values !== undefined) for (const value of values) valueSlots.forEach(value, creditCurrent);
    };
    const looseToo = !term.namesOnly || this.looseNames > 0;

    for (const { key: wanted, exact, prefix, substring, typed } of term.patterns) {
      for (let i = this.lowerBound(wanted); i < sorted.length; i++) {
        const id = sorted[i] as number;
        const key = keyText[id] as string;
        if (!key.startsWith(wanted)) break;
        const score = key.length === wanted.length ? exact : prefix;
        if (score > 0) credit(id, score);
      }
      if (substring > 0) {
        const visit = (id: number): void => credit(id, substring);
        this.words.scan(wanted, visit);
        if (typed) this.numberWords.scan(wanted, visit);
      }
      if (looseToo) {
        // Addresses and numbers: every reading may start one, only typed text is looked for inside.
        const inside = typed && substring > 0;
        const visit = (posting: number, how: number): void => {
          const score = how === EXACT ? exact : how === PREFIX ? prefix : substring;
          if (score > 0) creditPosting(posting, score);
        };
        this.addresses.scan(wanted, inside, visit);
        if (isDigits(wanted)) this.numbers.scan(wanted, inside, visit);
      }
    }
    return this.settle(touched, t);
  }

  /** The same scores as matchDictionary, found by checking each surviving contact's own keys. */
  private matchCandidates(term: Term, t: number, survivors: number[]): number[] {
    const touched: number[] = [];
    const { entryBits, entryIds, entryStart, entryEnd, keyText, keyKind, looseKeys, valueWords } = this;
    const scoreOf = (key: string, bits: number): number => {
      const weight = FIELD_WEIGHT[bits & FIELD_MASK] ?? 1;
      let best = 0;
      for (const pattern of term.patterns) {
        let score = 0;
        if (key.startsWith(pattern.key)) score = key.length === pattern.key.length ? pattern.exact : pattern.prefix;
        else if (pattern.substring > 0 && (pattern.typed || (bits & NOT_WORD) === 0) && key.includes(pattern.key)) score = pattern.substring;
        if (score * weight > best) best = score * weight;
      }
      return best;
    };
    for (const slot of survivors) {
      let best = 0;
      for (let i = entryStart[slot] as number; i < (entryEnd[slot] as number); i++) {
        const bits = entryBits[i] ?? OTHER;
        if (term.namesOnly && (bits & POSTING_BITS) !== NAMES) continue;
        const id = entryIds[i] as number;
        if ((bits & VALUE) !== 0) {
          for (const key of valueWords[id] ?? []) best = Math.max(best, scoreOf(keyText[key] as string, bits | (keyKind[key] as number)));
        } else {
          best = Math.max(best, scoreOf((id >= 0 ? keyText[id] : looseKeys.at(-id - 1)) as string, bits));
        }
      }
      if (best > 0) {
        touched.push(slot);
        this.best[slot] = best;
      }
    }
    return this.settle(touched, t);
  }

  /** How many postings the prefixes of `term` reach: a cheap measure of how common it is. */
  private postingsUnder(term: Term): number {
    let total = 0;
    for (const { key } of term.patterns) {
      for (let i = this.lowerBound(key); i < this.sorted.length; i++) {
        const id = this.sorted[i] as number;
        if (!(this.keyText[id] as string).startsWith(key)) break;
        total += this.keyNames.count(id);
        if (term.namesOnly) continue;
        total += this.keyOthers.count(id);
        for (const value of this.keyValues[id] ?? []) total += this.valueSlots.count(value);
      }
      if (!term.namesOnly) {
        total += this.addresses.estimate(key);
        if (isDigits(key)) total += this.numbers.estimate(key);
      }
    }
    return total;
  }

  private settle(touched: number[], t: number): number[] {
    for (const slot of touched) {
      this.sums[slot] = (this.sums[slot] ?? 0) + (this.best[slot] ?? 0);
      this.best[slot] = 0;
      this.matched[slot] = t + 1;
    }
    return touched;
  }

  /** The `limit` best slots as ids: highest score, then tie-break order. */
  private topRanked(slots: number[], limit: number): SearchResult {
    const total = slots.length;
    const k = Number.isNaN(limit) ? 0 : Math.max(0, Math.min(Math.floor(limit), total));
    const { rank, order } = this.slots;
    const packed = (slot: number): number => (this.sums[slot] ?? 0) * RANK_SPAN + (RANK_SPAN - 1 - (rank[slot] ?? 0));
    let top: Float64Array;
    if (k === total) {
      top = Float64Array.from(slots, packed).sort().reverse();
    } else {
      // A min-heap of the k best so far: no sort of every match when one letter matches thousands.
      const heap = new Float64Array(k);
      let size = 0;
      for (const slot of slots) {
        const value = packed(slot);
        if (size < k) {
          heap[size] = value;
          siftUp(heap, size);
          size += 1;
        } else if (k > 0 && value > (heap[0] ?? 0)) {
          heap[0] = value;
          siftDown(heap, k);
        }
      }
      top = heap.sort().reverse();
    }
    const ids = Array.from(top, (value) => {
      const position = RANK_SPAN - 1 - (value % RANK_SPAN);
      return this.ids[order[position] ?? -1] ?? '';
    });
    return { ids, total };
  }
}

// ---- query terms ----

function buildTerm(chunk: string, open: boolean): Term | null {
  const letters = searchLetters(chunk);
  const length = [...letters].length;
  if (length === 0) return null;
  const free = length >= MIN_FREE_TERM;
  const patterns = new Map<string, Pattern>();
  const add = (key: string, scores: typeof RAW, substring: boolean, typed = false): void => {
    if (key === '') return;
    const had = patterns.get(key);
    // A substring needs three characters to mean anything ("Tch" reads as ch, found in every -vich).
    // No key holds Cyrillic (Cyrillic words are kept as skeletons), so Cyrillic text has no substring.
    const allowed = free && substring && key.length >= MIN_FREE_TERM && !CYRILLIC.test(key) ? scores.substring : 0;
    if (had === undefined) {
      patterns.set(key, { key, exact: scores.exact, prefix: scores.prefix, substring: allowed, typed });
    } else {
      had.exact = Math.max(had.exact, scores.exact);
      had.prefix = Math.max(had.prefix, scores.prefix);
      had.substring = Math.max(had.substring, allowed);
      had.typed ||= typed;
    }
  };
  const addReading = (text: string, typed: typeof RAW, transcribed: typeof RAW, guessed: typeof RAW): void => {
    // The folded text itself, with punctuation kept inside it for addresses (ivan.petrov@duma.ru).
    const folded = foldForSearch(text).replace(APOSTROPHES, '').replace(EDGE_PUNCTUATION, '');
    add(folded, typed, true, true);
    add(searchLetters(text), typed, true, true);
    const keys = searchKeys(text);
    keys.forEach((key, i) => add(key, transcribed, i === 0));
    // One letter is too little to guess how a word goes on.
    if (open && length > 1) {
      for (const key of searchKeysForPrefix(text)) {
        if (!keys.some((base) => key.startsWith(base))) add(key, guessed, false);
      }
    }
  };

  addReading(chunk, RAW, SKELETON, LOOSE);
  // Wrong-layout typing: from three letters on, where the swap yields letters at all.
  const swapped = swapLayout(chunk);
  if (free && swapped !== chunk && [...searchLetters(swapped)].length >= MIN_FREE_TERM) {
    addReading(swapped, SWAPPED, SWAPPED, SWAPPED_LOOSE);
  }
  return { patterns: [...patterns.values()], namesOnly: !free };
}

/**
 * Words of a field value, split at spaces and punctuation. A hyphenated or dotted word also counts
 * joined (Римский-Корсаков as rimskikorsakov), so typing it either way finds it.
 */
function wordsOf(value: string): string[] {
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

// ---- small helpers ----

/** Only ASCII digits, at least one. A loop: this runs for every value of every contact. */
function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** An address folded and without spaces; most have none, and are spared the regex. */
function addressKey(email: string): string {
  const folded = foldForSearch(email);
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (code <= 0x20 || code >= 0x80) return folded.replace(WHITESPACE, '');
  }
  return folded;
}

/** A key made from a word, not an address or a number: transliterations may match inside it. */
function isWordKey(key: string): boolean {
  return !isDigits(key) && !key.includes('@');
}

function siftUp(heap: Float64Array, at: number): void {
  let i = at;
  while (i > 0) {
    const parent = (i - 1) >>> 1;
    const a = heap[i] ?? 0;
    const b = heap[parent] ?? 0;
    if (b <= a) return;
    heap[i] = b;
    heap[parent] = a;
    i = parent;
  }
}

function siftDown(heap: Float64Array, size: number): void {
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let smallest = i;
    if (left < size && (heap[left] ?? 0) < (heap[smallest] ?? 0)) smallest = left;
    if (right < size && (heap[right] ?? 0) < (heap[smallest] ?? 0)) smallest = right;
    if (smallest === i) return;
    const tmp = heap[i] ?? 0;
    heap[i] = heap[smallest] ?? 0;
    heap[smallest] = tmp;
    i = smallest;
  }
}
