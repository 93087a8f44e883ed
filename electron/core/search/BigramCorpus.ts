import { JoinedStrings } from './JoinedStrings';
import { numberArray } from './numberArray';

/** How a key holds a pattern: as the whole key, at its start, or further in. */
export const EXACT = 0;
export const PREFIX = 1;
export const SUBSTRING = 2;

// Letter pairs are coded over a 64-symbol alphabet (digits, a-z, the punctuation of addresses, and
// everything else folded onto a few symbols), so a pair is an index into one small table that stays
// in the CPU cache while the lists are built. A fold only costs a wasted check: every candidate key
// is verified with indexOf.
const SYMBOL = new Uint8Array(65_536);
for (let c = 0; c < 65_536; c++) SYMBOL[c] = 42 + (c % 22);
for (let c = 0x30; c <= 0x39; c++) SYMBOL[c] = 1 + c - 0x30;
for (let c = 0x61; c <= 0x7a; c++) SYMBOL[c] = 11 + c - 0x61;
SYMBOL[0x2e] = 37; // .
SYMBOL[0x2d] = 38; // -
SYMBOL[0x5f] = 39; // _
SYMBOL[0x40] = 40; // @
SYMBOL[0x2b] = 41; // +
const PAIRS = 64 * 64;

function pairAt(text: string, at: number): number {
  return ((SYMBOL[text.charCodeAt(at)] as number) << 6) | (SYMBOL[text.charCodeAt(at + 1)] as number);
}

/** A BigramCorpus as plain data, for a persisted index. */
export interface BigramCorpusImage {
  step: number;
  /** The keys joined by newlines (no key holds one): read back as one string, split when first needed. */
  keys: string;
  postings: Int32Array;
  indexed: number;
  offsets: Int32Array;
  items: Int32Array;
  startOffsets: Int32Array;
  startItems: Int32Array;
}

/**
 * Keys that belong to one contact each (addresses, phone numbers), each with the contact's posting:
 * too many and too varied to sort or to share, so they are found through their letter pairs.
 *
 * With every place listed, a key holding a pattern holds all of its pairs, so the keys worth
 * checking are those in the lists of its two rarest pairs (intersected). With even places only
 * (`everyPlace` false: half the lists to build, for keys searched inside less often), a pattern
 * found at an even place has its even-offset pairs there and one found at an odd place its
 * odd-offset pairs, so the rarest of each names every key worth checking. A prefix is looked up by
 * the key's first pair. The lists are built in bulk, in two passes over flat arrays; keys added
 * since are checked one by one until there are enough of them to rebuild.
 */
export class BigramCorpus {
  /** 1: pairs at every place; 2: at even places. */
  private readonly step: number;
  /** Read from an image, the keys stay joined until a scan first needs them (see JoinedStrings). */
  private keys = new JoinedStrings();
  private postings: number[] = [];
  /** Keys [0, indexed) are in the lists: key numbers in `items`, per pair from `offsets`. */
  private indexed = 0;
  private offsets: Int32Array = new Int32Array(PAIRS + 1);
  private items: Int32Array = new Int32Array(0);
  /** The same keys by their first pair only, for prefixes (most patterns look for nothing else). */
  private startOffsets: Int32Array = new Int32Array(PAIRS + 1);
  private startItems: Int32Array = new Int32Array(0);

  constructor(options: { everyPlace: boolean }) {
    this.step = options.everyPlace ? 1 : 2;
  }

  get size(): number {
    return this.keys.length;
  }

  /** Key number k (an address's local part for AddressCorpus). */
  key(k: number): string {
    return this.keys.at(k) as string;
  }

  /** `withKeys` false leaves the keys out, for an owner that holds them already and gives them back to `fromImage`. */
  image(withKeys = true): BigramCorpusImage {
    const { step, keys, indexed, offsets, items, startOffsets, startItems } = this;
    return { step, keys: withKeys ? keys.joined() : '', postings: Int32Array.from(this.postings), indexed, offsets, items, startOffsets, startItems };
  }

  /** `keys` gives the keys when the image was taken without them, told how many there are. */
  static fromImage(image: BigramCorpusImage, keys?: (count: number) => JoinedStrings): BigramCorpus {
    const corpus = new BigramCorpus({ everyPlace: image.step === 1 });
    corpus.keys = keys ? keys(image.postings.length) : JoinedStrings.fromJoined(image.keys);
    if (corpus.keys.length !== image.postings.length) throw new Error('A letter-pair list image whose keys and postings differ in number cannot be read; it is rebuilt.');
    corpus.postings = numberArray(image.postings);
    corpus.indexed = image.indexed;
    corpus.offsets = image.offsets;
    corpus.items = image.items;
    corpus.startOffsets = image.startOffsets;
    corpus.startItems = image.startItems;
    return corpus;
  }

  add(key: string, posting: number): void {
    this.keys.push(key);
    this.postings.push(posting);
  }

  clear(): void {
    this.keys = new JoinedStrings();
    this.postings = [];
    this.indexed = 0;
    this.offsets = new Int32Array(PAIRS + 1);
    this.items = new Int32Array(0);
    this.startOffsets = new Int32Array(PAIRS + 1);
    this.startItems = new Int32Array(0);
  }

  /** Rebuilds the lists once the keys added since the last build are worth a pass over all of them. */
  refresh(): void {
    // Bounded both ways: a short tail is cheap to check one by one, and a rebuild reads every key.
    const added = this.keys.length - this.indexed;
    if (added > 4096 || (added > 256 && added * 8 > this.indexed)) this.rebuild();
  }

  /**
   * Calls `visit(posting, how)` for every key that is `pattern` (EXACT), starts with it (PREFIX), or,
   * when `substrings` is set, holds it further in (SUBSTRING).
   */
  scan(pattern: string, substrings: boolean, visit: (posting: number, how: number) => void): void {
    const { postings, items } = this;
    const keys = this.keys.all();
    const check = (k: number): void => {
      const key = keys[k] as string;
      if (key.startsWith(pattern)) visit(postings[k] as number, key.length === pattern.length ? EXACT : PREFIX);
      else if (substrings && key.includes(pattern, 1)) visit(postings[k] as number, SUBSTRING);
    };
    if (pattern.length < 2 || (substrings && pattern.length < 3)) {
      // Too short for the lists (and never asked for: substrings need three characters).
      for (let k = 0; k < keys.length; k++) check(k);
      return;
    }
    if (!substrings) {
      // A prefix: only keys that start with the pattern's first pair.
      const pair = pairAt(pattern, 0);
      const starts = this.startItems;
      for (let j = this.startOffsets[pair] as number, to = this.startOffsets[pair + 1] as number; j < to; j++) check(starts[j] as number);
    } else if (this.step === 1) {
      this.intersectRarest(pattern, check);
    } else {
      // A key holding the pattern at an even place and at an odd one is checked twice; visits are idempotent.
      for (const parity of [0, 1]) {
        const [from, to] = this.rarest(pattern, parity, 2);
        for (let j = from; j < to; j++) check(items[j] as number);
      }
    }
    for (let k = this.indexed; k < keys.length; k++) check(k);
  }

  /** An upper bound on the keys `scan` would check: for choosing which term to match first. */
  estimate(pattern: string): number {
    if (pattern.length < 2) return this.keys.length;
    if (pattern.length < 3) {
      const pair = pairAt(pattern, 0);
      return (this.startOffsets[pair + 1] as number) - (this.startOffsets[pair] as number) + this.keys.length - this.indexed;
    }
    const [from, to] = this.rarest(pattern, 0, this.step);
    const [oddFrom, oddTo] = pattern.length >= 3 && this.step === 2 ? this.rarest(pattern, 1, 2) : [0, 0];
    return to - from + oddTo - oddFrom + this.keys.length - this.indexed;
  }

  /** Checks the keys in the lists of both of the pattern's two rarest pairs (every place listed). */
  private intersectRarest(pattern: string, check: (key: number) => void): void {
    const { offsets, items } = this;
    let a = -1;
    let b = -1;
    const size = (pair: number): number => (offsets[pair + 1] as number) - (offsets[pair] as number);
    for (let i = 0; i + 2 <= pattern.length; i++) {
      const pair = pairAt(pattern, i);
      if (pair === a || pair === b) continue;
      if (a === -1 || size(pair) < size(a)) {
        b = a;
        a = pair;
      } else if (b === -1 || size(pair) < size(b)) b = pair;
    }
    let i = offsets[a] as number;
    const iEnd = offsets[a + 1] as number;
    if (b === -1) {
      for (; i < iEnd; i++) check(items[i] as number);
      return;
    }
    // Both lists hold key numbers in ascending order: a merge finds the keys in both.
    let j = offsets[b] as number;
    const jEnd = offsets[b + 1] as number;
    while (i < iEnd && j < jEnd) {
      const x = items[i] as number;
      const y = items[j] as number;
      if (x === y) {
        check(x);
        i++;
        j++;
      } else if (x < y) i++;
      else j++;
    }
  }

  /** The range of `items` holding the keys with the rarest pair among the pattern's pairs at `parity`, `parity` + `step`, ... */
  private rarest(pattern: string, parity: number, step: number): [number, number] {
    const { offsets } = this;
    let from = 0;
    let to = Infinity;
    for (let i = parity; i + 2 <= pattern.length && to > from; i += step) {
      const pair = pairAt(pattern, i);
      const start = offsets[pair] as number;
      const end = offsets[pair + 1] as number;
      if (end - start < to - from) {
        from = start;
        to = end;
      }
    }
    return [from, Math.min(to, this.items.length)];
  }

  /** Counts each listed pair's keys, then places them; a key counts once per pair. */
  private rebuild(): void {
    const keys = this.keys.all();
    const count = keys.length;
    const startOffsets = new Int32Array(PAIRS + 1);
    for (let k = 0; k < count; k++) {
      const key = keys[k] as string;
      if (key.length < 2) continue;
      const pair = pairAt(key, 0);
      startOffsets[pair + 1] = (startOffsets[pair + 1] as number) + 1;
    }
    for (let pair = 0; pair < PAIRS; pair++) startOffsets[pair + 1] = (startOffsets[pair + 1] as number) + (startOffsets[pair] as number);
    const startItems = new Int32Array(startOffsets[PAIRS] as number);
    const startNext = startOffsets.slice(0, PAIRS);
    for (let k = 0; k < count; k++) {
      const key = keys[k] as string;
      if (key.length < 2) continue;
      const pair = pairAt(key, 0);
      startItems[startNext[pair] as number] = k;
      startNext[pair] = (startNext[pair] as number) + 1;
    }
    this.startOffsets = startOffsets;
    this.startItems = startItems;
    const { step } = this;
    const offsets = new Int32Array(PAIRS + 1);
    const last = new Int32Array(PAIRS);
    let total = 0;
    for (let k = 0; k < count; k++) {
      const key = keys[k] as string;
      const stamp = k + 1;
      for (let i = 0; i + 1 < key.length; i += step) {
        const pair = pairAt(key, i);
        if (last[pair] === stamp) continue;
        last[pair] = stamp;
        offsets[pair + 1] = (offsets[pair + 1] as number) + 1;
        total++;
      }
    }
    for (let pair = 0; pair < PAIRS; pair++) offsets[pair + 1] = (offsets[pair + 1] as number) + (offsets[pair] as number);
    const items = new Int32Array(total);
    const cursor = offsets.slice(0, PAIRS);
    last.fill(0);
    for (let k = 0; k < count; k++) {
      const key = keys[k] as string;
      const stamp = k + 1;
      for (let i = 0; i + 1 < key.length; i += step) {
        const pair = pairAt(key, i);
        if (last[pair] === stamp) continue;
        last[pair] = stamp;
        items[cursor[pair] as number] = k;
        cursor[pair] = (cursor[pair] as number) + 1;
      }
    }
    this.offsets = offsets;
    this.items = items;
    this.indexed = count;
  }
}
