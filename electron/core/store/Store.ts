import type { Low } from 'lowdb';
import type { Command } from '../../shared/commands/commandSchemas';
import { englishText, phrase, type Phrase } from '../../shared/i18n/Phrase';
import { SettingsSchema, type Settings } from '../../shared/schemas/settings';
import type { Workspace } from '../../shared/schemas/workspace';
import { CommandError } from '../commands/CommandError';
import { Journal } from '../journal/Journal';
import { describeJournalLoss, journalLossPhrase, keepJournalLoss, keepTornTail, type JournalLoss } from '../journal/JournalLoss';
import { replayJournals, type ReplayReport } from '../journal/replayJournals';
import type { CompactionRunner } from '../journal/runCompaction';
import type { Task } from '../tasks/Task';
import type { TaskRegistry } from '../tasks/TaskRegistry';
import { applyCommit, type CommitResult } from './applyCommit';
import { createBackup, fileStamp } from './backups';
import { CompactionScheduler, defaultCompactionPolicy, type CompactionPolicy } from './CompactionScheduler';
import type { CompactionFailure } from './CompactionFailure';
import type { FsOps } from './FsOps';
import { GroupCommit } from './GroupCommit';
import { HourlyBackups } from './HourlyBackups';
import type { LoadReport } from './LoadReport';
import { loadWorkspaceFile } from './loadWorkspaceFile';
import { nodeFsOps } from './nodeFsOps';
import { NotSavedError } from './NotSavedError';
import { readWorkspaceReadOnly } from './readWorkspaceReadOnly';
import { restoreWorkspace, type RestoreResult } from './restoreWorkspace';
import { rewriteFromMemory } from './rewriteFromMemory';
import type { StoreChange } from './StoreChange';
import { storeFilePath } from './storeFilePath';
import { workspaceDocument } from './workspaceDocument';
import { WorkspaceLock, type LockEnvironment } from './WorkspaceLock';

export { defaultCompactionPolicy, type CompactionPolicy } from './CompactionScheduler';
export type { CommitResult } from './applyCommit';

export interface StoreOptions {
  dir: string;
  owner: 'app' | 'cli';
  fs?: FsOps;
  clock?: () => Date;
  /** Read-only opens never lock, never repair and never write. */
  readOnly?: boolean;
  /** Who this process is, how lock holders are probed, and the lock's clock (the simulation's own; real by default). */
  lock?: LockEnvironment;
  /** A lock whose holder is proven gone: taken over at once ('auto', the default) or refused with its holder named ('ask', the app). */
  takeOver?: 'auto' | 'ask';
  compaction?: Partial<CompactionPolicy> & { runner?: CompactionRunner };
  /** Where a compaction reports its progress and can be cancelled (the workspace's long jobs). */
  tasks?: TaskRegistry;
  /** A backup per hour while open and something changed (the app's default; a CLI command is too short). */
  hourlyBackups?: boolean;
  /**
   * What a refused save does. `keep` (the app): the change stays in memory and is written with
   * the next save. `retry` (the CLI, whose exit status a script trusts): it is written again at
   * once, from memory; if that fails too it is left out, and nothing writes it later.
   */
  onRefusedSave?: 'keep' | 'retry';
}

export type SaveState = { status: 'saved' } | { status: 'saving' } | { status: 'not-saved'; message: string; i18n: Phrase };

/**
 * The workspace behind one interface: load, commit (durable ack), compact, backup, restore.
 *
 * A commit is applied to memory at once (applyCommit, with its undo step), touching only its
 * records, and appended to the journal as one line of after-images; its promise resolves after
 * the fdatasync that covers it (GroupCommit). Compaction folds the journal into the snapshot
 * (liaison.json) from the files on disk, in a worker in the app, then takes a backup
 * (CompactionScheduler). The parts and what each may overlap:
 *
 * - memory: commits apply synchronously, one at a time, to the lowdb document (workspaceDocument);
 * - the writer's exclusive section (GroupCommit.exclusive): one append batch, a rewrite from
 *   memory, a journal rotation or a restore's swap at a time;
 * - compactions: one at a time; the fold of rotated files overlaps appends to the new journal,
 *   never a rewrite from memory (rewriteFromMemory) nor a restore's swap (restoreWorkspace).
 */
export class Store {
  private readonly listeners = new Set<(change: StoreChange) => void>();
  private readonly writer: GroupCommit;
  private readonly compactions: CompactionScheduler;
  private readonly hourly: HourlyBackups;
  private closed = false;
  private readonly onRefusedSave: 'keep' | 'retry';
  /** A save that was refused and then written on the second attempt ('retry' only). */
  private retried: NotSavedError | null = null;
  /** Set when a refused change was left out: from then on nothing is written from memory. */
  private leftOut = false;
  /** A restore under way: commits wait for it, then apply to the restored workspace. */
  private restoring: Promise<unknown> | null = null;
  private closing: Promise<void> | null = null;
  /** Backups and restores under way (saves and compactions are tracked by their own parts). */
  private readonly operations = new Set<Promise<unknown>>();
  /** Backups and exports under way (see copying): a restore waits for them. */
  private readonly copies = new Set<Promise<unknown>>();

  private constructor(
    private readonly document: Low<Workspace>,
    private readonly fs: FsOps,
    readonly dir: string,
    readonly report: LoadReport,
    readonly replay: ReplayReport | null,
    private readonly clock: () => Date,
    private readonly lock: WorkspaceLock | null,
    journal: Journal | null,
    snapshotSeq: number,
    options: StoreOptions,
  ) {
    const writable = lock !== null;
    this.onRefusedSave = options.onRefusedSave ?? (options.owner === 'cli' ? 'retry' : 'keep');
    const rewrite = rewriteFromMemory.bind(null, { fs, dir, document, clock, foldDone: () => this.compactions.foldDone() });
    this.writer = new GroupCommit(writable ? journal : null, document.data.seq, snapshotSeq, rewrite, () => {
      if (!this.closed) this.compactions.startIfDue();
    });
    this.compactions = new CompactionScheduler({
      fs,
      dir,
      clock,
      writer: this.writer,
      policy: { ...defaultCompactionPolicy, ...options.compaction },
      runner: options.compaction?.runner ?? 'inline',
      tasks: options.tasks ?? null,
    });
    this.hourly = new HourlyBackups({ fs, dir, clock, compactions: this.compactions, seq: () => this.document.data.seq });
    if (writable && (options.hourlyBackups ?? options.owner === 'app')) this.hourly.start();
  }

  private get ws(): Workspace {
    return this.document.data;
  }

  static async open(options: StoreOptions): Promise<Store> {
    const fs = options.fs ?? nodeFsOps;
    const clock = options.clock ?? (() => new Date());
    if (options.readOnly) {
      const { workspace, report } = await readWorkspaceReadOnly(fs, options.dir);
      const snapshotSeq = workspace.seq;
      const replay = await replayJournals(fs, options.dir, workspace);
      const store = new Store(workspaceDocument(fs, options.dir, workspace), fs, options.dir, report, replay, clock, null, null, snapshotSeq, options);
      // Read-only: what a writer would drop, described; nothing copied, nothing changed.
      store.journalLoss = await describeJournalLoss(fs, replay, workspace.seq, clock());
      return store;
    }
    await fs.mkdir(options.dir);
    const lock = await WorkspaceLock.acquire(fs, options.dir, options.owner, { ...options.lock, takeOver: options.takeOver ?? 'auto' });
    try {
      const { workspace, report } = await loadWorkspaceFile(fs, options.dir, clock());
      const snapshotSeq = workspace.seq;
      const replay = await replayJournals(fs, options.dir, workspace);
      let journal: Journal | null = null;
      // Never rewrite a damaged journal, nor drop lines after a gap, without a byte-for-byte copy
      // in damaged/ and a report; then the next save starts afresh from memory.
      const loss = await keepJournalLoss(fs, options.dir, replay, workspace.seq, clock(), fileStamp(clock()));
      // A torn tail is cut by Journal.open; one that holds a line break is copied first (the
      // interleaving simulation showed such a tail from a short write and a power cut).
      if (!loss && replay.tornBytes > 0 && replay.active) await keepTornTail(fs, options.dir, replay.active, fileStamp(clock()));
      if (!loss) {
        const earlier = replay.files.filter((path) => path !== replay.active?.path);
        journal = await Journal.open(fs, options.dir, replay.active, workspace.seq, replay.replayed, earlier);
      }
      const store = new Store(workspaceDocument(fs, options.dir, workspace), fs, options.dir, report, replay, clock, lock, journal, snapshotSeq, options);
      store.journalLoss = loss;
      return store;
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
    const error = this.writer.lastError;
    if (error) return { status: 'not-saved', message: error.message, i18n: error.phrase };
    return this.writer.busy ? { status: 'saving' } : { status: 'saved' };
  }

  /** The refusal a second attempt overcame (`onRefusedSave: 'retry'`): the change is saved; say so. */
  get savedOnRetry(): NotSavedError | null {
    return this.retried;
  }

  /** The last background compaction's failure (the journal is intact), or null. */
  get maintenance(): CompactionFailure | null {
    return this.compactions.failure;
  }

  /**
   * Saved changes this load could not replay (a gap, a damaged line), kept in damaged/ by a
   * writer; set once by open. The app's banner and `doctor` tell it.
   */
  journalLoss: JournalLoss | null = null;

  /** A sentence about what replaying the journal had to drop, or null when nothing was lost. */
  get journalNotice(): string | null {
    const r = this.replay;
    if (!r) return null;
    if (this.journalLoss) return englishText(journalLossPhrase(this.journalLoss));
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
  commit(commands: readonly Command[]): Promise<CommitResult> {
    // Not async: with no restore under way the commit applies at once, in the caller's turn.
    if (this.restoring) return this.afterRestore(() => this.commit(commands));
    try {
      this.assertWritable();
      const { result, entry, change } = applyCommit(this.ws, commands);
      this.writer.enqueue(entry);
      this.emit(change);
      return this.saved(result.seq).then(() => result);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** Settings are preferences: saved like everything else, but never part of undo. */
  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    if (this.restoring) return this.afterRestore(() => this.updateSettings(patch));
    this.assertWritable();
    const next = SettingsSchema.parse({ ...this.ws.settings, ...patch });
    this.ws.settings = next;
    this.ws.seq += 1;
    this.writer.enqueue({ seq: this.ws.seq, records: [], settings: next });
    this.emit({ seq: this.ws.seq, type: 'settings', ids: [] });
    await this.saved(this.ws.seq);
    return next;
  }

  /** A copy of the current state in backups/; compacts first so the copy is complete. */
  backup(): Promise<string> {
    this.assertWritable();
    return this.tracked(this.copying(() => this.compact().then(() => createBackup(this.fs, this.dir, this.clock(), 'manual'))));
  }

  /**
   * Runs `work`, which folds the journal and copies liaison.json (a backup, an export), apart
   * from restores: it waits for a restore under way, and a restore asked for meanwhile waits for
   * it. Otherwise the copy could read the restored liaison.json and report a backup of the
   * workspace as it was when asked for that holds none of its changes (the simulation found one).
   */
  async copying<T>(work: () => Promise<T>): Promise<T> {
    this.assertWritable();
    while (this.restoring) await this.restoring.catch(() => undefined);
    const running = work();
    this.copies.add(running);
    const done = () => this.copies.delete(running);
    running.then(done, done);
    return running;
  }

  /** Runs `work` as an operation close() waits for before it lets go of the lock. */
  private tracked<T>(work: Promise<T>): Promise<T> {
    this.operations.add(work);
    const done = () => this.operations.delete(work);
    work.then(done, done);
    return work;
  }

  /**
   * Folds the journal into the snapshot, then takes a backup (see CompactionScheduler). One
   * compaction at a time; a second call waits for the first. It reports into `within` (a backup's
   * task) or else into a compaction task of its own; cancelled before the snapshot write, it
   * leaves every journal file in place (TaskCancelledError).
   */
  compact(within?: Task): Promise<void> {
    this.assertWritable();
    return this.compactions.compact(within);
  }

  /**
   * Replaces the workspace with a backup; see restoreWorkspace. Commits that arrive meanwhile wait
   * and then apply to the restored workspace: one applied to the old one after its pre-restore
   * snapshot was taken would be acknowledged and then lost with it.
   */
  restore(source: string, task?: Task): Promise<RestoreResult> {
    this.assertWritable();
    return this.tracked(this.restoreNow(source, task));
  }

  private async restoreNow(source: string, task?: Task): Promise<RestoreResult> {
    const { fs, dir, clock, document, writer, compactions } = this;
    const previous = this.restoring ?? Promise.resolve();
    const copies = [...this.copies];
    const run = Promise.allSettled([previous, ...copies]).then(() => restoreWorkspace({ fs, dir, clock, document, writer, compactions }, source, task));
    const tracked = run.finally(() => {
      if (this.restoring === tracked) this.restoring = null;
    });
    this.restoring = tracked;
    const { change, ...result } = await tracked;
    this.emit(change);
    return result;
  }

  /** Whether a compaction is under way (benchmarks report the saves it overlaps apart). */
  get isCompacting(): boolean {
    return this.compactions.running;
  }

  /** Resolves once no save or compaction is running (for an orderly stop, and for tests). */
  async whenIdle(): Promise<void> {
    while (this.compactions.busy || this.writer.busy || this.hourly.busy) {
      if (this.hourly.busy) await this.hourly.settled();
      else if (this.compactions.busy) await this.compactions.settled();
      else await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** One close, however often asked: a second call waits for the first rather than release the lock again. */
  close(): Promise<void> {
    this.closing ??= this.closeNow();
    return this.closing;
  }

  private async closeNow(): Promise<void> {
    if (this.closed) return;
    if (this.lock) {
      await this.hourly.stop();
      this.compactions.quitting = true;
      // A change left out must stay out: the closing compaction would write it from memory. Every
      // acknowledged change is in the journal, which the next start replays.
      if (!this.leftOut) {
        try {
          await this.compactions.compact();
          await this.compactions.note(null);
        } catch (error) {
          // Nothing is lost: the journal still holds every acknowledged change; doctor will say why.
          await this.compactions.note(error);
        }
      }
      // A backup, restore, save or compaction still under way ends before the lock goes: after it
      // another process may own these files (the interleaving simulation caught a backup written
      // after the release).
      while (this.operations.size > 0 || this.compactions.busy || this.writer.busy) {
        await Promise.allSettled([...this.operations]);
        await this.whenIdle();
      }
      this.closed = true;
      await this.writer.journal?.close().catch(() => undefined);
      await this.lock.release();
    }
    this.closed = true;
    this.listeners.clear();
  }

  private emit(change: StoreChange): void {
    for (const listener of this.listeners) listener(change);
  }

  /** Resolves once the change numbered `seq` is durable; see `onRefusedSave` for when the disk refuses it. */
  private saved(seq: number): Promise<void> {
    const saving = this.writer.save();
    return this.onRefusedSave === 'keep' ? saving : saving.catch((first: unknown) => this.retryRefused(seq, first));
  }

  private async retryRefused(seq: number, first: unknown): Promise<void> {
    if (!(first instanceof NotSavedError)) throw first;
    try {
      // The writer now rewrites the whole state from memory into a new snapshot and journal.
      await this.writer.save();
      this.retried = first;
    } catch (second) {
      // Said as the next start will find it: a refused write may still have reached the file.
      if (await this.nextOpenHolds(seq)) {
        this.retried = first;
        return;
      }
      this.leftOut = true;
      throw new NotSavedError(second instanceof NotSavedError ? second.code : first.code, second, true);
    }
  }


  /** Whether opening the workspace now would load the change numbered `seq` (read only, no repair). */
  private async nextOpenHolds(seq: number): Promise<boolean> {
    try {
      const { workspace } = await readWorkspaceReadOnly(this.fs, this.dir);
      await replayJournals(this.fs, this.dir, workspace);
      return workspace.seq >= seq;
    } catch {
      return false;
    }
  }

  /** Runs `work` once the restore under way (and any queued after it) has ended, whatever its outcome. */
  private async afterRestore<T>(work: () => Promise<T>): Promise<T> {
    this.assertWritable();
    await this.restoring?.catch(() => undefined);
    return work();
  }

  private assertWritable(): void {
    if (!this.lock) throw new CommandError('rule', phrase('errors.readOnly'));
    if (this.leftOut) throw new CommandError('rule', phrase('errors.closed'));
    if (this.closed) throw new CommandError('rule', phrase('errors.closed'));
  }
}
