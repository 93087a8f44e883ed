/**
 * A Set and a Map that note every key they change in `marks`: the sync appends to its log exactly
 * the documents whose replica state changed since the last save, with no place able to forget.
 */
export class MarkingSet extends Set<string> {
  private readonly marks: Set<string>;

  constructor(marks: Set<string>, items: Iterable<string> = []) {
    super();
    this.marks = marks;
    for (const item of items) super.add(item);
  }

  override add(key: string): this {
    this.marks.add(key);
    return super.add(key);
  }

  override delete(key: string): boolean {
    this.marks.add(key);
    return super.delete(key);
  }

  override clear(): void {
    for (const key of this) this.marks.add(key);
    super.clear();
  }
}

export class MarkingMap<V> extends Map<string, V> {
  private readonly marks: Set<string>;

  constructor(marks: Set<string>, entries: Iterable<[string, V]> = []) {
    super();
    this.marks = marks;
    for (const [key, value] of entries) super.set(key, value);
  }

  override set(key: string, value: V): this {
    this.marks.add(key);
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    this.marks.add(key);
    return super.delete(key);
  }

  override clear(): void {
    for (const key of this.keys()) this.marks.add(key);
    super.clear();
  }
}
