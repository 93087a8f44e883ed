/**
 * One Int32 shared between the main thread and the compaction worker, deciding which comes first:
 * a cancel, or the start of the snapshot write. Whoever flips it from RUNNING wins, atomically, so
 * a cancelled compaction never writes and a writing one is never cancelled.
 */
const RUNNING = 0;
const CANCELLED = 1;
const WRITING = 2;

export type CompactionGate = Int32Array;

export function newCompactionGate(): CompactionGate {
  return new Int32Array(new SharedArrayBuffer(4));
}

/** True if the compaction will stop without writing; false if it has begun writing (it will finish). */
export function cancelCompaction(gate: CompactionGate): boolean {
  return Atomics.compareExchange(gate, 0, RUNNING, CANCELLED) !== WRITING;
}

export class CompactionCancelledError extends Error {
  override readonly name = 'CompactionCancelledError';
  constructor() {
    super('Compaction cancelled; the journal was kept as it was.');
  }
}

/** What compactFiles reports and asks while it folds. */
export interface CompactionControl {
  /** Throws CompactionCancelledError once a cancel won the gate. */
  check(): void;
  /** Claims the gate for the snapshot write; throws CompactionCancelledError if a cancel won it. */
  beginWrite(): void;
  /** `done` of `total` journal lines folded so far. */
  folded(done: number, total: number): void;
}

export function gateControl(gate: CompactionGate, folded: (done: number, total: number) => void, writing: () => void): CompactionControl {
  return {
    check() {
      if (Atomics.load(gate, 0) === CANCELLED) throw new CompactionCancelledError();
    },
    beginWrite() {
      if (Atomics.compareExchange(gate, 0, RUNNING, WRITING) === CANCELLED) throw new CompactionCancelledError();
      writing();
    },
    folded,
  };
}
