import { numberArray } from './numberArray';

const SPACE = 0x20;

/** A SlotOrder as plain data (every slot placed), for a persisted index. */
export interface SlotOrderImage {
  pieceText: string[];
  unclean: boolean;
  pieces: Int32Array;
  used: number;
  from: Int32Array;
  to: Int32Array;
  order: Int32Array;
  rank: Int32Array;
}

/**
 * The order that breaks ties between equally good matches: by a contact's names read in Latin (their
 * folded words joined by spaces, compared by UTF-16 code units, so the same on every machine), then
 * by id. Names repeat across contacts, so a contact's words are kept as ids of distinct texts
 * ("pieces"), and ordering 100,000 contacts is mostly a sort of numbers.
 *
 * Comparing the pieces one by one gives the order of the joined texts as long as no piece holds a
 * character at or below the space (a piece that is the start of another then sorts first either
 * way); the caller splits at spaces, and should a name ever hold a tab, the joined texts are
 * compared instead.
 */
export class SlotOrder {
  private pieceIdOf = new Map<string, number>();
  private pieceText: string[] = [];
  private unclean = false;
  /** Slot s's pieces are pieces[from[s]] to pieces[to[s] - 1]. */
  private pieces: Int32Array = new Int32Array(1024);
  private used = 0;
  private from: number[] = [];
  private to: number[] = [];
  /** Slots in tie-break order, and each slot's position in it. */
  order: number[] = [];
  rank: number[] = [];
  private unranked: number[] = [];

  /** Only once every slot is placed (after `prepare`). */
  image(): SlotOrderImage {
    if (this.unranked.length > 0) throw new Error('Slots not yet placed cannot be imaged; prepare first.');
    return {
      pieceText: this.pieceText,
      unclean: this.unclean,
      pieces: this.pieces.slice(0, this.used),
      used: this.used,
      from: Int32Array.from(this.from),
      to: Int32Array.from(this.to),
      order: Int32Array.from(this.order),
      rank: Int32Array.from(this.rank),
    };
  }

  static fromImage(image: SlotOrderImage): SlotOrder {
    const slots = new SlotOrder();
    slots.pieceText = image.pieceText;
    slots.pieceIdOf = new Map(image.pieceText.map((text, id) => [text, id]));
    slots.unclean = image.unclean;
    slots.pieces = new Int32Array(Math.max(1024, image.used * 2));
    slots.pieces.set(image.pieces.subarray(0, image.used));
    slots.used = image.used;
    slots.from = numberArray(image.from);
    slots.to = numberArray(image.to);
    slots.order = numberArray(image.order);
    slots.rank = numberArray(image.rank);
    return slots;
  }

  /** The id of a name's sort text, added when it is new. */
  piece(text: string): number {
    let id = this.pieceIdOf.get(text);
    if (id !== undefined) return id;
    id = this.pieceText.length;
    this.pieceIdOf.set(text, id);
    this.pieceText.push(text);
    for (let i = 0; i < text.length && !this.unclean; i++) if (text.charCodeAt(i) <= SPACE) this.unclean = true;
    return id;
  }

  /** Records the next slot's pieces, in the order of its names; it is placed at the next `prepare`. */
  add(pieces: ArrayLike<number>): void {
    // One empty piece joins to the same empty text as none at all.
    const count = pieces.length === 1 && this.pieceText[pieces[0] as number] === '' ? 0 : pieces.length;
    if (this.used + count > this.pieces.length) {
      const grown = new Int32Array(Math.max(this.pieces.length * 2, this.used + count));
      grown.set(this.pieces);
      this.pieces = grown;
    }
    this.from.push(this.used);
    for (let i = 0; i < count; i++) this.pieces[this.used++] = pieces[i] as number;
    this.to.push(this.used);
    this.rank.push(0);
    this.unranked.push(this.from.length - 1);
  }

  get pending(): boolean {
    return this.unranked.length > 0;
  }

  /** Places the slots added since the last call: all afresh when they are many, else one by one. */
  prepare(ids: readonly string[], alive: readonly boolean[]): void {
    if (this.unranked.length === 0) return;
    let first: number;
    if (this.unranked.length * 8 > this.order.length) {
      this.order = this.sorted(ids, alive);
      first = 0;
    } else {
      const { order } = this;
      first = order.length;
      for (const slot of this.unranked) {
        let lo = 0;
        let hi = order.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (this.compare(order[mid] as number, slot, ids) < 0) lo = mid + 1;
          else hi = mid;
        }
        order.splice(lo, 0, slot);
        if (lo < first) first = lo;
      }
    }
    // Only the positions from the first insertion on have moved.
    const { order, rank } = this;
    for (let position = first; position < order.length; position++) rank[order[position] as number] = position;
    this.unranked = [];
  }

  /** Keeps the slots in `live`, numbered afresh from 0 in that order; all are placed again. */
  compact(live: readonly number[]): void {
    const { pieces, from, to } = this;
    this.pieces = new Int32Array(Math.max(1024, this.used));
    this.used = 0;
    this.from = [];
    this.to = [];
    this.rank = [];
    this.order = [];
    this.unranked = [];
    for (const slot of live) this.add(pieces.subarray(from[slot], to[slot]));
  }

  clear(): void {
    this.pieceIdOf.clear();
    this.pieceText = [];
    this.unclean = false;
    this.pieces = new Int32Array(1024);
    this.used = 0;
    this.from = [];
    this.to = [];
    this.order = [];
    this.rank = [];
    this.unranked = [];
  }

  /** Negative when slot a comes before slot b. */
  private compare(a: number, b: number, ids: readonly string[]): number {
    const byNames = this.unclean ? compareText(this.joined(a), this.joined(b)) : this.comparePieces(a, b);
    return byNames !== 0 ? byNames : compareText(ids[a] ?? '', ids[b] ?? '');
  }

  private comparePieces(a: number, b: number): number {
    const { pieces, pieceText } = this;
    const aTo = this.to[a] as number;
    const bTo = this.to[b] as number;
    let i = this.from[a] as number;
    let j = this.from[b] as number;
    for (; i < aTo && j < bTo; i++, j++) {
      const p = pieces[i] as number;
      const q = pieces[j] as number;
      if (p !== q) return compareText(pieceText[p] as string, pieceText[q] as string);
    }
    return i < aTo ? 1 : j < bTo ? -1 : 0;
  }

  private joined(slot: number): string {
    const texts: string[] = [];
    for (let i = this.from[slot] as number; i < (this.to[slot] as number); i++) texts.push(this.pieceText[this.pieces[i] as number] as string);
    return texts.join(' ');
  }

  /**
   * Every live slot in order. The pieces are ranked once; each slot's first few piece ranks and its
   * number are packed into one double, so one numeric sort places nearly everything, and only slots
   * whose first pieces are all equal are compared in full.
   */
  private sorted(ids: readonly string[], alive: readonly boolean[]): number[] {
    const live: number[] = [];
    for (let slot = 0; slot < this.from.length; slot++) if (alive[slot]) live.push(slot);
    const compare = (a: number, b: number): number => this.compare(a, b, ids);
    if (this.unclean) return live.sort(compare);

    const { pieces, pieceText, from, to } = this;
    const pieceRank = new Int32Array(pieceText.length);
    [...pieceText].sort().forEach((text, rank) => {
      pieceRank[this.pieceIdOf.get(text) as number] = rank + 1;
    });
    const slotSpan = 2 ** Math.ceil(Math.log2(this.from.length + 1));
    // Ranks run from 1 (0 is "no piece here"), so the span is at least 2.
    const pieceSpan = 2 ** Math.max(1, Math.ceil(Math.log2(pieceText.length + 1)));
    let longest = 0;
    for (const slot of live) longest = Math.max(longest, (to[slot] as number) - (from[slot] as number));
    // As many leading pieces as fit in a double's 53 bits beside the slot number (and as any slot has).
    let depth = 0;
    let span = 1;
    while (depth < longest && span * pieceSpan * slotSpan <= 2 ** 53) {
      span *= pieceSpan;
      depth += 1;
    }
    const packed = new Float64Array(live.length);
    live.forEach((slot, n) => {
      let value = 0;
      const start = from[slot] as number;
      const end = to[slot] as number;
      for (let d = 0; d < depth; d++) value = value * pieceSpan + (start + d < end ? (pieceRank[pieces[start + d] as number] as number) : 0);
      packed[n] = value * slotSpan + slot;
    });
    packed.sort();
    const order = Array.from(packed, (value) => value % slotSpan);
    // Runs of equal leading pieces: the rest of the names, then the id, decide.
    let run = 0;
    for (let n = 1; n <= order.length; n++) {
      if (n < order.length && Math.floor((packed[n] as number) / slotSpan) === Math.floor((packed[run] as number) / slotSpan)) continue;
      if (n - run > 1) {
        const sortedRun = order.slice(run, n).sort(compare);
        for (let k = 0; k < sortedRun.length; k++) order[run + k] = sortedRun[k] as number;
      }
      run = n;
    }
    return order;
  }
}

// Code-unit order, not locale order: the same on every machine, so ties always break the same way.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
