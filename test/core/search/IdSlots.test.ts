import { describe, expect, it } from 'vitest';
import { IdSlots } from '../../../electron/core/search/IdSlots';

describe('IdSlots', () => {
  it("finds a loaded image's ids by bisection, and follows removals and new slots taken after the load", () => {
    const ids = ['b', 'ab', 'a', 'abc', 'c'];
    const alive = [true, true, false, true, true];
    const slots = IdSlots.fromImage(ids, IdSlots.sortedById(ids, alive));
    expect(['a', 'ab', 'abc', 'b', 'c', 'd', ''].map((id) => slots.get(id, alive))).toEqual([undefined, 1, 3, 0, 4, undefined, undefined]);

    // 'ab' upserted again: its old slot dies, the new one is found.
    alive[1] = false;
    ids.push('ab');
    alive.push(true);
    slots.set('ab', 5);
    expect(slots.get('ab', alive)).toBe(5);
    // 'c' removed, then 'a' (dead in the image) added anew.
    alive[4] = false;
    slots.delete('c');
    ids.push('a');
    alive.push(true);
    slots.set('a', 6);
    expect([slots.get('c', alive), slots.get('a', alive)]).toEqual([undefined, 6]);
  });

  it('built from every slot, knows the live ones only', () => {
    const slots = IdSlots.of(['x', 'y', 'z'], [true, false, true]);
    expect(['x', 'y', 'z'].map((id) => slots.get(id, [true, false, true]))).toEqual([0, undefined, 2]);
  });
});
