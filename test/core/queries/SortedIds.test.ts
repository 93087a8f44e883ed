import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CollatorOrder, LATIN_CYRILLIC } from '../../../electron/core/queries/CollatorOrder';
import { SortedIds } from '../../../electron/core/queries/SortedIds';

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The order a full sort gives: by key, then by id. */
function sortedAfresh(keys: ReadonlyMap<string, string>): string[] {
  return [...keys].sort(([ia, ka], [ib, kb]) => byKey(ka, kb) || (ia < ib ? -1 : 1)).map(([id]) => id);
}

describe('SortedIds', () => {
  it('keeps the order of a full sort through moves, additions and removals', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), fc.option(fc.constantFrom('k1', 'k2', 'k3', 'k4'), { nil: null })), { maxLength: 60 }),
        (steps) => {
          const keys = new Map<string, string>([
            ['a', 'k2'],
            ['b', 'k1'],
            ['c', 'k2'],
          ]);
          const order = new SortedIds(byKey, (id) => keys.get(id) ?? null);
          order.reset(keys.keys());
          expect(order.ids).toEqual(sortedAfresh(keys));
          for (const [id, key] of steps) {
            if (key === null) keys.delete(id);
            else keys.set(id, key);
            order.update([id]);
            expect(order.ids).toEqual(sortedAfresh(keys));
          }
        },
      ),
    );
  });

  it('hands out a new array when something moved, and leaves the one a caller holds alone', () => {
    const keys = new Map([
      ['a', 'x'],
      ['b', 'y'],
    ]);
    const order = new SortedIds(byKey, (id) => keys.get(id) ?? null);
    order.reset(keys.keys());
    const before = order.ids;
    keys.set('a', 'z');
    const after = order.update(['a']);
    expect(before).toEqual(['a', 'b']);
    expect(after).toEqual(['b', 'a']);
    expect(order.update(['a'])).toBe(after);
  });

  it('sorts by sort keys where keys have them and by the comparator where not, in the same order', () => {
    const collator = new Intl.Collator(['ru', 'en'], { sensitivity: 'base', numeric: true });
    const byName = new CollatorOrder(collator, LATIN_CYRILLIC);
    // Names with and without a sort key (digits, apostrophes, accents), ties included.
    const name = fc.array(fc.constantFrom('а', 'Ё', 'е', 'b', 'B', ' ', '-', '2', '10', "'", 'é', 'й', 'и'), { maxLength: 6 }).map((c) => c.join(''));
    fc.assert(
      fc.property(fc.array(name, { maxLength: 40 }), (names) => {
        const keys = new Map(names.map((key, i) => [`id${String(i).padStart(3, '0')}`, key]));
        const plain = new SortedIds(collator.compare, (id) => keys.get(id) ?? null);
        const keyed = new SortedIds(collator.compare, (id) => keys.get(id) ?? null, (key) => byName.sortKey(key));
        plain.reset(keys.keys());
        keyed.reset(keys.keys());
        expect(keyed.ids).toEqual(plain.ids);
        // Later moves find their place among ids that were sorted by sort keys.
        keys.set('id000', 'Ёж');
        keys.set('new', 'b2');
        expect(keyed.update(['id000', 'new'])).toEqual(plain.update(['id000', 'new']));
      }),
      { numRuns: 300 },
    );
  });
});
