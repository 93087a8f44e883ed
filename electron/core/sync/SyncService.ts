import { englishText, phrase } from '../../shared/i18n/Phrase';
import type { SyncFailure, SyncStatus } from '../../shared/contracts/syncChannels';
import type { Kind } from '../../shared/schemas/collections';
import type { FsOps } from '../store/FsOps';
import { nodeFsOps } from '../store/nodeFsOps';
import type { Store } from '../store/Store';
import { chooseFields, type FieldChoices } from './chooseFields';
import { SyncError, toSyncError } from './SyncError';
import { describeTarget, SyncReplica, type SyncConflict, type SyncReport } from './SyncReplica';
import { readConnectionFile, removeConnectionFile, writeConnectionFile, type SyncConnection } from './syncConnectionFile';

export interface SyncServiceOptions {
  store: Store;
  fs?: FsOps;
  clock?: () => Date;
  /** The password for the saved connection's user (the app's safeStorage, the CLI's environment or prompt). */
  password?: string;
  /** Each request to the server gives up after this long (default 30 s). */
  timeoutMs?: number;
  /** Live sync waits this long after a change before it syncs, so a burst of edits is one sync (default 500 ms). */
  debounceMs?: number;
  /** Live sync tries again this long after a failure (default 30 s). */
  retryMs?: number;
}

export interface ConnectOptions {
  server: string;
  db: string;
  user?: string | null;
  password?: string;
  live?: boolean;
}

export interface SyncOutcome {
  /** What the sync did; null when it could not run (see status.lastError) or nothing is set up. */
  report: SyncReport | null;
  status: SyncStatus;
}

/**
 * One data folder's sync, as the app's main process and the CLI use it: the saved connection,
 * "sync now", live sync, the status a user is shown. It never throws for a server that cannot be
 * used: the failure becomes `status.lastError`, a sentence in both languages, and every local
 * change stays saved and pending. Nothing here runs inside a save: a commit only marks its
 * records (SyncReplica) and, in live mode, starts a timer, so a missing or slow server never
 * delays one.
 */
export class SyncService {
  private replica: SyncReplica | null = null;
  private connection: SyncConnection | null;
  private password: string | undefined;
  private current: Promise<SyncOutcome> | null = null;
  private queued: Promise<SyncOutcome> | null = null;
  private conflictCount = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopWatching: (() => void) | null = null;
  private readonly listeners = new Set<(status: SyncStatus) => void>();
  private readonly stopListening: () => void;
  private closed = false;
  /** While live for this process only: the live setting the connection file keeps. */
  private savedLive: boolean | null = null;

  private constructor(
    private readonly store: Store,
    private readonly fs: FsOps,
    private readonly clock: () => Date,
    private readonly timeoutMs: number,
    private readonly debounceMs: number,
    private readonly retryMs: number,
    connection: SyncConnection | null,
    password: string | undefined,
  ) {
    this.connection = connection;
    this.password = password;
    this.stopListening = store.onChange((change) => {
      if (change.type === 'sync.apply' || !this.connection?.live) return;
      this.schedule(this.debounceMs);
    });
  }

  /** The sync of `store`'s data folder as last set up there (none: `status().configured` is false). */
  static async open(options: SyncServiceOptions): Promise<SyncService> {
    const fs = options.fs ?? nodeFsOps;
    const connection = await readConnectionFile(fs, options.store.dir);
    const service = new SyncService(
      options.store,
      fs,
      options.clock ?? (() => new Date()),
      options.timeoutMs ?? 30_000,
      options.debounceMs ?? 500,
      options.retryMs ?? 30_000,
      connection,
      options.password,
    );
    if (connection) {
      try {
        await service.openReplica();
      } catch (error) {
        connection.lastError = service.failure(error);
      }
      if (connection.live) service.startLive();
    }
    return service;
  }

  /**
   * Sets up (or changes) where this folder syncs. It does not contact the server: `syncNow()`
   * does, and says what went wrong. A replica of another server or database is not reused.
   */
  async connect(options: ConnectOptions): Promise<SyncStatus> {
    await this.stopReplica();
    const user = options.user?.trim() ? options.user.trim() : null;
    let server = options.server;
    let badUrl: unknown = null;
    try {
      server = describeTarget({ server: options.server, db: options.db }).server;
    } catch (error) {
      badUrl = error;
    }
    const same = this.connection && this.connection.server === server && this.connection.db === options.db && this.connection.user === user;
    this.connection = {
      format: 1,
      server,
      db: options.db,
      user,
      live: options.live ?? this.connection?.live ?? false,
      lastSyncAt: same ? (this.connection?.lastSyncAt ?? null) : null,
      lastError: null,
    };
    if (options.password !== undefined) this.password = options.password;
    if (badUrl) this.connection.lastError = this.failure(badUrl);
    else {
      try {
        await this.openReplica();
      } catch (error) {
        this.connection.lastError = this.failure(error);
      }
    }
    await this.saveConnection();
    if (this.connection.live) this.startLive();
    this.emit();
    return this.status();
  }

  /** Forgets the connection (the replica file stays, for a later reconnect to the same database). */
  async disconnect(): Promise<SyncStatus> {
    await this.stopReplica();
    this.connection = null;
    this.password = undefined;
    this.conflictCount = 0;
    await removeConnectionFile(this.fs, this.store.dir);
    this.emit();
    return this.status();
  }

  /** The password for the connection's user, from wherever the caller keeps it. */
  setPassword(password: string | undefined): void {
    this.password = password;
  }

  status(): SyncStatus {
    const c = this.connection;
    return {
      configured: c !== null,
      server: c?.server ?? null,
      db: c?.db ?? null,
      user: c?.user ?? null,
      live: c?.live ?? false,
      running: this.current !== null,
      lastSyncAt: c?.lastSyncAt ?? null,
      pending: this.replica?.pending ?? 0,
      conflicts: this.conflictCount,
      lastError: c?.lastError ?? null,
    };
  }

  /** Called with the new status after every sync, connect, live switch and error. */
  onStatus(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** One sync both ways now. A sync already under way is followed by one more, so this one sees every change made before the call. */
  syncNow(): Promise<SyncOutcome> {
    if (!this.current) {
      this.current = this.runOnce().finally(() => {
        this.current = null;
      });
      this.emit();
      return this.current;
    }
    this.queued ??= this.current.then(() => {
      this.queued = null;
      return this.syncNow();
    });
    return this.queued;
  }

  /** Live sync: local changes are sent and the server's arrive as they happen (CouchDB's changes feed), retrying on its own after a failure. */
  async setLive(live: boolean, options: { persist?: boolean } = {}): Promise<SyncStatus> {
    if (!this.connection) return this.status();
    // `liaison sync --live` follows the server for one session and leaves the app's choice as it was.
    if (options.persist === false) this.savedLive ??= this.connection.live;
    else this.savedLive = null;
    this.connection.live = live;
    await this.saveConnection();
    if (live) this.startLive();
    else this.stopLive();
    this.emit();
    return this.status();
  }

  async conflicts(): Promise<SyncConflict[]> {
    const listed = (await this.replica?.conflicts()) ?? [];
    this.conflictCount = listed.length;
    return listed;
  }

  /**
   * Settles a conflict with the revision the user chose (its fields become the record here and,
   * at the next sync, the winner everywhere), or field by field: `fields` names, per field, the
   * revision whose value it takes (the rest come from `rev`). Returns false when there is no such
   * conflict or revision.
   */
  async resolve(kind: Kind, id: string, rev: string, fields: FieldChoices = {}): Promise<boolean> {
    const conflict = (await this.conflicts()).find((c) => c.kind === kind && c.id === id);
    const chosen = conflict ? chooseFields([conflict.winner, ...conflict.others], rev, fields) : null;
    if (!this.replica || !chosen) return false;
    await this.replica.resolve(kind, id, { ...chosen, id });
    await this.conflicts();
    this.emit();
    if (this.connection?.live) this.schedule(0);
    return true;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.stopListening();
    await this.stopReplica();
    this.listeners.clear();
  }

  private async runOnce(): Promise<SyncOutcome> {
    const replica = this.replica;
    const connection = this.connection;
    if (!replica || !connection) return { report: null, status: this.status() };
    let report: SyncReport | null = null;
    try {
      if (connection.user && this.password === undefined) {
        throw new SyncError('failed', phrase('sync.error.noPassword', { user: connection.user, server: connection.server }));
      }
      report = await replica.syncOnce();
      this.conflictCount = report.conflicts.length;
      connection.lastSyncAt = this.clock().toISOString();
      connection.lastError = null;
      if (connection.live && !this.stopWatching && !this.closed) this.watch();
    } catch (error) {
      connection.lastError = this.failure(error);
      if (connection.live) this.schedule(this.retryMs);
    }
    // The status file is a convenience (doctor, the next start); failing to write it loses no change.
    await this.saveConnection().catch(() => undefined);
    const outcome = { report, status: { ...this.status(), running: false } };
    for (const listener of this.listeners) listener(outcome.status);
    return outcome;
  }

  private failure(error: unknown): SyncFailure {
    const connection = this.connection;
    const where = { server: connection?.server ?? '', db: connection?.db ?? '' };
    const known = error instanceof SyncError ? error : toSyncError(error, where, this.timeoutMs);
    const noPassword = known.phrase.key === 'sync.error.noPassword';
    return { code: noPassword ? 'no-password' : known.code, message: englishText(known.phrase), i18n: known.phrase, at: this.clock().toISOString() };
  }

  private async openReplica(): Promise<void> {
    const c = this.connection;
    if (!c) return;
    this.replica = await SyncReplica.open({
      store: this.store,
      fs: this.fs,
      clock: this.clock,
      timeoutMs: this.timeoutMs,
      target: { server: c.server, db: c.db, ...(c.user ? { user: c.user, password: this.password ?? '' } : {}) },
    });
    this.conflictCount = (await this.replica.conflicts()).length;
  }

  private async stopReplica(): Promise<void> {
    this.stopLive();
    const replica = this.replica;
    this.replica = null;
    // Closing cancels a replication waiting on the server, so this never waits out a timeout.
    const closing = replica?.close();
    await this.current?.catch(() => undefined);
    await closing;
  }

  private async saveConnection(): Promise<void> {
    if (!this.connection || this.closed) return;
    await writeConnectionFile(this.fs, this.store.dir, this.savedLive === null ? this.connection : { ...this.connection, live: this.savedLive });
  }

  private startLive(): void {
    this.schedule(0);
  }

  private stopLive(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.stopWatching?.();
    this.stopWatching = null;
  }

  /** Follows the server's changes; if the feed stops, the retry timer syncs again and, once that works, watches again. */
  private watch(): void {
    if (!this.replica) return;
    this.stopWatching = this.replica.watchRemote(
      () => this.schedule(this.debounceMs),
      () => {
        this.stopWatching?.();
        this.stopWatching = null;
        this.schedule(this.retryMs);
      },
    );
  }

  private schedule(delayMs: number): void {
    if (this.closed || !this.connection?.live) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.syncNow();
    }, delayMs);
    // A pending live sync never keeps a closing CLI or test process alive.
    this.timer.unref?.();
  }

  private emit(): void {
    const status = this.status();
    for (const listener of this.listeners) listener(status);
  }
}
