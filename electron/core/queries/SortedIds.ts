/**
 * Ids in the order of a comparator over their sort keys (ties by id), kept in step with changes
 * one id at a time: a binary search and one splice each, instead of sorting 100,000 contacts again
 * because one of them was edited. `keyOf` returns null for an id that no longer belongs (deleted,
 * in the Trash, filtered out). `sortKeyOf`, when given, turns a key into a string whose code-unit
 * order agrees with `compareKeys` (or null, for a key compared by `compareKeys`): a full sort
 * compares those instead (see CollatorOrder).
 */
export class SortedIds {
  /** Each listed id's key, made from `sorted` when first needed (a list only read never needs it). */
  private keyMap: Map<string, string> | null = new Map();
  /** The ids and keys of the last full sort, until keyMap is made from them. */
  private sorted: { ids: string[]; keys: string[] } | null = null;
  private order: string[] = [];

  constructor(
    private readonly compareKeys: (a: string, b: string) => number,
    private readonly keyOf: (id: string) => string | null,
    private readonly sortKeyOf: (key: string) => string | null = () => null,
  ) {}

  /** Sorts `ids` afresh. */
  reset(ids: Iterable<string>): void {
    const kept: string[] = [];
    const keys: string[] = [];
    const fast: (string | null)[] = [];
    for (const id of ids) {
      const key = this.keyOf(id);
      if (key === null) continue;
      kept.push(id);
      keys.push(key);
      fast.push(this.sortKeyOf(key));
    }
    const at = Array.from(kept.keys());
    at.sort((x, y) => {
      const fx = fast[x] as string | null;
      const fy = fast[y] as string | null;
      const byKey = fx !== null && fy !== null ? (fx < fy ? -1 : fx > fy ? 1 : 0) : this.compareKeys(keys[x] as string, keys[y] as string);
      return byKey || ((kept[x] as string) < (kept[y] as string) ? -1 : 1);
    });
    this.order = at.map((i) => kept[i] as string);
    this.sorted = { ids: kept, keys };
    this.keyMap = null;
  }

  private get keys(): Map<string, string> {
    if (!this.keyMap) {
      const { ids, keys } = this.sorted ?? { ids: [], keys: [] };
      this.keyMap = new Map(ids.map((id, i) => [id, keys[i] as string]));
      this.sorted = null;
    }
    return this.keyMap;
  }

  /**
   * Moves each of `ids` to where its current key puts it, or drops it. Returns a new array when
   * anything moved, so a caller still holding the previous one keeps a consistent list.
   */
  update(ids: Iterable<string>): string[] {
    let order: string[] | null = null;
    for (const id of ids) {
      const old = this.keys.get(id);
      const key = this.keyOf(id);
      if ((old ?? null) === key) continue;
      order ??= [...this.order];
      if (old !== undefined) {
        order.splice(this.position(order, old, id), 1);
        this.keys.delete(id);
      }
      if (key !== null) {
        order.splice(this.position(order, key, id), 0, id);
        this.keys.set(id, key);
      }
    }
    if (order) this.order = order;
    return this.order;
  }

  get ids(): string[] {
    return this.order;
  }

  /** The first place whose id does not come before (key, id). */
  private position(order: readonly string[], key: string, id: string): number {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const other = order[mid] as string;
      const byKey = this.compareKeys(this.keys.get(other) ?? '', key);
      if (byKey < 0 || (byKey === 0 && other < id)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
