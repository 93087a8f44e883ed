/**
 * An index's address and number keys (270,000 at 100,000 contacts). Read from an image they stay
 * one newline-joined text until one of them is first read (a search checking survivors, a
 * compaction of the index): start-up then makes no string for them, and keys added since are
 * kept apart, after them.
 */
export class LooseKeys {
  private unread: string | null = null;
  private read: string[] = [];
  /** How many keys came from the image (all of `read` once it is split). */
  private loaded = 0;
  private added: string[] = [];

  /** From an image's joined keys; no key holds a newline. */
  static fromJoined(joined: string): LooseKeys {
    const keys = new LooseKeys();
    keys.unread = joined;
    keys.loaded = joined === '' ? 0 : countLines(joined);
    return keys;
  }

  get length(): number {
    return this.loaded + this.added.length;
  }

  at(n: number): string | undefined {
    if (n >= this.loaded) return this.added[n - this.loaded];
    if (this.unread !== null) {
      this.read = this.unread === '' ? [] : this.unread.split('\n');
      this.unread = null;
    }
    return this.read[n];
  }

  push(key: string): void {
    this.added.push(key);
  }

  /** Every key joined by newlines, for an image. */
  joined(): string {
    const keys: string[] = [];
    for (let n = 0; n < this.length; n++) {
      const key = this.at(n) as string;
      if (key.includes('\n')) throw new Error('A key holding a newline cannot be imaged.');
      keys.push(key);
    }
    return keys.join('\n');
  }
}

function countLines(text: string): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}
