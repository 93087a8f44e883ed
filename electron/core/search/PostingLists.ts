/** Posting lists as plain data (built in bulk: nothing added one by one), for a persisted index. */
export interface PostingListsImage {
  offsets: Int32Array;
  items: Int32Array;
}

/**
 * One posting list per dictionary key. Built in bulk as two flat arrays (offsets and items: one
 * allocation for millions of postings instead of thousands of growing arrays); postings added after
 * that go to a small list per key until the next bulk build folds them in.
 */
export class PostingLists {
  private offsets: Int32Array = new Int32Array(1);
  private items: Int32Array = new Int32Array(0);
  private added: (number[] | undefined)[] = [];
  /** Postings added since the build. */
  pending = 0;

  /**
   * Replaces every list with the postings given as pairs: posting `postings[i]` belongs to list
   * `owners[i]`, for i below `count`, kept in that order (a counting sort). Postings added one by
   * one since the last build are dropped: the caller includes them in the pairs.
   */
  rebuild(lists: number, owners: Int32Array, postings: Int32Array, count: number): void {
    const offsets = new Int32Array(lists + 1);
    for (let i = 0; i < count; i++) {
      const owner = owners[i] as number;
      offsets[owner + 1] = (offsets[owner + 1] as number) + 1;
    }
    for (let list = 0; list < lists; list++) offsets[list + 1] = (offsets[list + 1] as number) + (offsets[list] as number);
    const items = new Int32Array(count);
    const next = offsets.slice(0, lists);
    for (let i = 0; i < count; i++) {
      const owner = owners[i] as number;
      items[next[owner] as number] = postings[i] as number;
      next[owner] = (next[owner] as number) + 1;
    }
    this.offsets = offsets;
    this.items = items;
    this.added = [];
    this.pending = 0;
  }

  /** Only once every posting is in the bulk lists (pending is 0). */
  image(): PostingListsImage {
    if (this.pending > 0) throw new Error('Posting lists with postings added one by one cannot be imaged; rebuild them first.');
    return { offsets: this.offsets, items: this.items };
  }

  static fromImage(image: PostingListsImage): PostingLists {
    const lists = new PostingLists();
    lists.offsets = image.offsets;
    lists.items = image.items;
    return lists;
  }

  add(key: number, posting: number): void {
    const list = this.added[key];
    if (list === undefined) this.added[key] = [posting];
    else list.push(posting);
    this.pending += 1;
  }

  clear(): void {
    this.offsets = new Int32Array(1);
    this.items = new Int32Array(0);
    this.added = [];
    this.pending = 0;
  }

  count(key: number): number {
    return this.to(key) - this.from(key) + (this.added[key]?.length ?? 0);
  }

  /** Calls `visit` with each posting of `key`. */
  forEach(key: number, visit: (posting: number) => void): void {
    const { items } = this;
    for (let j = this.from(key), to = this.to(key); j < to; j++) visit(items[j] as number);
    const list = this.added[key];
    if (list !== undefined) for (let j = 0; j < list.length; j++) visit(list[j] as number);
  }

  private from(key: number): number {
    return key + 1 < this.offsets.length ? (this.offsets[key] as number) : 0;
  }

  private to(key: number): number {
    return key + 1 < this.offsets.length ? (this.offsets[key + 1] as number) : 0;
  }
}
