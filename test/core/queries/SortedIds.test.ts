import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
});
