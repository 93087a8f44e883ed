import { describe, expect, it } from 'vitest';
import { ADDRESS, ALTERNATIVE, EMAILS, NAMES, OTHER } from '../../../electron/core/search/entryBits';
import { SlotTable } from '../../../electron/core/search/SlotTable';

describe('SlotTable', () => {
  it('keeps each contact in a slot with its entries, and counts the live ones', () => {
    const table = new SlotTable();
    let start = table.entries;
    table.addWordEntry(table.nextSlot, 7, NAMES, false, 0);
    table.close('a', start);
    start = table.entries;
    table.addWordEntry(table.nextSlot, 7, NAMES, true, 0);
    table.addLooseKey(start, 'i.petrov@duma.ru', EMAILS, false);
    table.close('b', start);
    expect(table.size).toBe(2);
    expect([table.entryStart[1], table.entryEnd[1]]).toEqual([1, 3]);
    expect(table.entryBits[1]).toBe(NAMES | ALTERNATIVE);
    expect((table.entryBits[2] as number) & ADDRESS).toBe(ADDRESS);
    expect(table.remove('a')).toBe(0);
    expect(table.remove('a')).toBeUndefined();
    expect(table.size).toBe(1);
  });

  it('merges a key given twice in one field, keeping the likelier reading', () => {
    const table = new SlotTable();
    table.addWordEntry(0, 3, NAMES, true, 0);
    table.addWordEntry(0, 3, NAMES, false, 0);
    table.addLooseKey(0, '78442384261', OTHER, false);
    table.addLooseKey(0, '78442384261', OTHER, false);
    table.close('a', 0);
    expect(table.entries).toBe(2);
    expect(table.entryBits[0]).toBe(NAMES);
    expect(table.numberKeysOf(table.entries)).toEqual(['78442384261']);
  });

  it('restarts with the live contacts only, renumbered in order', () => {
    const table = new SlotTable();
    for (const id of ['a', 'b', 'c']) {
      const start = table.entries;
      table.addWordEntry(table.nextSlot, 1, NAMES, false, 0);
      table.close(id, start);
    }
    table.remove('b');
    const old = table.restart();
    expect(old.live).toEqual([0, 2]);
    expect(table.ids).toEqual(['a', 'c']);
    expect(table.entries).toBe(0);
    expect(table.remove('c')).toBe(1);
  });

  it('reads back from its image', () => {
    const table = new SlotTable();
    table.addLooseKey(0, 'ivan@example.org', EMAILS, false);
    table.close('x', 0);
    const copy = SlotTable.fromImage(table.image(), 10);
    expect(copy.ids).toEqual(['x']);
    expect(copy.looseKeys.at(0)).toBe('ivan@example.org');
    expect(copy.remove('x')).toBe(0);
  });
});
