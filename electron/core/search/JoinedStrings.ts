/**
 * A long list of strings read from an index image as one newline-joined text (or listed by a
 * function, when another part of the index holds them), made into strings only when an old one
 * is first read: 270,000 address and number keys, 170,000 address parts at 100,000 contacts,
 * which start-up need not make at all. Strings pushed since are kept apart, after them, so
 * adding one never splits the text.
 */
export class JoinedStrings {
  private unread: string | (() => string[]) | null = null;
  private read: string[] = [];
  /** How many strings came from the image (all of `read` once it is split). */
  private loaded = 0;
  private added: string[] = [];

  /** From newline-joined text; no string holds a newline. */
  static fromJoined(joined: string): JoinedStrings {
    const strings = new JoinedStrings();
    strings.unread = joined;
    strings.loaded = countLines(joined);
    return strings;
  }

  /** From a function that lists `count` strings, called when one is first read. */
  static fromLister(list: () => string[], count: number): JoinedStrings {
    const strings = new JoinedStrings();
    strings.unread = list;
    strings.loaded = count;
    return strings;
  }

  get length(): number {
    return this.loaded + this.added.length;
  }

  at(n: number): string | undefined {
    return n >= this.loaded ? this.added[n - this.loaded] : this.split()[n];
  }

  push(value: string): void {
    this.added.push(value);
  }

  /** Every string as one array (for loops over all of them); pushes after this still work. */
  all(): string[] {
    const read = this.split();
    if (this.added.length > 0) {
      for (const value of this.added) read.push(value);
      this.loaded = read.length;
      this.added = [];
    }
    return read;
  }

  /** Every string joined by newlines, for an image. */
  joined(): string {
    const all = this.all();
    if (all.some((value) => value.includes('\n'))) throw new Error('A string holding a newline cannot be imaged.');
    return all.join('\n');
  }

  private split(): string[] {
    const { unread } = this;
    if (unread !== null) {
      this.unread = null;
      this.read = typeof unread === 'string' ? (unread === '' ? [] : unread.split('\n')) : unread();
    }
    return this.read;
  }
}

/** How many strings a newline-joined text holds, without splitting it. */
export function countLines(joined: string): number {
  if (joined === '') return 0;
  let count = 1;
  for (let at = joined.indexOf('\n'); at !== -1; at = joined.indexOf('\n', at + 1)) count += 1;
  return count;
}
