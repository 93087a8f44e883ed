import { swapLayout } from '../../shared/transliteration/keyboardLayout';
import { foldForSearch, searchKeys, searchKeysForPrefix, searchLetters } from '../../shared/transliteration/searchKey';
import { surnameNominatives } from '../../shared/transliteration/surnameCases';

/** One way of reading a typed term, with the score of each kind of match. */
export interface Pattern {
  key: string;
  exact: number;
  prefix: number;
  substring: number;
  /** Typed text (not a transliteration): it may match inside addresses and numbers too. */
  typed: boolean;
}

/** A whitespace-separated piece of the query, read every way it may be meant. */
export interface Term {
  patterns: Pattern[];
  /** A short term: it matches names, read the likely way, and nothing else. */
  namesOnly: boolean;
}

// Pattern scores by how the term was read: as typed (raw) > transliterated (skeleton) > typed on
// the wrong layout (swapped) > a guess at how an unfinished word goes on (loose).
const RAW = { exact: 10, prefix: 7, substring: 2 };
const SKELETON = { exact: 9, prefix: 6, substring: 1 };
const SWAPPED = { exact: 8, prefix: 5, substring: 0 };
const LOOSE = { exact: 5, prefix: 4, substring: 0 };
const SWAPPED_LOOSE = { exact: 3, prefix: 3, substring: 0 };
// A surname in another grammatical case (Смирновой) read as its nominative: the whole word only.
const DECLINED = { exact: 6, prefix: 0, substring: 0 };

/** Shorter terms match name prefixes only: one or two letters are for running down a list of names. */
export const MIN_FREE_TERM = 3;

const APOSTROPHES = /['"`´‘’ʹʺʼ″·]/gu;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const CYRILLIC = /[\u0400-\u04ff]/u;

/** The terms of a query; the last one, unless followed by a space, is taken as still being typed. */
export function queryTerms(query: string): Term[] {
  const chunks = query.split(/\s+/u).filter((chunk) => chunk !== '');
  const open = !/\s$/u.test(query);
  return chunks.map((chunk, i) => buildTerm(chunk, open && i === chunks.length - 1)).filter((term): term is Term => term !== null);
}

/** One term: `open` when more letters may follow. Null for a chunk without letters or digits. */
export function buildTerm(chunk: string, open: boolean): Term | null {
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
  if (free) for (const nominative of surnameNominatives(chunk)) for (const key of searchKeys(nominative)) add(key, DECLINED, false);
  // Wrong-layout typing: from three letters on, where the swap yields letters at all.
  const swapped = swapLayout(chunk);
  if (free && swapped !== chunk && [...searchLetters(swapped)].length >= MIN_FREE_TERM) {
    addReading(swapped, SWAPPED, SWAPPED, SWAPPED_LOOSE);
  }
  return { patterns: [...patterns.values()], namesOnly: !free };
}
