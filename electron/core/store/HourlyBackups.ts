import { hourlyBackupDue, maybeHourlyBackup } from './backups';
import type { CompactionScheduler } from './CompactionScheduler';
import type { FsOps } from './FsOps';

/** How often the app looks whether an hourly backup is due: at most this late. */
export const HOURLY_CHECK_MS = 5 * 60_000;

export interface HourlyBackupContext {
  fs: FsOps;
  dir: string;
  clock: () => Date;
  compactions: CompactionScheduler;
  /** The sequence number of the state in memory. */
  seq: () => number;
}

/**
 * One backup per hour while the app runs and something changed: the journal is folded first (so
 * the backup holds every saved change) and the fold's backup is the hourly one; when there was
 * nothing to fold, liaison.json is copied if it differs from the newest backup. Either way the
 * rotation is pruned (hourly for a day, daily for two weeks, weekly for eight, the size cap).
 *
 * Overlaps: runs as a background compaction (one at a time with the others, cancellable while it
 * folds); never two ticks at once.
 */
export class HourlyBackups {
  private timer: ReturnType<typeof setInterval> | null = null;
  private running: Promise<void> | null = null;
  /** The state's sequence number when the last hourly check found a current backup. */
  private backedUp = -1;

  constructor(private readonly context: HourlyBackupContext) {}

  start(everyMs = HOURLY_CHECK_MS): void {
    this.timer ??= setInterval(() => this.tick(), everyMs);
    // The check never keeps a process alive on its own.
    this.timer.unref?.();
  }

  /** Stops the checks and settles the one under way, if any. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  get busy(): boolean {
    return this.running !== null;
  }

  /** Settles once the check under way (if any) is over. */
  async settled(): Promise<void> {
    await this.running;
  }

  /** One check: a backup when the newest is an hour old (or from the future) and the state changed since. */
  tick(): void {
    const seq = this.context.seq();
    if (this.running || seq === this.backedUp) return;
    const running = this.check(seq)
      .catch((error: unknown) => console.error('[liaison] the hourly backup failed; the next check tries again', error))
      .finally(() => {
        if (this.running === running) this.running = null;
      });
    this.running = running;
  }

  private async check(seq: number): Promise<void> {
    const { fs, dir, clock, compactions } = this.context;
    await compactions.settled();
    if (!(await hourlyBackupDue(fs, dir, clock()))) return;
    await compactions.inBackground('hourly');
    if (compactions.failure) return;
    // Nothing to fold means liaison.json is current: copied when it differs from the newest backup.
    await maybeHourlyBackup(fs, dir, clock());
    this.backedUp = seq;
  }
}
