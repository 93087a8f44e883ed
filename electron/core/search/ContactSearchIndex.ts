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
const DIGITS = /^[0-9]+$/;
const DIGIT = /[0-9]/;
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

/** One contact's precomputed words: keys[i] occurs in field fields[i] (a field code | ALTERNATIVE | NOT_WORD). */
interface Entries {
  keys: string[];
  fields: number[];
}

interface WordKey {
  key: string;
  alternative: boolean;
}

/**
 * Keys joined into one text, so that a substring is found by one indexOf scan rather than a test
 * of every key. Keys are appended, never inserted, so adding a contact never rebuilds the text.
 */
class KeyCorpus {
  private text = '';
  private pending: string[] = [];
  private readonly starts: number[] = [];
  private readonly ids: number[] = [];
  private end = 0;

  add(id: number, key: string): void {
    // A newline before each key: keys hold none, so a match never straddles two keys.
    this.starts.push(this.end + 1);
    this.ids.push(id);
    this.pending.push(`\n${key}`);
    this.end += key.length + 1;
  }

  /** Calls `visit` with the id of each key holding `pattern` anywhere but at its start (a prefix). */
  scan(pattern: string, visit: (id: number) => void): void {
    if (this.pending.length > 0) {
      this.text += this.pending.join('');
      this.pending = [];
    }
    const { text, starts, ids } = this;
    const last = starts.length - 1;
    let k = 0;
    let at = text.indexOf(pattern);
    while (at !== -1) {
      // Hits come in order: find the key holding this one by stepping on from the last, or by
      // bisection when it is far.
      if (k < last && (starts[k + 1] as number) <= at) {
        let lo = k + 1;
        let hi = last;
        while (lo < hi) {
          const mid = (lo + hi + 1) >>> 1;
          if ((starts[mid] as number) <= at) lo = mid;
          else hi = mid - 1;
        }
        k = lo;
      }
      if (starts[k] !== at) visit(ids[k] as number);
      // A key holding the pattern twice counts once: go on from the next key.
      at = k < last ? text.indexOf(pattern, starts[k + 1]) : -1;
    }
  }
}

/**
 * Addresses for substring search through their trigrams: there is one address per contact, too
 * many to scan on every keystroke. A pattern's rarest trigram names the few addresses worth checking.
 */
class TrigramCorpus {
  private readonly keys: string[] = [];
  private readonly ids: number[] = [];
  private readonly lists = new Map<number, number[]>();

  add(id: number, key: string): void {
    const at = this.keys.length;
    this.keys.push(key);
    this.ids.push(id);
    for (let i = 0; i + 3 <= key.length; i++) {
      const code = trigram(key, i);
      const list = this.lists.get(code);
      if (list === undefined) this.lists.set(code, [at]);
      else if (list[list.length - 1] !== at) list.push(at);
    }
  }

  /** As KeyCorpus.scan; `pattern` has at least three characters. */
  scan(pattern: string, visit: (id: number) => void): void {
    let rarest: number[] | undefined;
    for (let i = 0; i + 3 <= pattern.length; i++) {
      const list = this.lists.get(trigram(pattern, i));
      if (list === undefined) return;
      if (rarest === undefined || list.length < rarest.length) rarest = list;
    }
    for (const at of rarest ?? []) {
      const found = (this.keys[at] as string).indexOf(pattern, 1);
      if (found > 0) visit(this.ids[at] as number);
    }
  }
}

function trigram(text: string, at: number): number {
  // Three UTF-16 units in one number; collisions beyond the BMP only cost a wasted check.
  return (text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1)) * 65536 + text.charCodeAt(at + 2);
}

/**
 * An in-memory index of contacts for search-as-you-type, in either script and across
 * romanisations (see searchKey.ts).
 *
 * Each word of a contact is reduced at upsert to its skeleton keys (and its folded spelling when
 * that differs). Every distinct key gets an id, its postings and a place in a sorted list, so a
 * prefix lookup is a binary search plus the matches. Substrings are looked up among distinct keys,
 * not contacts: word keys and numbers by scanning them joined into one text, addresses (one per
 * contact) through their trigrams. Removal marks a slot dead; dead slots are dropped in bulk once
 * they are a quarter of the index. Sorting and ranking wait for the next search, so a bulk load
 * pays for them once.
 */
export class ContactSearchIndex {
  // Per slot (a contact's place; an upsert takes a new one).
  private ids: string[] = [];
  private alive: boolean[] = [];
  private entries: Entries[] = [];
  private sortKeys: string[] = [];
  private slotOf = new Map<string, number>();
  private dead = 0;

  // Per key id.
  private keyIdOf = new Map<string, number>();
  private keyText: string[] = [];
  /** Postings in names apart from the rest, since one or two typed letters look at names only. */
  private keyNames: (number[] | undefined)[] = [];
  private keyOthers: (number[] | undefined)[] = [];
  /** Key ids in code-unit order of their text, for prefix lookups; `unsorted` are not placed yet. */
  private sorted: number[] = [];
  private unsorted: number[] = [];
  private words = new KeyCorpus();
  private addresses = new TrigramCorpus();
  private numbers = new KeyCorpus();

  /** Slots in tie-break order (sort key, then id), and each slot's position in it. */
  private order: number[] = [];
  private rank: number[] = [];
  private unranked: number[] = [];

  /** Word -> keys; names repeat across contacts, so most words are transcribed once. */
  private wordKeys = new Map<string, WordKey[]>();

  // Scratch per search, all zero between searches.
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
    this.clearKeys();
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
    const built = chunks
      .map((chunk, i) => buildTerm(chunk, open && i === chunks.length - 1))
      .filter((term): term is Term => term !== null);
    if (built.length === 0 || this.slotOf.size === 0) return { ids: [], total: 0 };
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

  private entriesOf(doc: SearchDoc): Entries {
    const keys: string[] = [];
    const fields: number[] = [];
    const add = (key: string, field: number, alternative = false): void => {
      if (key === '') return;
      // A contact has a few dozen keys at most: a linear look beats hashing a tagged string.
      for (let i = 0; i < keys.length; i++) {
        if (keys[i] === key && ((fields[i] ?? 0) & FIELD_MASK) === field) {
          if (!alternative) fields[i] = (fields[i] ?? 0) & ~ALTERNATIVE; // another word reads this way first
          return;
        }
      }
      keys.push(key);
      fields.push(field | (alternative ? ALTERNATIVE : 0) | (isWordKey(key) ? 0 : NOT_WORD));
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
    // Numbers (phones, years) are their own key, and too many and too varied to cache.
    if (DIGITS.test(word)) return [{ key: word, alternative: false }];
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
    const { keys, fields } = entries;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const posting = slot * 16 + ((fields[i] ?? OTHER) & POSTING_BITS);
      let id = this.keyIdOf.get(key);
      if (id === undefined) {
        id = this.keyText.length;
        this.keyIdOf.set(key, id);
        this.keyText.push(key);
        this.keyNames.push(undefined);
        this.keyOthers.push(undefined);
        this.unsorted.push(id);
        if (DIGITS.test(key)) this.numbers.add(id, key);
        else if (isWordKey(key)) this.words.add(id, key);
        else this.addresses.add(id, key);
      }
      const lists = (posting & FIELD_MASK) === NAMES ? this.keyNames : this.keyOthers;
      const list = lists[id];
      if (list === undefined) lists[id] = [posting];
      else list.push(posting);
    }
  }

  private clearKeys(): void {
    this.keyIdOf = new Map();
    this.keyText = [];
    this.keyNames = [];
    this.keyOthers = [];
    this.sorted = [];
    this.unsorted = [];
    this.words = new KeyCorpus();
    this.addresses = new TrigramCorpus();
    this.numbers = new KeyCorpus();
  }

  /** Brings the sorted keys and the ranks up to date with the upserts since the last search. */
  private prepare(): void {
    if (this.dead > 1024 && this.dead * 4 > this.ids.length) this.compact();
    const text = this.keyText;
    if (this.unsorted.length * 8 > this.sorted.length) {
      // In bulk: the default sort compares strings by code units, as lowerBound does.
      this.sorted = [...text].sort().map((key) => this.keyIdOf.get(key) ?? 0);
    } else {
      for (const id of this.unsorted) this.sorted.splice(this.lowerBound(text[id] ?? ''), 0, id);
    }
    this.unsorted = [];
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

  private compact(): void {
    const live = this.ids.map((_, slot) => slot).filter((slot) => this.alive[slot]);
    this.ids = live.map((slot) => this.ids[slot] ?? '');
    this.entries = live.map((slot) => this.entries[slot] ?? { keys: [], fields: [] });
    this.sortKeys = live.map((slot) => this.sortKeys[slot] ?? '');
    this.alive = this.ids.map(() => true);
    this.rank = this.ids.map(() => 0);
    this.slotOf = new Map(this.ids.map((id, slot) => [id, slot]));
    this.dead = 0;
    this.clearKeys();
    this.entries.forEach((entries, slot) => this.post(slot, entries));
    this.order = [];
    this.unranked = this.ids.map((_, slot) => slot);
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
    const creditList = (list: readonly number[], score: number): void => {
      for (let j = 0; j < list.length; j++) {
        const posting = list[j] as number;
        const slot = posting >>> 4;
        if (matched[slot] !== t || alive[slot] !== true) continue;
        if (term.namesOnly && (posting & ALTERNATIVE) !== 0) continue;
        const value = score * (FIELD_WEIGHT[posting & FIELD_MASK] ?? 1);
        const had = best[slot] ?? 0;
        if (value > had) {
          if (had === 0) touched.push(slot);
          best[slot] = value;
        }
      }
    };
    const credit = (id: number, score: number): void => {
      const names = keyNames[id];
      if (names !== undefined) creditList(names, score);
      const others = term.namesOnly ? undefined : keyOthers[id];
      if (others !== undefined) creditList(others, score);
    };

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
        if (typed) {
          this.addresses.scan(wanted, visit);
          if (DIGIT.test(wanted)) this.numbers.scan(wanted, visit);
        }
      }
    }
    return this.settle(touched, t);
  }

  /** The same scores as matchDictionary, found by checking each surviving contact's own keys. */
  private matchCandidates(term: Term, t: number, survivors: number[]): number[] {
    const touched: number[] = [];
    for (const slot of survivors) {
      const { keys, fields } = this.entries[slot] as Entries;
      let best = 0;
      for (let i = 0; i < keys.length; i++) {
        const bits = fields[i] ?? OTHER;
        if (term.namesOnly && (bits & POSTING_BITS) !== NAMES) continue;
        const key = keys[i] as string;
        const weight = FIELD_WEIGHT[bits & FIELD_MASK] ?? 1;
        for (const pattern of term.patterns) {
          let score = 0;
          if (key.startsWith(pattern.key)) score = key.length === pattern.key.length ? pattern.exact : pattern.prefix;
          else if (pattern.substring > 0 && (pattern.typed || (bits & NOT_WORD) === 0) && key.includes(pattern.key)) score = pattern.substring;
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

  /** How many postings the prefixes of `term` reach: a cheap measure of how common it is. */
  private postingsUnder(term: Term): number {
    let total = 0;
    for (const { key } of term.patterns) {
      for (let i = this.lowerBound(key); i < this.sorted.length; i++) {
        const id = this.sorted[i] as number;
        if (!(this.keyText[id] as string).startsWith(key)) break;
        total += (this.keyNames[id]?.length ?? 0) + (term.namesOnly ? 0 : (this.keyOthers[id]?.length ?? 0));
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

/** A key made from a word, not an address or a number: transliterations may match inside it. */
function isWordKey(key: string): boolean {
  return !DIGITS.test(key) && !key.includes('@');
}

// Code-unit order, not locale order: the same on every machine, so ties always break the same way.
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
