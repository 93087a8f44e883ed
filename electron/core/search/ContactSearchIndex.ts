import { foldForSearch } from '../../shared/transliteration/searchKey';
import { toLatinIcao } from '../../shared/transliteration/toLatinIcao';
import { AddressCorpus } from './AddressCorpus';
import { BigramCorpus } from './BigramCorpus';
import { IMAGE_VERSION, type ContactSearchIndexImage } from './ContactSearchIndexImage';
import { ADDRESS, CITIES, EMAILS, FIELD_MASK, NAMES, ORGANIZATION, OTHER, POSTING_BITS, TAGS, VALUE } from './entryBits';
import { JoinedStrings } from './JoinedStrings';
import { KeyDictionary } from './KeyDictionary';
import { queryTerms } from './queryTerms';
import { runQuery, type SearchableIndex, type SearchResult } from './runQuery';
import type { SearchDoc } from './SearchDoc';
import { SearchScratch } from './SearchScratch';
import { addressKey, isDigits, isWordKey } from './searchWords';
import { SlotOrder } from './SlotOrder';
import { SlotTable } from './SlotTable';
import { ValueTable, type ValueKeys } from './ValueTable';
import { WordKeyer } from './WordKeyer';

export type { SearchDoc } from './SearchDoc';
export type { SearchResult } from './runQuery';

/**
 * An in-memory index of contacts for search-as-you-type, in either script and across
 * romanisations (see searchKey.ts). This class ties the parts together and keeps them in step:
 *
 * - WordKeyer reduces each word of a contact to its skeleton keys (and its folded spelling);
 * - KeyDictionary gives every distinct key an id, its postings and a place in a sorted list;
 * - ValueTable reads a distinct field value (organisation, city, tag, title) once and lists its keys;
 * - SlotTable holds each contact's slot and entries: its names' keys, its values, and its email
 *   addresses and phone numbers (one or two per contact, rarely shared), which stay out of the
 *   dictionary and are found through their letter pairs (AddressCorpus, BigramCorpus);
 * - SlotOrder breaks ties by name; runQuery matches and ranks; ContactSearchIndexImage is the
 *   whole as plain data for the index file.
 *
 * Removal marks a slot dead; dead slots are dropped in bulk once they are a quarter of the index.
 * Posting lists, sorting and ranking wait for the next search (or `prepare`), so a bulk load pays
 * for them once.
 */
export class ContactSearchIndex {
  private slots = new SlotTable();
  private dictionary = new KeyDictionary();
  private values = new ValueTable();
  private keyer = new WordKeyer();
  private addresses = new AddressCorpus();
  private numbers = new BigramCorpus({ everyPlace: false });
  /** Addresses and numbers entered as names (rare): one or two typed letters must look at them too. */
  private looseNames = 0;
  /** Slots below this one have their dictionary and value postings. */
  private postedSlots = 0;
  /** Slots in tie-break order: by name read in Latin, so Иванов sorts beside Ivanov, then by id. */
  private order = new SlotOrder();
  private pieces: number[] = [];
  private scratch = new SearchScratch();

  get size(): number {
    return this.slots.size;
  }

  /** The index, prepared, as plain data (see ContactSearchIndexImage). */
  image(): ContactSearchIndexImage {
    this.prepare();
    // Everything in the bulk lists, none added one by one, so the image is two arrays per list.
    const { names, others } = this.dictionary;
    if (names.pending + others.pending + this.values.slots.pending > 0) this.postWords(true);
    return {
      version: IMAGE_VERSION,
      ...this.slots.image(),
      ...this.dictionary.image(),
      addresses: this.addresses.image(),
      // A number's key is in the slot table already: fromImage lists them again (numberKeysOf).
      numbers: this.numbers.image(false),
      looseNames: this.looseNames,
      ...this.values.image(),
      slots: this.order.image(),
    };
  }

  /** The index an image was taken of, ready to search and to take upserts. */
  static fromImage(image: ContactSearchIndexImage): ContactSearchIndex {
    if (image.version !== IMAGE_VERSION) throw new Error(`A search index image of version ${String(image.version)} cannot be read; it is rebuilt.`);
    const index = new ContactSearchIndex();
    const slots = SlotTable.fromImage(image, image.keyText.length);
    index.slots = slots;
    index.dictionary = KeyDictionary.fromImage(image);
    index.postedSlots = image.ids.length;
    index.addresses = AddressCorpus.fromImage(image.addresses);
    const loaded = slots.entries;
    index.numbers = BigramCorpus.fromImage(image.numbers, (count) => JoinedStrings.fromLister(() => slots.numberKeysOf(loaded), count));
    index.looseNames = image.looseNames;
    index.values = ValueTable.fromImage(image);
    index.order = SlotOrder.fromImage(image.slots);
    index.prepare();
    return index;
  }

  upsert(doc: SearchDoc): void {
    this.remove(doc.id);
    const { slots, pieces } = this;
    const slot = slots.nextSlot;
    const start = slots.entries;
    pieces.length = 0;
    for (const name of doc.names) {
      const value = this.values.keysOf(name, this.dictionary, this.keyer);
      // The sort text of each name, split at spaces: joined again they are the names read in Latin.
      value.pieces ??= foldForSearch(toLatinIcao(name))
        .split(' ')
        .map((text) => this.order.piece(text));
      for (const piece of value.pieces) pieces.push(piece);
      this.addName(slot, value);
    }
    this.addValues(slot, start, doc.organization, ORGANIZATION);
    this.addValues(slot, start, doc.cities, CITIES);
    this.addValues(slot, start, doc.tags, TAGS);
    if (doc.other) this.addValues(slot, start, doc.other, OTHER);
    // An address is matched whole, by substring: "petrov" finds ivan.petrov@duma.ru.
    for (const email of doc.emails) this.addKey(slot, start, addressKey(email), EMAILS, false);
    this.order.add(pieces);
    slots.close(doc.id, start);
    this.postLoose(slot, start, slots.entries);
  }

  remove(id: string): void {
    this.slots.remove(id);
  }

  clear(): void {
    this.slots = new SlotTable();
    this.clearKeys();
    this.order.clear();
    this.keyer.clear();
  }

  /**
   * Contacts matching every whitespace-separated term of `query`, best first: an exact word beats a
   * prefix beats a substring or a loose match, and names beat organisation, city, email and tags.
   * The last term, unless followed by a space, is taken as still being typed.
   */
  search(query: string, limit = 50): SearchResult {
    const terms = queryTerms(query);
    if (terms.length === 0 || this.size === 0) return { ids: [], total: 0 };
    this.prepare();
    const { slots, dictionary, values, addresses, numbers, looseNames, order, scratch } = this;
    const searchable: SearchableIndex = { slots, dictionary, values, addresses, numbers, looseNames, order, scratch };
    return runQuery(searchable, terms, limit);
  }

  /**
   * Brings the posting lists, the sorted keys, the letter-pair lists and the tie-break ranks up to
   * date with the upserts since: done by the next search anyway, or ahead of it after a bulk load.
   */
  prepare(): void {
    const { slots } = this;
    if (slots.dead > 1024 && slots.dead * 4 > slots.ids.length) this.compact();
    this.dictionary.sort();
    if (this.postedSlots < this.slots.ids.length) this.postWords();
    this.addresses.refresh();
    this.numbers.refresh();
    this.order.prepare(this.slots.ids, this.slots.alive);
    this.scratch.ensure(this.slots.ids.length);
  }

  // ---- building ----

  private addName(slot: number, value: ValueKeys): void {
    const { words } = value;
    const { kind } = this.dictionary;
    for (let i = 0; i < words.length; i++) {
      const packed = words[i] as number;
      const id = packed >>> 1;
      this.slots.addWordEntry(slot, id, NAMES, (packed & 1) === 1, kind[id] as number);
    }
  }

  private addValues(slot: number, start: number, values: readonly string[], field: number): void {
    for (const value of values) {
      // Phone numbers: one per contact, never worth remembering.
      if (isDigits(value)) {
        this.addKey(slot, start, value, field, false);
        continue;
      }
      const id = this.values.idFor(field, value, this.dictionary, this.keyer);
      if (this.values.takeOnce(id, slot)) this.slots.pushEntry(id, field | VALUE);
    }
  }

  /** Adds one key of the slot's own, merging it with an equal key in the same field. */
  private addKey(slot: number, start: number, key: string, field: number, alternative: boolean): void {
    if (key === '') return;
    if (isWordKey(key)) {
      const id = this.dictionary.idFor(key);
      this.slots.addWordEntry(slot, id, field, alternative, this.dictionary.kind[id] as number);
    } else {
      this.slots.addLooseKey(start, key, field, alternative);
    }
  }

  /** Addresses and numbers go to their corpora at once; dictionary and value postings wait for `prepare`. */
  private postLoose(slot: number, start: number, end: number): void {
    const { entryBits, entryIds, looseKeys } = this.slots;
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
    const { ids, alive, entryStart, entryEnd, entryIds, entryBits, entries } = this.slots;
    const { names: keyNames, others: keyOthers } = this.dictionary;
    const valueSlots = this.values.slots;
    const waiting = entries - (entryStart[this.postedSlots] ?? entries);
    const added = keyNames.pending + keyOthers.pending + valueSlots.pending;
    const bulk = forceBulk || waiting + added > Math.max(4096, entries / 8);
    const from = bulk ? 0 : this.postedSlots;
    // Bulk: (list, posting) pairs for each kind of list, then one counting sort each.
    const capacity = bulk ? entries : 0;
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
      keyNames.rebuild(this.dictionary.size, names.owners, names.postings, names.count);
      keyOthers.rebuild(this.dictionary.size, others.owners, others.postings, others.count);
      valueSlots.rebuild(this.values.size, values.owners, values.postings, values.count);
    }
    this.postedSlots = ids.length;
  }

  private clearKeys(): void {
    this.dictionary.clear();
    this.values.clear();
    this.postedSlots = 0;
    this.addresses.clear();
    this.numbers.clear();
    this.looseNames = 0;
    // Stamps name slots; slots are numbered afresh after this.
    this.slots.forgetKeys();
  }

  /** Drops the dead slots: the live ones are renumbered and their keys listed again. */
  private compact(): void {
    const keyText = this.dictionary.text;
    const valueText = this.values.text;
    const old = this.slots.restart();
    this.order.compact(old.live);
    this.clearKeys();
    const { slots } = this;
    old.live.forEach((was, slot) => {
      const start = slots.entries;
      for (let i = old.entryStart[was] as number; i < (old.entryEnd[was] as number); i++) {
        const id = old.entryIds[i] as number;
        const bits = old.entryBits[i] as number;
        if ((bits & VALUE) !== 0) {
          slots.pushEntry(this.values.idFor(bits & FIELD_MASK, valueText[id] as string, this.dictionary, this.keyer), bits);
        } else if (id >= 0) {
          slots.pushEntry(this.dictionary.idFor(keyText[id] as string), bits);
        } else {
          slots.looseKeys.push(old.looseKeys.at(-id - 1) as string);
          slots.pushEntry(-slots.looseKeys.length, bits);
        }
      }
      slots.refilled(start);
      this.postLoose(slot, start, slots.entries);
    });
  }
}
