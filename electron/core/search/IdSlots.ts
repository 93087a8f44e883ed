/**
 * Where each contact id sits in the index. Built from scratch, a Map. Loaded from an image, the
 * image's live slots sorted by id, looked up by bisection: hashing 100,000 freshly read ids costs
 * 30-120 ms at start-up, and a start-up reindexes only the few contacts the journal changed, so the
 * Map holds just the slots taken since the image.
 */
export class IdSlots {
  private recent = new Map<string, number>();
  /** The image's live slots in code-unit order of their ids (`ids` is the index's own array). */
  private byId: Int32Array = new Int32Array(0);
  private ids: readonly string[] = [];

  /** From the ids of slots `[0, ids.length)`, live where `alive` says so. */
  static of(ids: readonly string[], alive: readonly boolean[]): IdSlots {
    const slots = new IdSlots();
    for (let slot = 0; slot < ids.length; slot++) if (alive[slot]) slots.recent.set(ids[slot] as string, slot);
    return slots;
  }

  /** From an image's `byId` (see `sortedById`) over the index's `ids`. */
  static fromImage(ids: readonly string[], byId: Int32Array): IdSlots {
    const slots = new IdSlots();
    slots.ids = ids;
    slots.byId = byId;
    return slots;
  }

  /** The live slots in code-unit order of their ids: what an image stores for `fromImage`. */
  static sortedById(ids: readonly string[], alive: readonly boolean[]): Int32Array {
    const live: number[] = [];
    for (let slot = 0; slot < ids.length; slot++) if (alive[slot]) live.push(slot);
    // Code-unit order, as the bisection compares; ids are unique among live slots.
    live.sort((a, b) => ((ids[a] as string) < (ids[b] as string) ? -1 : 1));
    return Int32Array.from(live);
  }

  /** The live slot of `id`, if any. */
  get(id: string, alive: readonly boolean[]): number | undefined {
    const recent = this.recent.get(id);
    if (recent !== undefined) return recent;
    const { byId, ids } = this;
    let lo = 0;
    let hi = byId.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((ids[byId[mid] as number] as string) < id) lo = mid + 1;
      else hi = mid;
    }
    const slot = byId[lo];
    // A slot of the image stays in byId after its contact is removed or upserted again: alive tells.
    return slot !== undefined && ids[slot] === id && alive[slot] === true ? slot : undefined;
  }

  set(id: string, slot: number): void {
    this.recent.set(id, slot);
  }

  delete(id: string): void {
    this.recent.delete(id);
  }
}
