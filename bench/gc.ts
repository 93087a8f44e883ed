/**
 * A full collection between runs, so garbage left by one run (a dropped index, a parsed copy of the
 * workspace) is not collected inside the next one's timing. Needs `node --expose-gc`; without it
 * this does nothing and the runs are noisier.
 */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}
