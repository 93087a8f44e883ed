// Ranks are packed below the score in one double; 2^24 contacts is far beyond any workspace.
const RANK_SPAN = 2 ** 24;

/**
 * The `limit` best of `slots` as positions in the tie-break order, best first: highest score
 * (`scores[slot]`), then lowest `rank[slot]`. Selects with a min-heap of the k best so far, so one
 * letter matching thousands of contacts is no sort of every match.
 */
export function topRanked(slots: readonly number[], limit: number, scores: Int32Array, rank: readonly number[]): number[] {
  const total = slots.length;
  const k = Number.isNaN(limit) ? 0 : Math.max(0, Math.min(Math.floor(limit), total));
  const packed = (slot: number): number => (scores[slot] ?? 0) * RANK_SPAN + (RANK_SPAN - 1 - (rank[slot] ?? 0));
  let top: Float64Array;
  if (k === total) {
    top = Float64Array.from(slots, packed).sort().reverse();
  } else {
    const heap = new Float64Array(k);
    let size = 0;
    for (const slot of slots) {
      const value = packed(slot);
      if (size < k) {
        heap[size] = value;
        siftUp(heap, size);
        size += 1;
      } else if (k > 0 && value > (heap[0] ?? 0)) {
        heap[0] = value;
        siftDown(heap, k);
      }
    }
    top = heap.sort().reverse();
  }
  return Array.from(top, (value) => RANK_SPAN - 1 - (value % RANK_SPAN));
}

function siftUp(heap: Float64Array, at: number): void {
  let i = at;
  while (i > 0) {
    const parent = (i - 1) >>> 1;
    const a = heap[i] ?? 0;
    const b = heap[parent] ?? 0;
    if (b <= a) return;
    heap[i] = b;
    heap[parent] = a;
    i = parent;
  }
}

function siftDown(heap: Float64Array, size: number): void {
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let smallest = i;
    if (left < size && (heap[left] ?? 0) < (heap[smallest] ?? 0)) smallest = left;
    if (right < size && (heap[right] ?? 0) < (heap[smallest] ?? 0)) smallest = right;
    if (smallest === i) return;
    const tmp = heap[i] ?? 0;
    heap[i] = heap[smallest] ?? 0;
    heap[smallest] = tmp;
    i = smallest;
  }
}
