/**
 * Items listed under keys, to find the first one (in the order given) that passes a test among
 * those sharing a key with what is looked for, rather than testing every item: matching 10,000
 * imported records against a large workspace's contacts, organisations and cities. The keys must
 * be such that every item the test accepts shares one with the lookup (see sameNameKeys).
 */
export class FirstMatchIndex<T> {
  private readonly positions = new Map<string, number[]>();

  constructor(
    private readonly items: readonly T[],
    keysOf: (item: T) => Iterable<string>,
  ) {
    items.forEach((item, position) => {
      for (const key of new Set(keysOf(item))) {
        const list = this.positions.get(key);
        if (list) list.push(position);
        else this.positions.set(key, [position]);
      }
    });
  }

  /** The first item in the given order listed under any of `keys` that passes `test`. */
  find(keys: Iterable<string>, test: (item: T) => boolean): T | undefined {
    let first = -1;
    for (const key of keys) {
      // Each list is in ascending order: past the best so far, nothing in it can win.
      for (const position of this.positions.get(key) ?? []) {
        if (first !== -1 && position >= first) break;
        if (test(this.items[position] as T)) {
          first = position;
          break;
        }
      }
    }
    return first === -1 ? undefined : this.items[first];
  }
}
