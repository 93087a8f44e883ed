import { ALTERNATIVE, FIELD_MASK, NOT_WORD, ADDRESS, VALUE } from './entryBits';
import { IdSlots } from './IdSlots';
import { JoinedStrings } from './JoinedStrings';
import { booleanArray, numberArray } from './numberArray';
import { isDigits } from './searchWords';

/** The table as plain data, the fields of ContactSearchIndexImage it fills. */
export interface SlotTableImage {
  ids: string[];
  /** The live slots sorted by id, for looking ids up without hashing them all (IdSlots). */
  byId: Int32Array;
  alive: Uint8Array;
  entryStart: Int32Array;
  entryEnd: Int32Array;
  dead: number;
  entryIds: Int32Array;
  entryBits: Uint8Array;
  /** Address and number keys joined by newlines (see JoinedStrings). */
  looseKeys: string;
}

/** What a slot table held before `restart`, for copying the live slots' entries back. */
export interface OldSlots {
  live: number[];
  entryIds: Int32Array;
  entryBits: Uint8Array;
  entryStart: number[];
  entryEnd: number[];
  looseKeys: JoinedStrings;
}

/**
 * The contacts of an index, each in a slot (a contact's place; an upsert takes a new one), and
 * every slot's entries, one after another in flat arrays (a million or two at 100,000 contacts, so
 * no object each): the key's dictionary id, or -(n + 1) for looseKeys[n], or a field value's id,
 * and its entry bits (entryBits.ts). Removal marks a slot dead.
 */
export class SlotTable {
  ids: string[] = [];
  alive: boolean[] = [];
  /** The slot's entries are [entryStart[slot], entryEnd[slot]) of the entry arrays. */
  entryStart: number[] = [];
  entryEnd: number[] = [];
  /** Id -> slot of every live slot. */
  private slotOf = new IdSlots();
  dead = 0;
  entries = 0;
  entryIds = new Int32Array(1024);
  entryBits = new Uint8Array(1024);
  /** Addresses and numbers: a contact's own, so kept apart from the dictionary. */
  looseKeys = new JoinedStrings();
  /** Per key id * 8 + field: the slot (+1) that last took this entry and where, to merge repeats. */
  private seenBy = new Int32Array(0);
  private seenAt = new Int32Array(0);

  /** Live slots. */
  get size(): number {
    return this.ids.length - this.dead;
  }

  /** The slot the next `close` gives a contact. */
  get nextSlot(): number {
    return this.ids.length;
  }

  /** Gives contact `id` the next slot, holding the entries pushed since `start`. */
  close(id: string, start: number): void {
    this.slotOf.set(id, this.ids.length);
    this.ids.push(id);
    this.alive.push(true);
    this.entryStart.push(start);
    this.entryEnd.push(this.entries);
  }

  /** Marks the contact's slot dead; its slot, or undefined when it has none. */
  remove(id: string): number | undefined {
    const slot = this.slotOf.get(id, this.alive);
    if (slot === undefined) return undefined;
    this.slotOf.delete(id);
    this.alive[slot] = false;
    this.dead += 1;
    return slot;
  }

  pushEntry(id: number, bits: number): void {
    if (this.entries === this.entryIds.length) {
      const ids = new Int32Array(this.entries * 2);
      const bitsOf = new Uint8Array(this.entries * 2);
      ids.set(this.entryIds);
      bitsOf.set(this.entryBits);
      this.entryIds = ids;
      this.entryBits = bitsOf;
    }
    this.entryIds[this.entries] = id;
    this.entryBits[this.entries] = bits;
    this.entries += 1;
  }

  /** Adds dictionary key `id` to the slot being filled, merging it with the same key in the same field. */
  addWordEntry(slot: number, id: number, field: number, alternative: boolean, kind: number): void {
    const seen = id * 8 + field;
    if (seen >= this.seenBy.length) this.growSeen(seen);
    if (this.seenBy[seen] === slot + 1) {
      const at = this.seenAt[seen] as number;
      if (!alternative) this.entryBits[at] = (this.entryBits[at] as number) & ~ALTERNATIVE; // another word reads this way first
      return;
    }
    this.seenBy[seen] = slot + 1;
    this.seenAt[seen] = this.entries;
    this.pushEntry(id, field | (alternative ? ALTERNATIVE : 0) | kind);
  }

  /** Adds an address or a number of the slot's own (entries from `start`), merging it with an equal one in the same field. */
  addLooseKey(start: number, key: string, field: number, alternative: boolean): void {
    const { entryBits, entryIds, looseKeys } = this;
    for (let i = start; i < this.entries; i++) {
      const id = entryIds[i] as number;
      if (id >= 0 || looseKeys.at(-id - 1) !== key || ((entryBits[i] as number) & FIELD_MASK) !== field) continue;
      if (!alternative) entryBits[i] = (entryBits[i] as number) & ~ALTERNATIVE; // another word reads this way first
      return;
    }
    looseKeys.push(key);
    this.pushEntry(-looseKeys.length, field | (alternative ? ALTERNATIVE : 0) | NOT_WORD | (isDigits(key) ? 0 : ADDRESS));
  }

  private growSeen(seen: number): void {
    const seenBy = new Int32Array(Math.max(8192, this.seenBy.length * 2, (seen + 8) & ~7));
    const seenAt = new Int32Array(seenBy.length);
    seenBy.set(this.seenBy);
    seenAt.set(this.seenAt);
    this.seenBy = seenBy;
    this.seenAt = seenAt;
  }

  /**
   * The loose keys of the first `entries` entries that are numbers, in entry order: the keys the
   * index gave its number corpus (upserts append their entries and post them at once; compaction
   * keeps the order).
   */
  numberKeysOf(entries: number): string[] {
    const { entryIds, entryBits, looseKeys } = this;
    const keys: string[] = [];
    for (let i = 0; i < entries; i++) {
      const id = entryIds[i] as number;
      const bits = entryBits[i] as number;
      if (id < 0 && (bits & (VALUE | ADDRESS)) === 0) keys.push(looseKeys.at(-id - 1) as string);
    }
    return keys;
  }

  /** Forgets the dictionary's merge marks, for a dictionary that starts again. */
  forgetKeys(): void {
    this.seenBy = new Int32Array(0);
    this.seenAt = new Int32Array(0);
  }

  /**
   * Keeps the live contacts only, renumbered in order and without entries, and returns what the
   * table held: the caller pushes each live slot's entries again (with ids of a new dictionary).
   */
  restart(): OldSlots {
    const live: number[] = [];
    for (let slot = 0; slot < this.ids.length; slot++) if (this.alive[slot]) live.push(slot);
    const old: OldSlots = { live, entryIds: this.entryIds, entryBits: this.entryBits, entryStart: this.entryStart, entryEnd: this.entryEnd, looseKeys: this.looseKeys };
    this.ids = live.map((slot) => this.ids[slot] ?? '');
    this.alive = this.ids.map(() => true);
    this.slotOf = IdSlots.of(this.ids, this.alive);
    this.dead = 0;
    this.entries = 0;
    this.entryIds = new Int32Array(Math.max(1024, old.entryIds.length));
    this.entryBits = new Uint8Array(this.entryIds.length);
    this.looseKeys = new JoinedStrings();
    this.entryStart = [];
    this.entryEnd = [];
    this.forgetKeys();
    return old;
  }

  /** Ends a slot refilled after `restart`: its entries are those pushed since `start`. */
  refilled(start: number): void {
    this.entryStart.push(start);
    this.entryEnd.push(this.entries);
  }

  image(): SlotTableImage {
    return {
      ids: this.ids,
      byId: IdSlots.sortedById(this.ids, this.alive),
      alive: Uint8Array.from(this.alive, (alive) => (alive ? 1 : 0)),
      entryStart: Int32Array.from(this.entryStart),
      entryEnd: Int32Array.from(this.entryEnd),
      dead: this.dead,
      entryIds: this.entryIds.slice(0, this.entries),
      entryBits: this.entryBits.slice(0, this.entries),
      looseKeys: this.looseKeys.joined(),
    };
  }

  /** `keys` is the size of the dictionary the entries refer to. */
  static fromImage(image: SlotTableImage, keys: number): SlotTable {
    const table = new SlotTable();
    table.ids = image.ids;
    table.alive = booleanArray(image.alive);
    table.entryStart = numberArray(image.entryStart);
    table.entryEnd = numberArray(image.entryEnd);
    table.dead = image.dead;
    table.slotOf = IdSlots.fromImage(table.ids, image.byId);
    table.entries = image.entryIds.length;
    table.entryIds = new Int32Array(Math.max(1024, image.entryIds.length * 2));
    table.entryIds.set(image.entryIds);
    table.entryBits = new Uint8Array(table.entryIds.length);
    table.entryBits.set(image.entryBits);
    table.looseKeys = JoinedStrings.fromJoined(image.looseKeys);
    table.seenBy = new Int32Array(Math.max(8192, keys * 16));
    table.seenAt = new Int32Array(table.seenBy.length);
    return table;
  }
}
