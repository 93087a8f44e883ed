/**
 * Per-slot arrays one search works in, kept between searches (allocating them per keystroke at
 * 100,000 contacts costs more than the search) and all zero between them.
 */
export class SearchScratch {
  /** The best score of the current term per slot. */
  best = new Int32Array(0);
  /** How many terms the slot has matched so far. */
  matched = new Int32Array(0);
  /** The slot's total score over the terms matched. */
  sums = new Int32Array(0);

  /** Room for `slots` slots. */
  ensure(slots: number): void {
    if (this.best.length >= slots) return;
    const capacity = Math.max(1024, slots * 2);
    this.best = new Int32Array(capacity);
    this.matched = new Int32Array(capacity);
    this.sums = new Int32Array(capacity);
  }

  /** Adds term t's best scores of the `touched` slots to their sums: they now match terms 0..t. */
  settle(touched: readonly number[], t: number): void {
    const { best, matched, sums } = this;
    for (const slot of touched) {
      sums[slot] = (sums[slot] ?? 0) + (best[slot] ?? 0);
      best[slot] = 0;
      matched[slot] = t + 1;
    }
  }

  /** Zeroes what a search wrote: every slot it wrote to matched its first term. */
  reset(firstMatches: readonly number[]): void {
    const { matched, sums } = this;
    for (const slot of firstMatches) {
      matched[slot] = 0;
      sums[slot] = 0;
    }
  }
}
