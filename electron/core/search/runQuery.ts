import type { AddressCorpus } from './AddressCorpus';
import { EXACT, PREFIX, type BigramCorpus } from './BigramCorpus';
import { FIELD_MASK, FIELD_WEIGHT, NAMES, NOT_WORD, OTHER, POSTING_BITS, VALUE } from './entryBits';
import type { KeyDictionary } from './KeyDictionary';
import type { Term } from './queryTerms';
import type { SearchScratch } from './SearchScratch';
import { isDigits } from './searchWords';
import type { SlotOrder } from './SlotOrder';
import type { SlotTable } from './SlotTable';
import { topRanked } from './topRanked';
import type { ValueTable } from './ValueTable';

export interface SearchResult {
  /** Best match first. */
  ids: string[];
  /** How many contacts match, however many `ids` holds. */
  total: number;
}

/** What a query reads of a prepared index (every posting, sorted key and rank up to date). */
export interface SearchableIndex {
  slots: SlotTable;
  dictionary: KeyDictionary;
  values: ValueTable;
  addresses: AddressCorpus;
  numbers: BigramCorpus;
  /** How many addresses and numbers are entered as names: one or two typed letters must look at them too. */
  looseNames: number;
  order: SlotOrder;
  scratch: SearchScratch;
}

// Rough costs, in postings visited, for choosing how to match a later term: checking one surviving
// contact's keys against one pattern, and looking up one substring.
const CANDIDATE_KEY_COST = 25;
const SUBSTRING_SCAN_COST = 5_000;

/**
 * Contacts matching every term, best first: an exact word beats a prefix beats a substring or a
 * loose match, and names beat organisation, city, email and tags; ties go by the index's SlotOrder.
 */
export function runQuery(index: SearchableIndex, built: readonly Term[], limit: number): SearchResult {
  // The rarest term first: every later term then only has its survivors to check.
  const terms = built.map((term) => ({ term, postings: postingsUnder(index, term) })).sort((a, b) => a.postings - b.postings);
  const first = matchDictionary(index, terms[0]?.term as Term, 0);
  let survivors = first;
  for (let t = 1; t < terms.length && survivors.length > 0; t++) {
    const { term, postings } = terms[t] as { term: Term; postings: number };
    const perContact = CANDIDATE_KEY_COST * term.patterns.length;
    const scans = term.patterns.filter((pattern) => pattern.substring > 0).length;
    survivors =
      survivors.length * perContact < postings + scans * SUBSTRING_SCAN_COST
        ? matchCandidates(index, term, t, survivors)
        : matchDictionary(index, term, t);
  }
  const { ids } = index.slots;
  const { order, rank } = index.order;
  const positions = topRanked(survivors, limit, index.scratch.sums, rank);
  const result = { ids: positions.map((position) => ids[order[position] ?? -1] ?? ''), total: survivors.length };
  index.scratch.reset(first);
  return result;
}

/**
 * Scores `term` against every contact through the dictionary. From the second term on, only
 * contacts that matched every earlier term (matched[slot] === t) count. Returns the slots that now
 * match terms 0..t, with their scores added to the scratch sums.
 */
export function matchDictionary(index: SearchableIndex, term: Term, t: number): number[] {
  const touched: number[] = [];
  const { matched, best } = index.scratch;
  const { alive } = index.slots;
  const { names, others, text: keyText, sorted } = index.dictionary;
  const { keyValues, slots: valueSlots } = index.values;
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
  const credit = (id: number, score: number): void => {
    current = score;
    names.forEach(id, creditCurrent);
    if (term.namesOnly) return;
    others.forEach(id, creditCurrent);
    const values = keyValues[id];
    if (values !== undefined) for (const value of values) valueSlots.forEach(value, creditCurrent);
  };
  const looseToo = !term.namesOnly || index.looseNames > 0;

  for (const { key: wanted, exact, prefix, substring, typed } of term.patterns) {
    for (let i = index.dictionary.lowerBound(wanted); i < sorted.length; i++) {
      const id = sorted[i] as number;
      const key = keyText[id] as string;
      if (!key.startsWith(wanted)) break;
      const score = key.length === wanted.length ? exact : prefix;
      if (score > 0) credit(id, score);
    }
    if (substring > 0) {
      const visit = (id: number): void => credit(id, substring);
      index.dictionary.words.scan(wanted, visit);
      if (typed) index.dictionary.numberWords.scan(wanted, visit);
    }
    if (looseToo) {
      // Addresses and numbers: every reading may start one, only typed text is looked for inside.
      const inside = typed && substring > 0;
      const visit = (posting: number, how: number): void => {
        const score = how === EXACT ? exact : how === PREFIX ? prefix : substring;
        if (score > 0) creditPosting(posting, score);
      };
      index.addresses.scan(wanted, inside, visit);
      if (isDigits(wanted)) index.numbers.scan(wanted, inside, visit);
    }
  }
  index.scratch.settle(touched, t);
  return touched;
}

/** The same scores as matchDictionary, found by checking each surviving contact's own keys. */
export function matchCandidates(index: SearchableIndex, term: Term, t: number, survivors: readonly number[]): number[] {
  const touched: number[] = [];
  const { entryBits, entryIds, entryStart, entryEnd, looseKeys } = index.slots;
  const { text: keyText, kind: keyKind } = index.dictionary;
  const valueWords = index.values.words;
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
  const bestOf = index.scratch.best;
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
      bestOf[slot] = best;
    }
  }
  index.scratch.settle(touched, t);
  return touched;
}

/** How many postings the prefixes of `term` reach: a cheap measure of how common it is. */
export function postingsUnder(index: SearchableIndex, term: Term): number {
  const { dictionary, values } = index;
  const { sorted, text, names, others } = dictionary;
  let total = 0;
  for (const { key } of term.patterns) {
    for (let i = dictionary.lowerBound(key); i < sorted.length; i++) {
      const id = sorted[i] as number;
      if (!(text[id] as string).startsWith(key)) break;
      total += names.count(id);
      if (term.namesOnly) continue;
      total += others.count(id);
      for (const value of values.keyValues[id] ?? []) total += values.slots.count(value);
    }
    if (!term.namesOnly) {
      total += index.addresses.estimate(key);
      if (isDigits(key)) total += index.numbers.estimate(key);
    }
  }
  return total;
}
