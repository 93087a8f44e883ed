import { Worker } from 'node:worker_threads';
import type { FsOps } from '../store/FsOps';
import type { Task } from '../tasks/Task';
import { TaskCancelledError } from '../tasks/TaskCancelledError';
import { compactFiles } from './compactFiles';
import { CompactionCancelledError, cancelCompaction, gateControl, newCompactionGate } from './compactionGate';

/** Where compaction runs: a worker thread (the app), or this thread (CLI, tests, fault injection). */
export type CompactionRunner = { worker: string; execArgv?: string[] } | 'inline';

/**
 * The task a compaction reports into; `own` when it is the compaction's own task (the snapshot
 * write is then its point of no return), not a backup's that goes on after it.
 */
export interface CompactionReporting {
  task: Task;
  own: boolean;
}

/** What the worker posts: progress while it folds, then exactly one result. */
type WorkerMessage =
  | { progress: { done: number; total: number } }
  | { writing: true }
  | { ok: true }
  | { ok: false; message?: string; cancelled?: boolean };

export async function runCompaction(runner: CompactionRunner, fs: FsOps, dir: string, upTo: number, reporting?: CompactionReporting): Promise<void> {
  reporting?.task.throwIfCancelled();
  const gate = newCompactionGate();
  let worker: Worker | null = null;
  const task = reporting?.task;
  let folding = false;
  const folded = (done: number, total: number): void => {
    if (!task) return;
    if (!folding) {
      folding = true;
      task.setPhase('folding', total);
    }
    task.report(done, total);
  };
  const writing = (): void => {
    task?.setPhase('writing');
    if (reporting?.own) reporting.task.commit();
  };
  // A cancel wins only if the snapshot write has not begun; then the worker is simply stopped: it
  // has changed nothing on disk.
  task?.setGuard(() => {
    if (!cancelCompaction(gate)) return false;
    void worker?.terminate();
    return true;
  });
  try {
    if (runner === 'inline') {
      await compactFiles(fs, dir, upTo, gateControl(gate, folded, () => writing()));
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const started = new Worker(runner.worker, { workerData: { dir, upTo, gate }, execArgv: runner.execArgv ?? [] });
      worker = started;
      started.on('message', (message: WorkerMessage) => {
        if ('progress' in message) folded(message.progress.done, message.progress.total);
        else if ('writing' in message) writing();
        else if (message.ok) resolve();
        else reject(message.cancelled ? new CompactionCancelledError() : new Error(message.message ?? 'Compaction failed.'));
      });
      started.once('error', reject);
      started.once('exit', (code) => {
        if (task?.cancelled) reject(new CompactionCancelledError());
        else if (code !== 0) reject(new Error(`The compaction worker stopped with code ${code}.`));
      });
    });
  } catch (error) {
    if (error instanceof CompactionCancelledError) throw new TaskCancelledError(task?.kind ?? 'compaction');
    throw error;
  } finally {
    task?.setGuard(null);
  }
}
