import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CollatorOrder, LATIN_CYRILLIC } from '../../../electron/core/queries/CollatorOrder';

// The list's collator (ContactListQuery).
const collator = new Intl.Collator(['ru', 'en'], { sensitivity: 'base', numeric: true });
const order = new CollatorOrder(collator, LATIN_CYRILLIC);
const sign = (n: number) => Math.sign(n);

/** The order the sort keys give, or the collator's where a key has none. */
function compareBySortKeys(a: string, b: string): number {
  const ka = order.sortKey(a);
  const kb = order.sortKey(b);
  if (ka === null || kb === null) return collator.compare(a, b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

const letters = [...LATIN_CYRILLIC];
// Characters that must not get a key: digits (numeric collation), apostrophes, letters that
// expand (ß, æ), a combining breve (и + ◌̆ is й), other scripts.
const others = ['0', '7', '10', "'", '’', 'ß', 'æ', '\u0306', 'é', 'α', '中', '.', '\uffff'];
const key = (alphabet: string[]) => fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }).map((chars) => chars.join(''));

describe('CollatorOrder', () => {
  it('orders every pair of its letters as the collator does', () => {
    for (const a of letters) for (const b of letters) expect(sign(compareBySortKeys(a, b)), `${a} ${b}`).toBe(sign(collator.compare(a, b)));
  });

  it('orders names written in Latin and Cyrillic, spaces and hyphens, as the collator does', () => {
    fc.assert(
      fc.property(key(letters), key(letters), (a, b) => {
        expect(order.sortKey(a)).not.toBeNull();
        expect(sign(compareBySortKeys(a, b))).toBe(sign(collator.compare(a, b)));
      }),
      { numRuns: 3000 },
    );
    // Near misses a random pair rarely meets: case, ё and е, й and и, a space against a letter, a prefix.
    const near = ['Ёлкин Иван', 'елкин иван', 'Елкин Иван', 'Йод', 'Иод', 'Smith John', 'Smithson', 'Smith', 'Smith-Jones', 'Smith Jones', 'smith  john', 'Ivanov ', 'Ivanov'];
    for (const a of near) for (const b of near) expect(sign(compareBySortKeys(a, b)), `${a} | ${b}`).toBe(sign(collator.compare(a, b)));
  });

  it('gives no key to a name with any other character, so the collator compares it', () => {
    fc.assert(
      fc.property(key(letters), fc.constantFrom(...others), key(letters), (before, other, after) => {
        expect(order.sortKey(`${before}${other}${after}`)).toBeNull();
      }),
    );
    expect(order.sortKey('и\u0306')).toBeNull();
    expect(collator.compare('и\u0306', 'й')).toBe(0);
  });

  it('gives no key at all for a collator that tells case or accents apart', () => {
    const cased = new CollatorOrder(new Intl.Collator('en', { sensitivity: 'case' }), LATIN_CYRILLIC);
    expect(cased.sortKey('Smith')).toBeNull();
  });
});
