import { numberArray } from './numberArray';

/** Lists of numbers as two flat arrays (list n is items[offsets[n]] to items[offsets[n + 1] - 1]); an absent list is empty. */
export interface FlatLists {
  offsets: Int32Array;
  items: Int32Array;
}

export function flatLists(lists: readonly (readonly number[] | undefined)[]): FlatLists {
  const offsets = new Int32Array(lists.length + 1);
  for (let n = 0; n < lists.length; n++) offsets[n + 1] = (offsets[n] as number) + (lists[n]?.length ?? 0);
  const items = new Int32Array(offsets[lists.length] as number);
  lists.forEach((list, n) => {
    if (list) items.set(list, offsets[n]);
  });
  return { offsets, items };
}

/** The lists back as arrays; `holes` keeps an empty list as undefined (for sparse per-key lists). */
export function nestedLists(flat: FlatLists, holes: true): (number[] | undefined)[];
export function nestedLists(flat: FlatLists, holes?: false): number[][];
export function nestedLists(flat: FlatLists, holes = false): (number[] | undefined)[] {
  const { offsets, items } = flat;
  const lists: (number[] | undefined)[] = new Array<number[] | undefined>(offsets.length - 1);
  for (let n = 0; n + 1 < offsets.length; n++) {
    const from = offsets[n] as number;
    const to = offsets[n + 1] as number;
    lists[n] = holes && from === to ? undefined : numberArray(items.subarray(from, to));
  }
  return lists;
}
