/**
 * Answers "does this table hold any record?" by remembering one id known to be in it. V8 lists
 * every key of a large object before a `for...in` yields the first one, so enumerating 100,000
 * contacts to learn the table is not empty cost ~50 ms on every workspace:status (asked after
 * every change); a lookup of the remembered id costs nothing, and the table is enumerated again
 * only when that very record goes.
 */
export class TableWitness {
  private id: string | null = null;

  hasAny(table: Readonly<Record<string, unknown>>): boolean {
    if (this.id !== null && Object.hasOwn(table, this.id)) return true;
    this.id = null;
    for (const id in table) {
      if (Object.hasOwn(table, id)) {
        this.id = id;
        return true;
      }
    }
    return false;
  }
}
