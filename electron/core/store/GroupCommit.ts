import type { Journal } from '../journal/Journal';
import { encodeJournalLine } from '../journal/journalCodec';
import type { JournalEntry } from '../journal/JournalEntry';
import { NotSavedError, errorCode } from './NotSavedError';

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
}

/** Writes the whole state from memory as a snapshot; returns the new journal and the seq it starts after. */
export type RewriteFromMemory = (journal: Journal | null) => Promise<{ journal: Journal | null; seq: number }>;

/**
 * The only writer of the journal. Commits applied to memory queue their lines here; `save()`
 * resolves once the fdatasync that covers them is done. Lines that arrive while an append runs
 * share the next one, so the cost of a save does not grow with the number of savers.
 *
 * Exclusive section: one flush at a time, and `exclusive(work)` runs other writers (the journal's
 * rotation, a restore's swap) with no append in flight. A fold of rotated files may overlap it.
 */
export class GroupCommit {
  private readonly waiters: Waiter[] = [];
  private pending: { seq: number; line: Buffer }[] = [];
  private flushing = false;
  private error: NotSavedError | null = null;
  /** Set after a failed append: the next save rewrites the snapshot from memory instead. */
  private mustRewrite: boolean;

  constructor(
    private current: Journal | null,
    /** The sequence number of the last line that reached the journal (or the snapshot). */
    private appended: number,
    /** The sequence number liaison.json on disk holds; lines above it are only in journal files. */
    private snapshot: number,
    private readonly rewrite: RewriteFromMemory,
    /** Called after each flush loop ends without an error (the compaction scheduler looks then). */
    private readonly flushed: () => void,
  ) {
    this.mustRewrite = current === null;
  }

  get journal(): Journal | null {
    return this.current;
  }

  get appendedSeq(): number {
    return this.appended;
  }

  /** The sequence number liaison.json on disk holds: every line above it is in a journal file. */
  get snapshotSeq(): number {
    return this.snapshot;
  }

  /** A fold made liaison.json durable up to `seq`. */
  folded(seq: number): void {
    this.snapshot = Math.max(this.snapshot, seq);
  }

  /** The last save's failure, until a save succeeds. */
  get lastError(): NotSavedError | null {
    return this.error;
  }

  get busy(): boolean {
    return this.flushing || this.waiters.length > 0;
  }

  /** Whether the next save rewrites from memory (after a failed append, or with no journal). */
  get rewriting(): boolean {
    return this.mustRewrite || !this.current;
  }

  enqueue(entry: JournalEntry): void {
    this.pending.push({ seq: entry.seq, line: encodeJournalLine(entry) });
  }

  /** Resolves once every line enqueued so far is durable. */
  save(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  /** Runs `work` while no append is in flight (the flush loop is the only other writer). */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    while (this.flushing) await new Promise((resolve) => setImmediate(resolve));
    this.flushing = true;
    try {
      return await work();
    } finally {
      this.flushing = false;
      if (this.waiters.length > 0) void this.flush();
    }
  }

  /**
   * Inside `exclusive` only: a restore's swap closes the journal; until `install`, a save
   * rewrites from memory.
   */
  async detach(): Promise<void> {
    await this.current?.close().catch(() => undefined);
    this.current = null;
    this.mustRewrite = true;
  }

  /**
   * Inside `exclusive` only: the journal new lines go to, after a snapshot holding `seq`. Lines
   * still queued are dropped: they belong to the history the snapshot replaced.
   */
  install(journal: Journal, seq: number): void {
    this.pending = [];
    this.current = journal;
    this.appended = seq;
    this.snapshot = seq;
    this.mustRewrite = false;
    this.error = null;
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.waiters.length > 0) {
      const batch = this.waiters.splice(0);
      const lines = this.pending;
      this.pending = [];
      try {
        if (this.mustRewrite || !this.current) {
          // Pending lines are already in that snapshot; replay skips any seq it holds.
          const old = this.current;
          this.current = null;
          const { journal, seq } = await this.rewrite(old);
          this.current = journal;
          this.appended = seq;
          this.snapshot = seq;
          this.mustRewrite = journal === null;
        } else if (lines.length > 0) {
          await this.current.append(Buffer.concat(lines.map((l) => l.line)), lines.length);
          this.appended = Math.max(this.appended, lines.at(-1)?.seq ?? 0);
        }
        this.error = null;
        for (const waiter of batch) waiter.resolve();
      } catch (error) {
        // Never retry an fsync blindly: after a failure the file's state is unknown, so the next
        // save rewrites everything from memory into a new snapshot and a new journal.
        this.mustRewrite = true;
        this.error = new NotSavedError(errorCode(error), error);
        for (const waiter of batch) waiter.reject(this.error);
      }
    }
    this.flushing = false;
    if (!this.error) this.flushed();
  }
}
