import { Low, type Adapter } from 'lowdb';
import type { Command } from '../../shared/commands/commandSchemas';
import type { Kind } from '../../shared/schemas/collections';
import { SettingsSchema, type Settings } from '../../shared/schemas/settings';
import { HISTORY_DEPTH, type HistoryEntry, type Workspace } from '../../shared/schemas/workspace';
import { applyCommand } from '../commands/applyCommand';
import { CommandError } from '../commands/CommandError';
import { Transaction } from '../commands/Transaction';
import { createBackup, maybeHourlyBackup } from './backups';
import { DurableJsonAdapter } from './DurableJsonAdapter';
import type { FsOps } from './FsOps';
import type { LoadReport } from './LoadReport';
import { loadWorkspaceFile } from './loadWorkspaceFile';
import { storeFilePath } from './storeFilePath';
import { nodeFsOps } from './nodeFsOps';
import { NotSavedError, errorCode } from './NotSavedError';
import { readWorkspaceReadOnly } from './readWorkspaceReadOnly';
import type { StoreChange } from './StoreChange';
import { WorkspaceLock } from './WorkspaceLock';

export interface StoreOptions {
  dir: string;
  owner: 'app' | 'cli';
  fs?: FsOps;
  clock?: () => Date;
  /** Read-only opens never lock, never repair and never write. */
  readOnly?: boolean;
}

export interface CommitResult {
  seq: number;
  summaries: string[];
}

export type SaveState = { status: 'saved' } | { status: 'saving' } | { status: 'not-saved'; message: string };

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * The workspace document behind one interface: load, commit (durable ack), compact, backup.
 * Commands are applied to the in-memory document at once, in order, touching only their records;
 * the returned promise resolves once a save that includes them is on disk. Commits that arrive
 * while a save runs share the next one.
 */
export class Store {
  private readonly listeners = new Set<(change: StoreChange) => void>();
  private readonly waiters: Waiter[] = [];
  private flushing = false;
  private lastError: NotSavedError | null = null;
  /** The hourly backup runs after a save, off the commit path; close() waits for it. */
  private backupRun: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly low: Low<Workspace>,
    private readonly fs: FsOps,
    readonly dir: string,
    readonly report: LoadReport,
    private readonly clock: () => Date,
    private readonly lock: WorkspaceLock | null,
  ) {}

  static async open(options: StoreOptions): Promise<Store> {
    const fs = options.fs ?? nodeFsOps;
    const clock = options.clock ?? (() => new Date());
    const durable = new DurableJsonAdapter(fs, storeFilePath(options.dir));
    // Loading (with validation, migration and recovery) is loadWorkspaceFile's job; Low only writes.
    const adapter: Adapter<Workspace> = {
      read: () => Promise.reject(new Error('The store is loaded through loadWorkspaceFile.')),
      write: (data) => durable.write(data),
    };
    if (options.readOnly) {
      const { workspace, report } = await readWorkspaceReadOnly(fs, options.dir);
      const low = new Low<Workspace>(adapter, workspace);
      return new Store(low, fs, options.dir, report, clock, null);
    }
    await fs.mkdir(options.dir);
    const lock = await WorkspaceLock.acquire(fs, options.dir, options.owner);
    try {
      const { workspace, report } = await loadWorkspaceFile(fs, options.dir, clock());
      const low = new Low<Workspace>(adapter, workspace);
      return new Store(low, fs, options.dir, report, clock, lock);
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  get state(): Readonly<Workspace> {
    return this.low.data;
  }

  get path(): string {
    return storeFilePath(this.dir);
  }

  get readOnly(): boolean {
    return this.lock === null;
  }

  get saveState(): SaveState {
    if (this.lastError) return { status: 'not-saved', message: this.lastError.message };
    return this.flushing || this.waiters.length > 0 ? { status: 'saving' } : { status: 'saved' };
  }

  onChange(listener: (change: StoreChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Applies the commands in order as one atomic batch (a refused command undoes the batch in
   * memory and rejects with its sentence), then resolves when they are durable.
   */
  async commit(commands: readonly Command[]): Promise<CommitResult> {
    const applied = this.apply(commands);
    await this.save();
    return applied;
  }

  /** Settings are preferences: saved like everything else, but never part of undo. */
  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    this.assertWritable();
    const next = SettingsSchema.parse({ ...this.low.data.settings, ...patch });
    this.low.data.settings = next;
    this.emit({ seq: this.low.data.seq, type: 'settings', ids: [] });
    await this.save();
    return next;
  }

  async backup(reason: 'manual' | 'compaction' = 'manual'): Promise<string> {
    this.assertWritable();
    await this.save();
    return createBackup(this.fs, this.dir, this.clock(), reason);
  }

  /** The whole-file store has nothing to fold; a save makes sure memory and disk agree. */
  async compact(): Promise<void> {
    this.assertWritable();
    await this.save();
  }

  async close(): Promise<void> {
    if (this.lock) {
      if (this.lastError || this.flushing || this.waiters.length > 0) {
        await this.save().catch(() => undefined);
      }
      await this.backupRun;
      await this.lock.release();
    }
    this.listeners.clear();
  }

  /**
   * One commit is one transaction, one sequence number and one undo step, whatever the number of
   * commands in it ("add a contact with a new city" undoes as one).
   */
  private apply(commands: readonly Command[]): CommitResult {
    this.assertWritable();
    const first = commands[0];
    if (!first) throw new CommandError('invalid', 'Nothing to save.');
    const isHistory = (c: Command) => c.type === 'history.undo' || c.type === 'history.redo';
    if (commands.length > 1 && commands.some(isHistory)) {
      throw new CommandError('invalid', 'Undo and redo cannot be combined with other changes.');
    }
    const ws = this.low.data;
    const history = ws.history;
    const saved = { undo: [...history.undo], redo: [...history.redo] };
    const tx = new Transaction(ws, ws.seq + 1, first.at);
    const summaries: string[] = [];
    try {
      if (first.type === 'history.undo' || first.type === 'history.redo') {
        summaries.push(this.undoOrRedo(tx, first.type === 'history.undo'));
      } else {
        for (const command of commands) {
          if (isHistory(command)) continue;
          tx.at = command.at;
          summaries.push(applyCommand(tx, command as Exclude<Command, { type: 'history.undo' | 'history.redo' }>));
        }
        history.undo.push(this.entryFor(tx, commands.at(-1)?.type ?? first.type, summaries.at(-1) ?? ''));
        if (history.undo.length > HISTORY_DEPTH) history.undo.splice(0, history.undo.length - HISTORY_DEPTH);
        history.redo = [];
      }
    } catch (error) {
      tx.rollback();
      history.undo = saved.undo;
      history.redo = saved.redo;
      throw error;
    }
    ws.seq = tx.seq;
    this.emit({ seq: tx.seq, type: commands.at(-1)?.type ?? first.type, ids: tx.images().map(({ kind, id }) => ({ kind, id })) });
    return { seq: tx.seq, summaries };
  }

  private undoOrRedo(tx: Transaction, undoing: boolean): string {
    const history = this.low.data.history;
    const from = undoing ? history.undo : history.redo;
    const entry = from.at(-1);
    if (!entry) throw new CommandError('nothing-to-undo', undoing ? 'There is nothing to undo.' : 'There is nothing to redo.');
    this.assertUnchangedSince(entry, undoing ? 'undo' : 'redo');
    for (const image of entry.images) tx.restore(image);
    from.pop();
    (undoing ? history.redo : history.undo).push(this.entryFor(tx, entry.type, entry.summary));
    return entry.summary;
  }

  private entryFor(tx: Transaction, type: string, summary: string): HistoryEntry {
    const images = tx.images();
    return {
      seq: tx.seq,
      at: tx.at,
      type,
      summary,
      images,
      revs: images.map(({ kind, id }) => ({ kind, id, rev: tx.get(kind, id)?.rev ?? null })),
    };
  }

  /** Undo restores before-images; if a record moved on since, restoring would lose that change. */
  private assertUnchangedSince(entry: HistoryEntry, verb: 'undo' | 'redo'): void {
    for (const { kind, id, rev } of entry.revs) {
      const table = this.low.data[kind as Kind] as Record<string, { rev: number }>;
      const current = Object.hasOwn(table, id) ? (table[id]?.rev ?? null) : null;
      if (current !== rev) {
        throw new CommandError(
          'conflict',
          `Cannot ${verb} “${entry.summary}”: the records it changed have been changed again since. Nothing was changed.`,
        );
      }
    }
  }

  private emit(change: StoreChange): void {
    for (const listener of this.listeners) listener(change);
  }

  private assertWritable(): void {
    if (!this.lock) throw new CommandError('rule', 'This workspace was opened read-only.');
  }

  private save(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.waiters.length > 0) {
      const batch = this.waiters.splice(0);
      try {
        await this.low.write();
        this.lastError = null;
        for (const waiter of batch) waiter.resolve();
      } catch (error) {
        this.lastError = new NotSavedError(errorCode(error), error);
        for (const waiter of batch) waiter.reject(this.lastError);
      }
    }
    this.flushing = false;
    if (!this.lastError) {
      this.backupRun = this.backupRun.then(() => maybeHourlyBackup(this.fs, this.dir, this.clock())).catch(() => undefined);
    }
  }
}
