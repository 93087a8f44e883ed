import type { TaskKind, TaskPhase, TaskProgress, TaskSubject } from '../../shared/contracts/taskChannels';
import { Task } from './Task';
import { TaskCancelledError } from './TaskCancelledError';

export interface RunOptions {
  subject?: TaskSubject;
  phase?: TaskPhase;
  /** False for a job that must run to its end once started (compaction while the app quits). */
  cancellable?: boolean;
  /** Say nothing unless the job is still running after this long: a quick compaction should not flash a bar. */
  quietMs?: number;
}

interface Entry {
  task: Task;
  lastSent: number;
  announced: boolean;
  timer: ReturnType<typeof setTimeout> | null;
}

/** At most one progress event per task per this many ms, besides start, phase changes and end. */
export const PROGRESS_INTERVAL_MS = 100;

/**
 * The long jobs running in one workspace. Each runs through `run()`, which gives it a Task; the
 * registry sends its progress to listeners (main forwards them to the window as `task:progress`,
 * the CLI draws a line) throttled, and routes a cancel by id.
 */
export class TaskRegistry {
  private readonly running = new Map<string, Entry>();
  private readonly listeners = new Set<(progress: TaskProgress) => void>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  onProgress(listener: (progress: TaskProgress) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** The jobs running now (announced ones: a quick compaction is never listed). */
  list(): TaskProgress[] {
    return [...this.running.values()].filter((entry) => entry.announced).map((entry) => entry.task.progress('running'));
  }

  /** Cancels a running job; false when there is no such job or it is past its point of no return. */
  cancel(id: string): boolean {
    return this.running.get(id)?.task.cancel() ?? false;
  }

  /** Cancels every job that still can be (the CLI on Ctrl+C). */
  cancelAll(): number {
    let count = 0;
    for (const entry of this.running.values()) if (entry.task.cancel()) count++;
    return count;
  }

  /**
   * Runs `work` as a job of this kind. A job the user cancelled rejects with TaskCancelledError
   * whatever the work threw on its way out (an AbortError from readFile, say).
   */
  async run<T>(kind: TaskKind, work: (task: Task) => Promise<T>, options: RunOptions = {}): Promise<T> {
    const id = crypto.randomUUID();
    const task = new Task(id, kind, options.subject ?? defaultSubject[kind], options.phase ?? 'preparing', options.cancellable ?? true, (_task, urgent) => {
      const running = this.running.get(id);
      if (running) this.changed(running, urgent);
    });
    const entry: Entry = { task, lastSent: -Infinity, announced: false, timer: null };
    this.running.set(id, entry);
    const quiet = options.quietMs ?? 0;
    let quietTimer: ReturnType<typeof setTimeout> | null = null;
    if (quiet <= 0) this.announce(entry);
    else {
      quietTimer = setTimeout(() => this.announce(entry), quiet);
      quietTimer.unref?.();
    }
    try {
      const result = await work(entry.task);
      this.finish(entry, 'done');
      return result;
    } catch (error) {
      if (entry.task.cancelled) {
        this.finish(entry, 'cancelled');
        throw error instanceof TaskCancelledError ? error : new TaskCancelledError(kind);
      }
      this.finish(entry, 'failed');
      throw error;
    } finally {
      if (quietTimer) clearTimeout(quietTimer);
      this.running.delete(id);
    }
  }

  private announce(entry: Entry): void {
    if (entry.announced || !this.running.has(entry.task.id)) return;
    entry.announced = true;
    this.send(entry, entry.task.progress('running'));
  }

  private changed(entry: Entry, urgent: boolean): void {
    if (!entry.announced) return;
    const wait = entry.lastSent + PROGRESS_INTERVAL_MS - this.now();
    if (urgent || wait <= 0) {
      this.send(entry, entry.task.progress('running'));
      return;
    }
    // Throttled: the latest count goes out when the interval ends, unless something newer does first.
    entry.timer ??= setTimeout(() => {
      entry.timer = null;
      if (this.running.has(entry.task.id)) this.send(entry, entry.task.progress('running'));
    }, wait);
    entry.timer.unref?.();
  }

  private finish(entry: Entry, state: 'done' | 'cancelled' | 'failed'): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
    if (entry.announced) this.send(entry, entry.task.progress(state));
  }

  private send(entry: Entry, progress: TaskProgress): void {
    if (entry.timer) {
      clearTimeout(entry.timer);
      entry.timer = null;
    }
    entry.lastSent = this.now();
    for (const listener of [...this.listeners]) {
      try {
        listener(progress);
      } catch (error) {
        // A listener that fails (a closed window) must never stop the job.
        console.error('[liaison] a progress listener failed', error);
      }
    }
  }
}

const defaultSubject: Record<TaskKind, TaskSubject> = {
  export: 'contacts',
  import: 'contacts',
  backup: 'workspace',
  restore: 'workspace',
  compaction: 'workspace',
};
