import { parentPort, workerData } from 'node:worker_threads';
import { nodeFsOps } from '../store/nodeFsOps';
import { compactFiles } from './compactFiles';

// Worker entry: the snapshot is parsed and serialised here, so the main process never stalls.
const { dir, upTo } = workerData as { dir: string; upTo: number };
compactFiles(nodeFsOps, dir, upTo).then(
  (result) => parentPort?.postMessage({ ok: true, ...result }),
  (error: unknown) => parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
);
