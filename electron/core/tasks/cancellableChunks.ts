import type { Task } from './Task';

/**
 * Passes a file's chunks on to writeFileDurable, stopping at the next chunk once the task is
 * cancelled (writeFileDurable then removes its temp file; the destination was never touched).
 * After the last chunk it commits the task: what follows is the fsync and the rename over the
 * destination, which must not be interrupted. `bytes` is told the running total of bytes.
 */
export async function* cancellableChunks(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  task: Task,
  bytes?: (total: number) => void,
): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of source) {
    task.throwIfCancelled();
    yield chunk;
    total += chunk.byteLength;
    bytes?.(total);
  }
  task.commit();
}

/** A buffer in slices of `size` bytes, so a long copy can report progress and stop between them. */
export function* slices(bytes: Uint8Array, size = 1024 * 1024): Generator<Uint8Array> {
  for (let start = 0; start < bytes.byteLength; start += size) yield bytes.subarray(start, Math.min(start + size, bytes.byteLength));
}
