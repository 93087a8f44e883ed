import { parentPort, workerData } from 'node:worker_threads';
import { nodeFsOps } from '../store/nodeFsOps';
import { compactFiles } from './compactFiles';
import { indexSnapshot, indexWorkspace } from '../search/indexSnapshot';
import { CompactionCancelledError, gateControl, type CompactionGate } from './compactionGate';

// Worker entry: the snapshot is parsed and serialised here, so the main process never stalls.
// Progress goes back as messages; a cancel arrives through the shared gate (or by terminate()).
const { dir, upTo, gate, indexOnly } = workerData as { dir: string; upTo: number; gate?: CompactionGate; indexOnly?: boolean };
if (indexOnly) {
  // Only the search index of liaison.json as it is (start-up had to build it): the same entry, so
  // the app's build needs no second worker file. indexSnapshot never fails.
  void indexSnapshot(nodeFsOps, dir).then(() => parentPort?.postMessage({ ok: true }));
} else {
  compact();
}

function compact(): void {
  const control = gate
    ? gateControl(
        gate,
        (done, total) => parentPort?.postMessage({ progress: { done, total } }),
        () => parentPort?.postMessage({ writing: true }),
      )
    : undefined;
  // The app's next start loads the search index of this snapshot instead of building it; the index is
  // built from the workspace just folded, not from the snapshot read and parsed again.
  compactFiles(nodeFsOps, dir, upTo, control, (ws, text) => indexWorkspace(nodeFsOps, dir, ws, Buffer.from(text, 'utf8')))
    .then(
      (result) => parentPort?.postMessage({ ok: true, ...result }),
      (error: unknown) =>
        parentPort?.postMessage({ ok: false, cancelled: error instanceof CompactionCancelledError, message: error instanceof Error ? error.message : String(error) }),
    );
}
