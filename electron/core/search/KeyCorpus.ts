import { numberArray } from './numberArray';

/** A KeyCorpus as plain data, for a persisted index. */
export interface KeyCorpusImage {
  text: string;
  starts: Int32Array;
  ids: Int32Array;
  end: number;
}

/**
 * Keys joined into one text, so that a substring is found by one indexOf scan rather than a test
 * of every key. Keys are appended, never inserted, so adding a key never rebuilds the text.
 */
export class KeyCorpus {
  private text = '';
  private pending: string[] = [];
  private starts: number[] = [];
  private ids: number[] = [];
  private end = 0;

  image(): KeyCorpusImage {
    this.flush();
    return { text: this.text, starts: Int32Array.from(this.starts), ids: Int32Array.from(this.ids), end: this.end };
  }

  static fromImage(image: KeyCorpusImage): KeyCorpus {
    const corpus = new KeyCorpus();
    corpus.text = image.text;
    corpus.starts = numberArray(image.starts);
    corpus.ids = numberArray(image.ids);
    corpus.end = image.end;
    return corpus;
  }

  private flush(): void {
    if (this.pending.length > 0) {
      this.text += this.pending.join('');
      this.pending = [];
    }
  }

  add(id: number, key: string): void {
    // A newline before each key: keys hold none, so a match never straddles two keys.
    this.starts.push(this.end + 1);
    this.ids.push(id);
    this.pending.push(`\n${key}`);
    this.end += key.length + 1;
  }

  /** Calls `visit` with the id of each key holding `pattern` anywhere but at its start (a prefix). */
  scan(pattern: string, visit: (id: number) => void): void {
    this.flush();
    const { text, starts, ids } = this;
    const last = starts.length - 1;
    let k = 0;
    let at = text.indexOf(pattern);
    while (at !== -1) {
      // Hits come in order: find the key holding this one by stepping on from the last, or by
      // bisection when it is far.
      if (k < last && (starts[k + 1] as number) <= at) {
        let lo = k + 1;
        let hi = last;
        while (lo < hi) {
          const mid = (lo + hi + 1) >>> 1;
          if ((starts[mid] as number) <= at) lo = mid;
          else hi = mid - 1;
        }
        k = lo;
      }
      if (starts[k] !== at) visit(ids[k] as number);
      // A key holding the pattern twice counts once: go on from the next key.
      at = k < last ? text.indexOf(pattern, starts[k + 1]) : -1;
    }
  }
}
