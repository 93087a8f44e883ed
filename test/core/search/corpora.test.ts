import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AddressCorpus } from '../../../electron/core/search/AddressCorpus';
import { BigramCorpus, EXACT, PREFIX, SUBSTRING } from '../../../electron/core/search/BigramCorpus';
import { ContactSearchIndex } from '../../../electron/core/search/ContactSearchIndex';
import { SlotOrder } from '../../../electron/core/search/SlotOrder';

/** What a scan must report: every key holding the pattern, and how (the best way for each posting). */
function naive(keys: readonly string[], pattern: string, substrings: boolean): Map<number, number> {
  const found = new Map<number, number>();
  keys.forEach((key, posting) => {
    if (key.startsWith(pattern)) found.set(posting, key.length === pattern.length ? EXACT : PREFIX);
    else if (substrings && key.includes(pattern, 1)) found.set(posting, SUBSTRING);
  });
  return found;
}

function scanned(corpus: { scan: (pattern: string, substrings: boolean, visit: (posting: number, how: number) => void) => void }, pattern: string, substrings: boolean): Map<number, number> {
  const found = new Map<number, number>();
  corpus.scan(pattern, substrings, (posting, how) => found.set(posting, Math.min(found.get(posting) ?? SUBSTRING, how)));
  return found;
}

// Short keys over a small alphabet, so patterns often occur, at even and odd places, more than once.
const key = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '.', '1', 'ж'), maxLength: 9 });
const address = fc.tuple(fc.string({ unit: fc.constantFrom('a', 'b', '.', '@'), maxLength: 6 }), fc.constantFrom('@x.ru', '@ab.org', '@a.b', '', '@')).map(([l, d]) => l + d);

describe('BigramCorpus', () => {
  it('finds exactly what a scan of every key finds, before and after its lists are built', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 80 }), fc.array(key, { maxLength: 40 }), key, fc.boolean(), fc.boolean(), (first, later, pattern, substrings, everyPlace) => {
        fc.pre(pattern.length > 0 && (!substrings || pattern.length >= 3));
        const corpus = new BigramCorpus({ everyPlace });
        first.forEach((k, i) => corpus.add(k, i));
        expect(scanned(corpus, pattern, substrings)).toEqual(naive(first, pattern, substrings));
        // Enough keys to build the lists, then a few more in the tail.
        const many = [...first, ...Array.from({ length: 600 }, (_, i) => first[i % Math.max(1, first.length)] ?? 'ab'), ...later];
        for (let i = first.length; i < many.length; i++) corpus.add(many[i] as string, i);
        corpus.refresh();
        expect(scanned(corpus, pattern, substrings)).toEqual(naive(many, pattern, substrings));
      }),
    );
  });
});

describe('AddressCorpus', () => {
  it('finds exactly what a scan of the whole addresses finds', () => {
    fc.assert(
      fc.property(fc.array(address, { maxLength: 60 }), address, fc.boolean(), (keys, pattern, substrings) => {
        fc.pre(pattern.length > 0 && (!substrings || pattern.length >= 3));
        const corpus = new AddressCorpus();
        keys.forEach((k, i) => corpus.add(k, i));
        corpus.refresh();
        expect(scanned(corpus, pattern, substrings)).toEqual(naive(keys, pattern, substrings));
      }),
    );
  });
});

describe('SlotOrder', () => {
  it('orders slots as their names joined by spaces compare, then by id, however the names split', () => {
    const name = fc.string({ unit: fc.constantFrom('a', 'b', 'ab', ' ', '\t', 'z'), maxLength: 4 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(name, { maxLength: 3 }), fc.constantFrom('1', '2', '3')), { maxLength: 30 }), (slots) => {
        const order = new SlotOrder();
        const ids = slots.map(([, id], slot) => `${id}-${slot % 3}`);
        for (const [names] of slots) order.add(names.flatMap((n) => n.split(' ')).map((text) => order.piece(text)));
        order.prepare(ids, ids.map(() => true));
        const joined = slots.map(([names]) => names.join(' '));
        const expected = slots
          .map((_, slot) => slot)
          .sort((a, b) => ((joined[a] as string) < (joined[b] as string) ? -1 : (joined[a] as string) > (joined[b] as string) ? 1 : (ids[a] as string) < (ids[b] as string) ? -1 : (ids[a] as string) > (ids[b] as string) ? 1 : 0));
        const expectedJoined = expected.map((slot) => `${joined[slot]}|${ids[slot]}`);
        expect(order.order.map((slot) => `${joined[slot]}|${ids[slot]}`)).toEqual(expectedJoined);
        expect(order.order.map((slot) => order.rank[slot])).toEqual(order.order.map((_, position) => position));
      }),
    );
  });
});

describe('ContactSearchIndex without names', () => {
  it('answers when no contact has a name to sort by', () => {
    const index = new ContactSearchIndex();
    index.upsert({ id: 'b', names: [], organization: ['Duma'], cities: [], emails: ['x@duma.ru'], tags: [] });
    index.upsert({ id: 'a', names: [], organization: ['Duma'], cities: [], emails: [], tags: [] });
    expect(index.search('duma').ids).toEqual(['a', 'b']);
  });
});
