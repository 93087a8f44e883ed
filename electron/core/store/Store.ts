import { join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import type { Command } from '../../shared/commands/commandSchemas';
import { englishText, isMessageKey, phrase, type Phrase, type StoredPhrase } from '../../shared/i18n/Phrase';
import { kinds, type Kind } from '../../shared/schemas/collections';
import { SettingsSchema, type Settings } from '../../shared/schemas/settings';
import { HISTORY_DEPTH, type HistoryEntry, type Workspace } from '../../shared/schemas/workspace';
import { applyCommand } from '../commands/applyCommand';
import { CommandError } from '../commands/CommandError';
import { Transaction } from '../commands/Transaction';
import { Journal } from '../journal/Journal';
import type { JournalEntry } from '../journal/JournalEntry';
import { encodeJournalLine } from '../journal/journalCodec';
import { listJournalFiles } from '../journal/journalFiles';
import { replayJournals, type ReplayReport } from '../journal/replayJournals';
import { runCompaction, type CompactionRunner } from '../journal/runCompaction';
import type { Task } from '../tasks/Task';
import type { TaskRegistry } from '../tasks/TaskRegistry';
import { writeSnapshot } from '../journal/writeSnapshot';
import { createBackup, fileStamp, listBackups, pruneBackups, resolveRestoreSource } from './backups';
import type { FsOps } from './FsOps';
import type { LoadReport } from './LoadReport';
import { loadWorkspaceFile } from './loadWorkspaceFile';
import { nodeFsOps } from './nodeFsOps';
import { NotSavedError, errorCode } from './NotSavedError';
import { readWorkspaceReadOnly } from './readWorkspaceReadOnly';
import { readValidWorkspace } from './readValidWorkspace';
import type { StoreChange } from './StoreChange';
import { storeFilePath } from './storeFilePath';
import { WorkspaceLock } from './WorkspaceLock';
import { clearCompactionFailure, compactionFailure, writeCompactionFailure, type CompactionFailure } from './CompactionFailure';
import { TaskCancelledError } from '../tasks/TaskCancelledError';

export interface CompactionPolicy {
  /** Compact once the journal holds this many commits... */
  maxLines: number;
  /** ...or this many bytes, whichever comes first. */
  maxBytes: number;
  /** A compaction that ends sooner than this never shows a progress bar. */
  quietMs: number;
}
export const defaultCompactionPolicy: CompactionPolicy = { maxLines: 2000, maxBytes: 16 * 1024 * 1024, quietMs: 300 };

export interface StoreOptions {
  dir: string;
  owner: 'app' | 'cli';
  fs?: FsOps;
  clock?: () => Date;
  /** Read-only opens never lock, never repair and never write. */
  readOnly?: boolean;
  /** A lock whose holder is proven gone: taken over at once ('auto', the default) or refused with its holder named ('ask', the app). */
  takeOver?: 'auto' | 'ask';
  compaction?: Partial<CompactionPolicy> & { runner?: CompactionRunner };
  /** Where a compaction reports its progress and can be cancelled (the workspace's long jobs). */
  tasks?: TaskRegistry;
}

export interface CommitResult {
  seq: number;
  /** English, for the CLI and logs. */
  summaries: string[];
  /** The same summaries in no language yet, for the UI; null for a step saved before labels existed. */
  labels: (StoredPhrase | null)[];
}

export type SaveState = { status: 'saved' } | { status: 'saving' } | { status: 'not-saved'; message: string; i18n: Phrase };

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * The workspace behind one interface: load, commit (durable ack), compact, backup.
 *
 * A commit is applied to memory at once, touching only its records, and appended to the journal
 * as one line of after-images; its promise resolves after the fdatasync that covers it. Commits
 * that arrive while an append runs share the next one, so the cost of a save does not grow with
 * the store. Compaction folds the journal into the snapshot (liaison.json) from the files on
 * disk, in a worker in the app, then takes a backup.
 */
export class Store {
  private readonly listeners = new Set<(change: StoreChange) => void>();
  private readonly waiters: Waiter[] = [];
  private pending: { seq: number; line: Buffer }[] = [];
  /** The sequence number of the last line that reached the journal (or the snapshot). */
  private appendedSeq: number;
  private flushing = false;
  private lastError: NotSavedError | null = null;
  /** Set after a failed append: the next save rewrites the snapshot from memory instead. */
  private mustRewrite: boolean;
  private compacting: Promise<void> | null = null;
  /** The part of a compaction that writes liaison.json; a rewrite from memory must not overlap it. */
  private foldingFiles: Promise<void> | null = null;
  private closed = false;
  /** The last background compaction's failure, until one succeeds (workspace:status shows it). */
  private compactionFailed: CompactionFailure | null = null;
  /** A background compaction and the noting of its outcome; whenIdle waits for both. */
  private noting: Promise<void> | null = null;
  private readonly policy: CompactionPolicy;
  private readonly runner: CompactionRunner;
  private readonly tasks: TaskRegistry | null;
  /** Set by close(): the compaction at quit must run to its end. */
  private quitting = false;

  private constructor(
    private readonly low: Low<Workspace>,
    private readonly fs: FsOps,
    readonly dir: string,
    readonly report: LoadReport,
    readonly replay: ReplayReport | null,
    private readonly clock: () => Date,
    private readonly lock: WorkspaceLock | null,
    private journal: Journal | null,
    options: StoreOptions,
  ) {
    this.mustRewrite = journal === null && lock !== null;
    this.appendedSeq = low.data.seq;
    this.policy = { ...defaultCompactionPolicy, ...options.compaction };
    this.runner = options.compaction?.runner ?? 'inline';
    this.tasks = options.tasks ?? null;
  }

  /** lowdb holds the document; whole-file saves go through our durable snapshot writer. */
  private static low(fs: FsOps, dir: string, workspace: Workspace): Low<Workspace> {
    const adapter: Adapter<Workspace> = {
      // Loading (validation, migration, recovery, journal replay) happens in Store.open.
      read: () => Promise.resolve(workspace),
      write: (data) => writeSnapshot(fs, dir, JSON.stringify(data)),
    };
    return new Low(adapter, workspace);
  }

  private get ws(): Workspace {
    return this.low.data;
  }

  static async open(options: StoreOptions): Promise<Store> {
    const fs = options.fs ?? nodeFsOps;
    const clock = options.clock ?? (() => new Date());
    if (options.readOnly) {
      const { workspace, report } = await readWorkspaceReadOnly(fs, options.dir);
      const replay = await replayJournals(fs, options.dir, workspace);
      return new Store(Store.low(fs, options.dir, workspace), fs, options.dir, report, replay, clock, null, null, options);
    }
    await fs.mkdir(options.dir);
    const lock = await WorkspaceLock.acquire(fs, options.dir, options.owner, { takeOver: options.takeOver ?? 'auto' });
    try {
      const { workspace, report } = await loadWorkspaceFile(fs, options.dir, clock());
      const replay = await replayJournals(fs, options.dir, workspace);
      let journal: Journal | null = null;
      if (replay.damaged) {
        // Never rewrite a damaged journal: keep a byte-for-byte copy, then start afresh from memory.
        await fs.mkdir(join(options.dir, 'damaged'));
        await fs.copyFile(replay.damaged.path, join(options.dir, 'damaged', `journal-${fileStamp(clock())}.log`));
      } else if (!replay.gap) {
        journal = await Journal.open(fs, options.dir, replay.active, workspace.seq, replay.replayed);
      }
      return new Store(Store.low(fs, options.dir, workspace), fs, options.dir, report, replay, clock, lock, journal, options);
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  get state(): Readonly<Workspace> {
    return this.ws;
  }

  get path(): string {
    return storeFilePath(this.dir);
  }

  get readOnly(): boolean {
    return this.lock === null;
  }

  get saveState(): SaveState {
    if (this.lastError) return { status: 'not-saved', message: this.lastError.message, i18n: this.lastError.phrase };
    return this.flushing || this.waiters.length > 0 ? { status: 'saving' } : { status: 'saved' };
  }

  /** The last background compaction's failure (the journal is intact), or null. */
  get maintenance(): CompactionFailure | null {
    return this.compactionFailed;
  }

  /** A sentence about what replaying the journal had to drop, or null when nothing was lost. */
  get journalNotice(): string | null {
    const r = this.replay;
    if (!r) return null;
    if (r.damaged) {
      return `Part of the change journal was damaged; changes up to number ${this.ws.seq} were recovered and a copy of the damaged journal was kept in ${join(this.dir, 'damaged')}.`;
    }
    if (r.gap) return `Changes after number ${r.gap.expected - 1} could not be replayed onto the restored backup.`;
    if (r.tornBytes > 0) return 'The last change before Liaison stopped had not been saved completely and was dropped; everything saved before it is here.';
    return null;
  }

  onChange(listener: (change: StoreChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Applies the commands in order as one atomic transaction and one undo step (a refused
   * command undoes the whole batch in memory and rejects with its sentence), then resolves when
   * the change is durable.
   */
  async commit(commands: readonly Command[]): Promise<CommitResult> {
    const applied = this.apply(commands);
    await this.save();
    return applied;
  }

  /** Settings are preferences: saved like everything else, but never part of undo. */
  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    this.assertWritable();
    const next = SettingsSchema.parse({ ...this.ws.settings, ...patch });
    this.ws.settings = next;
    this.ws.seq += 1;
    this.enqueue({ seq: this.ws.seq, records: [], settings: next });
    this.emit({ seq: this.ws.seq, type: 'settings', ids: [] });
    await this.save();
    return next;
  }

  /** A copy of the current state in backups/; compacts first so the copy is complete. */
  async backup(): Promise<string> {
    this.assertWritable();
    await this.compact();
    return createBackup(this.fs, this.dir, this.clock(), 'manual');
  }

  /**
   * Folds the journal into the snapshot: a new journal file takes new commits, the old ones are
   * folded from disk (in a worker in the app) and deleted once the snapshot is durable, then a
   * backup is taken. One compaction at a time; a second call waits for the first.
   * It reports into `within` (a backup's task) or else into a compaction task of its own; cancelled
   * before the snapshot write, it leaves every journal file in place (TaskCancelledError).
   */
  compact(within?: Task): Promise<void> {
    this.assertWritable();
    const previous = this.compacting ?? Promise.resolve();
    const inTask = (work: (task: Task | null) => Promise<void>): Promise<void> =>
      within || !this.tasks
        ? work(within ?? null)
        : this.tasks.run('compaction', work, { quietMs: this.policy.quietMs, cancellable: !this.quitting, phase: 'compacting' });
    const run = previous
      .catch(() => undefined)
      .then(() => inTask(async (task) => {
        await this.save();
        const journal = this.journal;
        if (!journal || this.mustRewrite || journal.lines === 0) return;
        // The old files must end exactly where the new one starts: take the sequence of the last
        // line actually appended, with no append in flight. Commits applied but not yet appended
        // go to the new file.
        const upTo = await this.exclusive(async () => {
          const last = this.appendedSeq;
          await journal.rotate(last);
          return last;
        });
        this.foldingFiles = runCompaction(this.runner, this.fs, this.dir, upTo, task ? { task, own: !within } : undefined);
        try {
          await this.foldingFiles;
        } finally {
          this.foldingFiles = null;
        }
        await createBackup(this.fs, this.dir, this.clock(), 'compaction');
        await pruneBackups(this.fs, this.dir, this.clock()).catch(() => undefined);
      }));
    const tracked = run.finally(() => {
      if (this.compacting === tracked) this.compacting = null;
    });
    this.compacting = tracked;
    return tracked;
  }

  /**
   * Replaces the workspace with a backup (a file, or the newest backup export in a folder). The
   * source is validated (and migrated) before anything is touched; then, with no save in flight,
   * the state in memory is written as a snapshot and kept as a `pre-restore` backup, the restored
   * workspace becomes the snapshot, and the old journals are deleted (their lines belong to the
   * replaced history and must never be replayed onto the restored one).
   */
  async restore(source: string, task?: Task): Promise<{ restoredFrom: string; preRestoreBackup: string; migratedFrom: number | null }> {
    this.assertWritable();
    task?.setPhase('verifying');
    const restoredFrom = await resolveRestoreSource(this.fs, source);
    const valid = await readValidWorkspace(this.fs, restoredFrom);
    if (!valid) throw new CommandError('rule', phrase('errors.noRestoreFile', { path: restoredFrom }));
    await (this.compacting ?? Promise.resolve()).catch(() => undefined);
    task?.throwIfCancelled();
    const restored = valid.workspace;
    const before = this.ws;
    const preRestoreBackup = await this.exclusive(async () => {
      // The swap: from here the restore runs to its end.
      task?.commit();
      task?.setPhase('committing');
      while (this.foldingFiles) await this.foldingFiles.catch(() => undefined);
      await this.journal?.close().catch(() => undefined);
      this.journal = null;
      this.mustRewrite = true; // until the new journal exists, a save rewrites from memory
      await writeSnapshot(this.fs, this.dir, JSON.stringify(before));
      const kept = await createBackup(this.fs, this.dir, this.clock(), 'pre-restore');
      // Sequence numbers only grow, so the renderer's caches keyed by version never serve old rows.
      restored.seq = Math.max(before.seq, restored.seq) + 1;
      await writeSnapshot(this.fs, this.dir, JSON.stringify(restored));
      for (const file of await listJournalFiles(this.fs, this.dir)) await this.fs.unlink(file.path);
      this.low.data = restored;
      this.pending = [];
      this.appendedSeq = restored.seq;
      this.journal = await Journal.create(this.fs, this.dir, restored.seq);
      this.mustRewrite = false;
      this.lastError = null;
      return kept;
    });
    const ids = kinds.flatMap((kind) =>
      [...new Set([...Object.keys(before[kind]), ...Object.keys(restored[kind])])].map((id) => ({ kind, id })),
    );
    this.emit({ seq: restored.seq, type: 'backup.restore', ids });
    return { restoredFrom, preRestoreBackup, migratedFrom: valid.from === restored.schemaVersion ? null : valid.from };
  }

  /** Whether a compaction is under way (benchmarks report the saves it overlaps apart). */
  get isCompacting(): boolean {
    return this.compacting !== null;
  }

  /** Resolves once no save or compaction is running (for an orderly stop, and for tests). */
  async whenIdle(): Promise<void> {
    while (this.compacting || this.flushing || this.noting) {
      await (this.compacting ?? this.noting ?? new Promise((resolve) => setImmediate(resolve))).catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    if (this.lock) {
      this.quitting = true;
      try {
        await this.compact();
        await this.noteCompaction(null);
      } catch (error) {
        // Nothing is lost: the journal still holds every acknowledged change; doctor will say why.
        await this.noteCompaction(error);
      }
      this.closed = true;
      await this.journal?.close().catch(() => undefined);
      await this.lock.release();
    }
    this.closed = true;
    this.listeners.clear();
  }

  private apply(commands: readonly Command[]): CommitResult {
    this.assertWritable();
    const first = commands[0];
    if (!first) throw new CommandError('invalid', phrase('errors.nothingToSave'));
    const isHistory = (c: Command) => c.type === 'history.undo' || c.type === 'history.redo';
    if (commands.length > 1 && commands.some(isHistory)) {
      throw new CommandError('invalid', phrase('errors.undoNotAlone'));
    }
    const ws = this.ws;
    const history = ws.history;
    const saved = { undo: [...history.undo], redo: [...history.redo] };
    const tx = new Transaction(ws, ws.seq + 1, first.at);
    const summaries: string[] = [];
    const labels: (StoredPhrase | null)[] = [];
    let op: NonNullable<JournalEntry['history']>;
    try {
      if (first.type === 'history.undo' || first.type === 'history.redo') {
        const undoing = first.type === 'history.undo';
        const entry = this.undoOrRedo(tx, undoing);
        summaries.push(entry.summary);
        labels.push(entry.label ?? null);
        op = { op: undoing ? 'undo' : 'redo', entry, depth: HISTORY_DEPTH };
      } else {
        for (const command of commands) {
          if (isHistory(command)) continue;
          tx.at = command.at;
          const label = applyCommand(tx, command);
          labels.push(label);
          summaries.push(englishText(label));
        }
        const entry = this.entryFor(tx, commands.at(-1)?.type ?? first.type, summaries.at(-1) ?? '', labels.at(-1) ?? undefined);
        history.undo.push(entry);
        if (history.undo.length > HISTORY_DEPTH) history.undo.splice(0, history.undo.length - HISTORY_DEPTH);
        history.redo = [];
        op = { op: 'push', entry, depth: HISTORY_DEPTH };
      }
    } catch (error) {
      tx.rollback();
      history.undo = saved.undo;
      history.redo = saved.redo;
      throw error;
    }
    ws.seq = tx.seq;
    const touched = tx.images().map(({ kind, id }) => ({ kind, id }));
    this.enqueue({
      seq: tx.seq,
      records: touched.map(({ kind, id }) => ({ kind, id, record: (tx.get(kind, id) as Record<string, unknown> | undefined) ?? null })),
      history: op,
    });
    this.emit({ seq: tx.seq, type: commands.at(-1)?.type ?? first.type, ids: touched });
    return { seq: tx.seq, summaries, labels };
  }

  /** Restores the top entry's images and returns the entry that reverses it. */
  private undoOrRedo(tx: Transaction, undoing: boolean): HistoryEntry {
    const history = this.ws.history;
    const from = undoing ? history.undo : history.redo;
    const entry = from.at(-1);
    if (!entry) throw new CommandError('nothing-to-undo', phrase(undoing ? 'errors.nothingToUndo' : 'errors.nothingToRedo'));
    this.assertUnchangedSince(entry, undoing ? 'undo' : 'redo');
    for (const image of entry.images) tx.restore(image);
    from.pop();
    const inverse = this.entryFor(tx, entry.type, entry.summary, entry.label);
    (undoing ? history.redo : history.undo).push(inverse);
    return inverse;
  }

  private entryFor(tx: Transaction, type: string, summary: string, label: StoredPhrase | undefined): HistoryEntry {
    const images = tx.images();
    return {
      seq: tx.seq,
      at: tx.at,
      type,
      // The schema bounds the English text; names inside it are not bounded together.
      summary: summary.length > 300 ? `${summary.slice(0, 299)}…` : summary,
      ...(label ? { label } : {}),
      images,
      revs: images.map(({ kind, id }) => ({ kind, id, rev: tx.get(kind, id)?.rev ?? null })),
    };
  }

  /** Undo restores before-images; if a record moved on since, restoring would lose that change. */
  private assertUnchangedSince(entry: HistoryEntry, verb: 'undo' | 'redo'): void {
    for (const { kind, id, rev } of entry.revs) {
      const table = this.ws[kind as Kind] as Record<string, { rev: number }>;
      const current = Object.hasOwn(table, id) ? (table[id]?.rev ?? null) : null;
      if (current !== rev) {
        throw new CommandError('conflict', phrase(verb === 'undo' ? 'errors.undoConflict' : 'errors.redoConflict', { summary: said(entry) }));
      }
    }
  }

  private emit(change: StoreChange): void {
    for (const listener of this.listeners) listener(change);
  }

  private assertWritable(): void {
    if (!this.lock) throw new CommandError('rule', phrase('errors.readOnly'));
    if (this.closed) throw new CommandError('rule', phrase('errors.closed'));
  }

  private enqueue(entry: JournalEntry): void {
    this.pending.push({ seq: entry.seq, line: encodeJournalLine(entry) });
  }

  private save(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  /** Runs `work` while no append is in flight (the flush loop is the only other writer). */
  private async exclusive<T>(work: () => Promise<T>): Promise<T> {
    while (this.flushing) await new Promise((resolve) => setImmediate(resolve));
    this.flushing = true;
    try {
      return await work();
    } finally {
      this.flushing = false;
      if (this.waiters.length > 0) void this.flush();
    }
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.waiters.length > 0) {
      const batch = this.waiters.splice(0);
      const lines = this.pending;
      this.pending = [];
      try {
        if (this.mustRewrite || !this.journal) await this.rewriteFromMemory();
        else if (lines.length > 0) {
          await this.journal.append(Buffer.concat(lines.map((l) => l.line)), lines.length);
          this.appendedSeq = Math.max(this.appendedSeq, lines.at(-1)?.seq ?? 0);
        }
        this.lastError = null;
        for (const waiter of batch) waiter.resolve();
      } catch (error) {
        // Never retry an fsync blindly: after a failure the file's state is unknown, so the next
        // save rewrites everything from memory into a new snapshot and a new journal.
        this.mustRewrite = true;
        this.lastError = new NotSavedError(errorCode(error), error);
        for (const waiter of batch) waiter.reject(this.lastError);
      }
    }
    this.flushing = false;
    if (!this.lastError && !this.closed && this.journal && this.dueForCompaction()) {
      const noting: Promise<void> = this.compact()
        .then(
          () => this.noteCompaction(null),
          (error: unknown) => this.noteCompaction(error),
        )
        .finally(() => {
          if (this.noting === noting) this.noting = null;
        });
      this.noting = noting;
    }
  }

  /** Keeps (and writes down for doctor) a background compaction's failure, or clears it after a success. */
  private async noteCompaction(error: unknown): Promise<void> {
    if (error === null) {
      // Also clears a failure written down by an earlier session.
      this.compactionFailed = null;
      await clearCompactionFailure(this.fs, this.dir);
      return;
    }
    // A cancel is the user's choice, not a failure.
    if (error instanceof TaskCancelledError) return;
    this.compactionFailed = compactionFailure(error, this.clock());
    await writeCompactionFailure(this.fs, this.dir, this.compactionFailed);
  }

  private dueForCompaction(): boolean {
    const journal = this.journal;
    return !!journal && !this.compacting && (journal.lines >= this.policy.maxLines || journal.bytes >= this.policy.maxBytes);
  }

  /**
   * Writes the whole state from memory as a new snapshot and starts a fresh journal, dropping the
   * old journal files. Used at first open and after a failed append.
   */
  private async rewriteFromMemory(): Promise<void> {
    while (this.foldingFiles) await this.foldingFiles.catch(() => undefined);
    await this.journal?.close().catch(() => undefined);
    this.journal = null;
    const seq = this.ws.seq;
    await this.low.write();
    this.appendedSeq = seq;
    // Pending lines are already in that snapshot; replay skips any seq it holds.
    for (const file of await listJournalFiles(this.fs, this.dir)) await this.fs.unlink(file.path);
    this.journal = await Journal.create(this.fs, this.dir, seq);
    this.mustRewrite = false;
    if ((await listBackups(this.fs, this.dir)).length === 0) await createBackup(this.fs, this.dir, this.clock(), 'compaction');
  }
}

/** A step's summary for a sentence: its phrase when it has one, else the English kept. */
function said(entry: HistoryEntry): Phrase | string {
  return entry.label && isMessageKey(entry.label.key) ? (entry.label as Phrase) : entry.summary;
}
