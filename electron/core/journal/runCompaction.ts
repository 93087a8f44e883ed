import { Worker } from 'node:worker_threads';
import type { FsOps } from '../store/FsOps';
import { compactFiles } from './compactFiles';

/** Where compaction runs: a worker thread (the app), or this thread (CLI, tests, fault injection). */
export type CompactionRunner = { worker: string; execArgv?: string[] } | 'inline';

export async function runCompaction(runner: CompactionRunner, fs: FsOps, dir: string, upTo: number): Promise<void> {
  if (runner === 'inline') {
    await compactFiles(fs, dir, upTo);
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const worker = new Worker(runner.worker, { workerData: { dir, upTo }, execArgv: runner.execArgv ?? [] });
    worker.once('message', (message: { ok: boolean; message?: string }) => {
      if (message.ok) resolve();
      else reject(new Error(message.message ?? 'Compaction failed.'));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The compaction worker stopped with code ${code}.`));
    });
  });
}
