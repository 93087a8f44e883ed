import { NAMES, CITIES, EMAILS, ORGANIZATION, OTHER, TAGS } from '../../electron/core/search/entryBits';
import { queryTerms, type Term } from '../../electron/core/search/queryTerms';
import type { SearchDoc } from '../../electron/core/search/SearchDoc';
import { addressKey, isDigits, isWordKey, wordsOf } from '../../electron/core/search/searchWords';
import { WordKeyer } from '../../electron/core/search/WordKeyer';

/** One search key of a contact, as the index derives it, with where it sits. */
interface DocKey {
  key: string;
  field: number;
  /** Only a less likely reading of its word(s): one or two typed letters do not match it. */
  alternative: boolean;
  /** An address or a number, or a dictionary key that is one: only typed text matches inside it. */
  notWord: boolean;
}

/**
 * A slow, obviously correct search: the contact's keys in a plain list, and a query accepted when
 * each of its terms has a reading (Term pattern) that is the whole of a key or its start with a
 * positive score, or, for a reading allowed to, found inside one. No dictionary, posting list,
 * corpus, value table or heap: what the index must agree with, contact by contact.
 */
export class ReferenceSearch {
  private keyer = new WordKeyer();
  private docs: { id: string; keys: DocKey[] }[] = [];

  constructor(docs: Iterable<SearchDoc>) {
    for (const doc of docs) this.docs.push({ id: doc.id, keys: this.keysOf(doc) });
  }

  /** Ids of every contact the query accepts, in the order given. */
  matches(query: string): string[] {
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    return this.docs.filter((doc) => terms.every((term) => doc.keys.some((key) => accepts(term, key)))).map((doc) => doc.id);
  }

  /** Whether the query accepts the contact `id`. */
  accepts(query: string, id: string): boolean {
    const terms = queryTerms(query);
    const doc = this.docs.find((d) => d.id === id);
    return doc !== undefined && terms.length > 0 && terms.every((term) => doc.keys.some((key) => accepts(term, key)));
  }

  private keysOf(doc: SearchDoc): DocKey[] {
    const keys: DocKey[] = [];
    const add = (key: string, field: number, alternative: boolean, notWord: boolean): void => {
      if (key === '') return;
      const same = keys.find((k) => k.key === key && k.field === field);
      if (same) same.alternative &&= alternative;
      else keys.push({ key, field, alternative, notWord });
    };
    const words = (value: string, field: number): void => {
      for (const word of wordsOf(value)) for (const { key, alternative } of this.keyer.keysOf(word)) add(key, field, field === NAMES && alternative, !isWordKey(key));
    };
    for (const name of doc.names) words(name, NAMES);
    const fields: [readonly string[], number][] = [
      [doc.organization, ORGANIZATION],
      [doc.cities, CITIES],
      [doc.tags, TAGS],
      [doc.other ?? [], OTHER],
    ];
    for (const [values, field] of fields) {
      for (const value of values) {
        // A value of digits only (a phone number) is one key, kept whole.
        if (isDigits(value)) add(value, field, false, true);
        else words(value, field);
      }
    }
    for (const email of doc.emails) {
      const key = addressKey(email);
      add(key, EMAILS, false, !isWordKey(key));
    }
    return keys;
  }
}

function accepts(term: Term, { key, field, alternative, notWord }: DocKey): boolean {
  if (term.namesOnly && (field !== NAMES || alternative)) return false;
  return term.patterns.some((pattern) => {
    if (key.startsWith(pattern.key)) return (key.length === pattern.key.length ? pattern.exact : pattern.prefix) > 0;
    // Digits typed find a number anywhere inside; other readings look inside words only.
    return pattern.substring > 0 && (pattern.typed || !notWord) && key.includes(pattern.key);
  });
}
