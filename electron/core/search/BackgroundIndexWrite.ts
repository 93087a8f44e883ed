import { Worker } from 'node:worker_threads';
import { basename, join } from 'node:path';
import type { CompactionRunner } from '../journal/runCompaction';
import type { FsOps } from '../store/FsOps';
import { checksumFilePath } from '../store/storeFilePath';
import { indexSnapshot } from './indexSnapshot';
import { searchIndexFilePath } from './searchIndexFile';

/** The part of the store the write must respect: a compaction writes the snapshot and its index itself. */
export interface IndexWriteHost {
  readonly isCompacting: boolean;
  whenIdle(): Promise<void>;
}

/** A snapshot written again while the index was being written sends it round once more, at most this often. */
const ATTEMPTS = 3;

/**
 * Writes liaison.index for the snapshot on disk after start-up had to build the index, so the next
 * start loads it instead: a workspace that is never compacted (no change in a session) would
 * otherwise build it at every start. In the app it runs in the compaction worker (mode
 * `indexOnly`); inline it runs on this thread once the open has returned. It never fails: the
 * file is a cache, and without it start-up builds the index as before.
 */
export class BackgroundIndexWrite {
  private worker: Worker | null = null;
  private stopped = false;
  private readonly done: Promise<void>;

  private constructor(
    private readonly runner: CompactionRunner,
    private readonly fs: FsOps,
    private readonly dir: string,
    private readonly host: IndexWriteHost,
  ) {
    this.done = this.run().catch(() => undefined);
  }

  static start(runner: CompactionRunner, fs: FsOps, dir: string, host: IndexWriteHost): BackgroundIndexWrite {
    return new BackgroundIndexWrite(runner, fs, dir, host);
  }

  /** Resolves once the file is written, or the write gave up or was stopped. */
  whenDone(): Promise<void> {
    return this.done;
  }

  /**
   * For quit: a worker is stopped where it is (its temp file removed), an inline write is waited
   * for. Either way liaison.index is the old file or a complete new one.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.worker?.terminate();
    await this.done;
  }

  private async run(): Promise<void> {
    // Never on the way of the open: the window (or the CLI's command) comes first.
    await new Promise((resolve) => setImmediate(resolve));
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      while (this.host.isCompacting && !this.stopped) await this.host.whenIdle();
      if (this.stopped) return;
      const before = await this.snapshotSum();
      if (before === null) return;
      await this.writeOnce();
      // The index names the snapshot it read; if another was written meanwhile (a compaction whose
      // own index may have landed first, a restore), the file may name the old one: go again.
      if (this.stopped || (await this.snapshotSum()) === before) return;
    }
  }

  private async writeOnce(): Promise<void> {
    const { runner } = this;
    if (runner === 'inline') {
      await indexSnapshot(this.fs, this.dir);
      return;
    }
    await new Promise<void>((resolve) => {
      const worker = new Worker(runner.worker, { workerData: { dir: this.dir, indexOnly: true }, execArgv: runner.execArgv ?? [] });
      this.worker = worker;
      worker.once('error', () => undefined);
      worker.once('exit', () => resolve());
    });
    this.worker = null;
    if (this.stopped) await this.removeTempFiles();
  }

  /**
   * A worker stopped mid-write can leave writeFileDurable's temp file (`liaison.index.<pid>.<random>.tmp`);
   * only this process's are removed, never a CLI's in flight.
   */
  private async removeTempFiles(): Promise<void> {
    const prefix = `${basename(searchIndexFilePath(this.dir))}.${process.pid}.`;
    const names = await this.fs.readdir(this.dir).catch((): string[] => []);
    for (const name of names) {
      if (name.startsWith(prefix) && name.endsWith('.tmp')) await this.fs.unlink(join(this.dir, name)).catch(() => undefined);
    }
  }

  /** liaison.json.sum as text (the snapshot's size and CRC), or null when there is no snapshot yet. */
  private async snapshotSum(): Promise<string | null> {
    try {
      return (await this.fs.readFile(checksumFilePath(this.dir))).toString('utf8');
    } catch {
      return null;
    }
  }
}
