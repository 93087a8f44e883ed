/** How long one slice of work may hold main's event loop; a frame is 16 ms, so half of that at most. */
export const SLICE_MS = 4;

/** Lets the event loop turn: timers, IPC and the window's input run before the next slice. */
export const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Visits every item, handing the event loop back every SLICE_MS. Even a plain pass over 100,000
 * contacts costs tens of milliseconds in cache misses alone, more than a frame, so every pass an
 * export makes over all contacts goes through here.
 */
export async function forEachSliced<T>(items: readonly T[], visit: (item: T) => void): Promise<void> {
  let started = performance.now();
  for (let i = 0; i < items.length; i++) {
    visit(items[i] as T);
    if ((i & 127) === 127 && performance.now() - started >= SLICE_MS) {
      await turn();
      started = performance.now();
    }
  }
}
