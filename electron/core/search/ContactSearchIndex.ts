import { swapLayout } from '../../shared/transliteration/keyboardLayout';
import { foldForSearch, searchKeys, searchKeysForPrefix, searchLetters } from '../../shared/transliteration/searchKey';
import { toLatinIcao } from '../../shared/transliteration/toLatinIcao';

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

export interface SearchResult {
  /** Best match first. */
  ids: string[];
  /** How many contacts match, however many `ids` holds. */
  total: number;
}

// A posting is slot * 16 + field code, plus ALTERNATIVE when the key is a less likely reading of the
// word (John read as Иохн rather than Джон), which one or two typed letters do not match.
const NAMES = 0;
const ORGANIZATION = 1;
const CITIES = 2;
const EMAILS = 3;
const TAGS = 4;
const OTHER = 5;
const FIELD_MASK = 7;
const ALTERNATIVE = 8;
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
// Past this many contacts still in the running, a later term is looked up in the dictionary rather
// than checked contact by contact.
const CANDIDATE_SCAN_LIMIT = 4000;
// Ranks are packed below the score in one double; 2^24 contacts is far beyond any workspace.
const RANK_SPAN = 2 ** 24;

const APOSTROPHES = /['"`´‘’ʹʺʼ″·]/gu;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const CYRILLIC = /[\u0400-\u04ff]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

interface Pattern {
  key: string;
  exact: number;
  prefix: number;
  substring: number;
}

interface Term {
  patterns: Pattern[];
  /** A short term: it matches names, read the likely way, and nothing else. */
  namesOnly: boolean;
  /** Letters and digits in the term: longer terms are more selective and go first. */
  length: number;
}

/** One contact's precomputed words: keys[i] occurs in field fields[i] (a field code, maybe | ALTERNATIVE). */
interface Entries {
  keys: string[];
  fields: number[];
}

interface WordKey {
  key: string;
  alternative: boolean;
}

/**
 * An in-memory index of contacts for search-as-you-type, in either script and across
 * romanisations (see searchKey.ts).
 *
 * Each word of a contact is reduced at upsert to its skeleton keys (and its folded spelling when
 * that differs). All keys live in one sorted dictionary with postings, so a prefix lookup is a
 * binary search plus the matches; substrings are found by one scan of the joined dictionary, which
 * holds each distinct word once rather than once per contact. Removal marks a slot dead; dead slots
 * are dropped in bulk once they are a quarter of the index.
 */
export class ContactSearchIndex {
  private ids: string[] = [];
  private alive: boolean[] = [];
  private entries: Entries[] = [];
  private sortKeys: string[] = [];
  private slotOf = new Map<string, number>();
  private dead = 0;

  private postings = new Map<string, number[]>();
  private sortedKeys: string[] = [];
  private newKeys: string[] = [];
  private joined = '';
  private joinedStarts = new Int32Array(0);
  private joinedStale = false;

  /** Slots in tie-break order (sort key, then id), and each slot's position in it. */
  private order: number[] = [];
  private rank: number[] = [];
  private unranked: number[] = [];

  /** Word -> keys; names repeat across contacts, so most words are transcribed once. */
  private wordKeys = new Map<string, WordKey[]>();

  private best = new Int32Array(0);
  private matched = new Int32Array(0);
  private sums = new Int32Array(0);

  get size(): number {
    return this.slotOf.size;
  }

  upsert(doc: SearchDoc): void {
    this.remove(doc.id);
    const slot = this.ids.length;
    const entries = this.entriesOf(doc);
    this.ids.push(doc.id);
    this.alive.push(true);
    this.entries.push(entries);
    // Tie-break by the name read in Latin, so Иванов sorts beside Ivanov and not after every Latin name.
    this.sortKeys.push(foldForSearch(toLatinIcao(doc.names.join(' '))));
    this.rank.push(0);
    this.slotOf.set(doc.id, slot);
    this.post(slot, entries);
    this.unranked.push(slot);
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.alive[slot] = false;
    this.dead += 1;
  }

  clear(): void {
    this.ids = [];
    this.alive = [];
    this.entries = [];
    this.sortKeys = [];
    this.slotOf.clear();
    this.dead = 0;
    this.postings.clear();
    this.sortedKeys = [];
    this.newKeys = [];
    this.joined = '';
    this.joinedStarts = new Int32Array(0);
    this.joinedStale = false;
    this.order = [];
    this.rank = [];
    this.unranked = [];
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
    const terms = chunks
      .map((chunk, i) => buildTerm(chunk, open && i === chunks.length - 1))
      .filter((term): term is Term => term !== null)
      .sort((a, b) => b.length - a.length);
    if (terms.length === 0 || this.slotOf.size === 0) return { ids: [], total: 0 };
    this.prepare();

    const first = this.matchDictionary(terms[0] as Term, 0);
    let survivors = first;
    for (let t = 1; t < terms.length && survivors.length > 0; t++) {
      const term = terms[t] as Term;
      survivors =
        survivors.length <= CANDIDATE_SCAN_LIMIT
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

  private entriesOf(doc: SearchDoc): Entries {
    const keys: string[] = [];
    const fields: number[] = [];
    const seen = new Map<string, number>();
    const add = (key: string, field: number, alternative = false): void => {
      if (key === '') return;
      const tagged = `${field}${key}`;
      const at = seen.get(tagged);
      if (at === undefined) {
        seen.set(tagged, keys.length);
        keys.push(key);
        fields.push(alternative ? field | ALTERNATIVE : field);
      } else if (!alternative) {
        fields[at] = field; // another word of the field reads this way first
      }
    };
    const addWords = (values: readonly string[] | undefined, field: number): void => {
      for (const value of values ?? []) {
        for (const word of wordsOf(value)) for (const { key, alternative } of this.keysOf(word)) add(key, field, alternative);
      }
    };
    addWords(doc.names, NAMES);
    addWords(doc.organization, ORGANIZATION);
    addWords(doc.cities, CITIES);
    addWords(doc.tags, TAGS);
    addWords(doc.other, OTHER);
    // An address is matched whole, by substring: "petrov" finds ivan.petrov@duma.ru.
    for (const email of doc.emails) add(foldForSearch(email).replace(/\s+/gu, ''), EMAILS);
    return { keys, fields };
  }

  private keysOf(word: string): WordKey[] {
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
    if (this.wordKeys.size > 200_000) this.wordKeys.clear();
    this.wordKeys.set(word, keys);
    return keys;
  }

  private post(slot: number, entries: Entries): void {
    entries.keys.forEach((key, i) => {
      const posting = slot * 16 + (entries.fields[i] ?? OTHER);
      const list = this.postings.get(key);
      if (list === undefined) {
        this.postings.set(key, [posting]);
        this.newKeys.push(key);
      } else {
        list.push(posting);
      }
    });
  }

  /** Brings the dictionary, the joined text and the ranks up to date with the upserts since last time. */
  private prepare(): void {
    if (this.dead > 1024 && this.dead * 4 > this.ids.length) this.compact();
    if (this.newKeys.length > 0) {
      if (this.newKeys.length * 8 > this.sortedKeys.length) {
        this.sortedKeys = [...this.postings.keys()].sort(compareStrings);
      } else {
        for (const key of this.newKeys) this.sortedKeys.splice(lowerBound(this.sortedKeys, key), 0, key);
      }
      this.newKeys = [];
      this.joinedStale = true;
    }
    if (this.joinedStale) this.join();
    if (this.unranked.length > 0) {
      const bySortKey = (a: number, b: number): number =>
        compareStrings(this.sortKeys[a] ?? '', this.sortKeys[b] ?? '') || compareStrings(this.ids[a] ?? '', this.ids[b] ?? '');
      if (this.unranked.length * 8 > this.order.length) {
        this.order = this.ids.map((_, slot) => slot).filter((slot) => this.alive[slot]).sort(bySortKey);
      } else {
        for (const slot of this.unranked) {
          let lo = 0;
          let hi = this.order.length;
          while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (bySortKey(this.order[mid] ?? 0, slot) < 0) lo = mid + 1;
            else hi = mid;
          }
          this.order.splice(lo, 0, slot);
        }
      }
      this.order.forEach((slot, position) => {
        this.rank[slot] = position;
      });
      this.unranked = [];
    }
    if (this.best.length < this.ids.length) {
      const capacity = Math.max(1024, this.ids.length * 2);
      this.best = new Int32Array(capacity);
      this.matched = new Int32Array(capacity);
      this.sums = new Int32Array(capacity);
    }
  }

  private join(): void {
    // Keys never hold a newline, so a match cannot straddle two keys.
    this.joined = this.sortedKeys.join('\n');
    this.joinedStarts = new Int32Array(this.sortedKeys.length);
    let offset = 0;
    this.sortedKeys.forEach((key, i) => {
      this.joinedStarts[i] = offset;
      offset += key.length + 1;
    });
    this.joinedStale = false;
  }

  private compact(): void {
    const live = this.ids.map((_, slot) => slot).filter((slot) => this.alive[slot]);
    const ids = live.map((slot) => this.ids[slot] ?? '');
    const entries = live.map((slot) => this.entries[slot] ?? { keys: [], fields: [] });
    const sortKeys = live.map((slot) => this.sortKeys[slot] ?? '');
    this.ids = ids;
    this.entries = entries;
    this.sortKeys = sortKeys;
    this.alive = ids.map(() => true);
    this.rank = ids.map(() => 0);
    this.slotOf = new Map(ids.map((id, slot) => [id, slot]));
    this.dead = 0;
    this.postings.clear();
    this.sortedKeys = [];
    this.newKeys = [];
    entries.forEach((e, slot) => this.post(slot, e));
    this.order = [];
    this.unranked = ids.map((_, slot) => slot);
  }

  // ---- matching ----

  /**
   * Scores `term` against every contact through the dictionary. From the second term on, only
   * contacts that matched every earlier term (matched[slot] === t) count. Returns the slots that now
   * match terms 0..t, with their scores added to `sums`.
   */
  private matchDictionary(term: Term, t: number): number[] {
    const touched: number[] = [];
    const credit = (key: string, score: number): void => {
      if (score === 0) return;
      const list = this.postings.get(key);
      if (list === undefined) return;
      for (const posting of list) {
        const slot = posting >>> 4;
        if (this.matched[slot] !== t || !this.alive[slot]) continue;
        const field = posting & FIELD_MASK;
        if (term.namesOnly && (posting & 15) !== NAMES) continue;
        const value = score * (FIELD_WEIGHT[field] ?? 1);
        const best = this.best[slot] ?? 0;
        if (value > best) {
          if (best === 0) touched.push(slot);
          this.best[slot] = value;
        }
      }
    };

    for (const pattern of term.patterns) {
      const keys = this.sortedKeys;
      for (let i = lowerBound(keys, pattern.key); i < keys.length; i++) {
        const key = keys[i] as string;
        if (!key.startsWith(pattern.key)) break;
        credit(key, key.length === pattern.key.length ? pattern.exact : pattern.prefix);
      }
      if (pattern.substring > 0) {
        let lastKey = -1;
        for (let at = this.joined.indexOf(pattern.key, 1); at !== -1; at = this.joined.indexOf(pattern.key, at + 1)) {
          const k = upperBound(this.joinedStarts, at) - 1;
          // At a key's start it is a prefix, counted above; a key holding the term twice counts once.
          if (k === lastKey || this.joinedStarts[k] === at) continue;
          lastKey = k;
          credit(keys[k] as string, pattern.substring);
        }
      }
    }
    return this.settle(touched, t);
  }

  /** The same scores as matchDictionary, found by checking each surviving contact's own words. */
  private matchCandidates(term: Term, t: number, survivors: number[]): number[] {
    const touched: number[] = [];
    for (const slot of survivors) {
      const { keys, fields } = this.entries[slot] as Entries;
      let best = 0;
      for (let i = 0; i < keys.length; i++) {
        const bits = fields[i] ?? OTHER;
        if (term.namesOnly && bits !== NAMES) continue;
        const field = bits & FIELD_MASK;
        const key = keys[i] as string;
        const weight = FIELD_WEIGHT[field] ?? 1;
        for (const pattern of term.patterns) {
          let score = 0;
          if (key.startsWith(pattern.key)) score = key.length === pattern.key.length ? pattern.exact : pattern.prefix;
          else if (pattern.substring > 0 && key.includes(pattern.key)) score = pattern.substring;
          if (score * weight > best) best = score * weight;
        }
      }
      if (best > 0) {
        touched.push(slot);
        this.best[slot] = best;
      }
    }
    return this.settle(touched, t);
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
    const packed = (slot: number): number => (this.sums[slot] ?? 0) * RANK_SPAN + (RANK_SPAN - 1 - (this.rank[slot] ?? 0));
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
      return this.ids[this.order[position] ?? -1] ?? '';
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
  const add = (key: string, scores: Omit<Pattern, 'key'>, substring: boolean): void => {
    if (key === '') return;
    const had = patterns.get(key);
    const allowed = free && substring ? scores.substring : 0;
    if (had === undefined) {
      patterns.set(key, { key, exact: scores.exact, prefix: scores.prefix, substring: allowed });
    } else {
      had.exact = Math.max(had.exact, scores.exact);
      had.prefix = Math.max(had.prefix, scores.prefix);
      had.substring = Math.max(had.substring, allowed);
    }
  };
  const addReading = (text: string, typed: typeof RAW, transcribed: typeof RAW, guessed: typeof RAW): void => {
    // The folded text itself, with punctuation kept inside it for addresses (ivan.petrov@duma.ru).
    const folded = foldForSearch(text).replace(APOSTROPHES, '').replace(EDGE_PUNCTUATION, '');
    add(folded, typed, true);
    add(searchLetters(text), typed, true);
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
  return { patterns: [...patterns.values()], namesOnly: !free, length };
}

/**
 * Words of a field value, split at spaces and punctuation. A hyphenated or dotted word also counts
 * joined (Римский-Корсаков as rimskikorsakov), so typing it either way finds it.
 */
function wordsOf(value: string): string[] {
  const words: string[] = [];
  for (const chunk of value.split(/\s+/u)) {
    const parts = chunk.split(/[^\p{L}\p{N}'"`´‘’ʹʺʼ″·]+/u).filter((part) => LETTER_OR_DIGIT.test(part));
    words.push(...parts);
    if (parts.length > 1) words.push(parts.join(''));
  }
  return words;
}

// ---- small helpers ----

// Code-unit order, not locale order: the same on every machine, so ties always break the same way.
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is greater than `value`. */
function upperBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
