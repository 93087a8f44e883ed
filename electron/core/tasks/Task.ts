import type { TaskKind, TaskPhase, TaskProgress, TaskState, TaskSubject } from '../../shared/contracts/taskChannels';
import { TaskCancelledError } from './TaskCancelledError';

/** How a task tells its registry it moved; `urgent` changes (phase, point of no return) skip the throttle. */
export type TaskChanged = (task: Task, urgent: boolean) => void;

/**
 * One long job: its progress, and whether stopping it now is still safe. The job calls
 * `throwIfCancelled()` between steps and `commit()` right before the step that cannot be undone
 * (a rename over the destination, a commit, a snapshot swap); after that, cancel is refused.
 */
export class Task {
  private readonly controller = new AbortController();
  private phaseKey: TaskPhase;
  private doneCount = 0;
  private totalCount: number | null = null;
  private unitKey: TaskProgress['unit'] = 'records';
  private open: boolean;
  private guard: (() => boolean) | null = null;

  constructor(
    readonly id: string,
    readonly kind: TaskKind,
    readonly subject: TaskSubject,
    phase: TaskPhase,
    cancellable: boolean,
    private readonly changed: TaskChanged,
  ) {
    this.phaseKey = phase;
    this.open = cancellable;
  }

  /** Aborted when the user cancels: pass it to anything that takes a signal (readFile, streams). */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get cancellable(): boolean {
    return this.open && !this.controller.signal.aborted;
  }

  get cancelled(): boolean {
    return this.controller.signal.aborted;
  }

  /** A new step of the job; its count starts again at 0. */
  setPhase(phase: TaskPhase, total: number | null = null, unit: TaskProgress['unit'] = 'records'): void {
    this.phaseKey = phase;
    this.totalCount = total;
    this.doneCount = 0;
    this.unitKey = unit;
    this.changed(this, true);
  }

  /** `done` of the phase's total so far (throttled by the registry). */
  report(done: number, total: number | null = this.totalCount): void {
    this.doneCount = Math.max(0, Math.floor(done));
    this.totalCount = total === null ? null : Math.max(0, Math.floor(total));
    this.changed(this, false);
  }

  throwIfCancelled(): void {
    if (this.controller.signal.aborted) throw new TaskCancelledError(this.kind);
  }

  /**
   * The point of no return: throws if the user has already cancelled, otherwise makes the task
   * no longer cancellable. Synchronous, so no cancel can slip in between the check and the step.
   */
  commit(): void {
    this.throwIfCancelled();
    if (!this.open) return;
    this.open = false;
    this.changed(this, true);
  }

  /**
   * While set, a cancel first asks `guard`, which stops the step under way (a worker) if that step
   * has not yet begun its own point of no return, and says whether it did.
   */
  setGuard(guard: (() => boolean) | null): void {
    this.guard = guard;
  }

  /** Stops the job if it is still safe to; false once it is past its point of no return. */
  cancel(): boolean {
    if (!this.cancellable) return false;
    if (this.guard && !this.guard()) return false;
    this.controller.abort();
    this.changed(this, true);
    return true;
  }

  progress(state: TaskState): TaskProgress {
    return {
      id: this.id,
      kind: this.kind,
      subject: this.subject,
      phase: this.phaseKey,
      done: this.doneCount,
      total: this.totalCount,
      unit: this.unitKey,
      cancellable: state === 'running' && this.cancellable,
      state,
    };
  }
}
