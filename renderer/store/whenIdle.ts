/**
 * Runs `work` when the page is idle (within a second at the latest), or after a short timer where
 * there is no idle callback; `cancel` before it runs drops it.
 */
export function whenIdle(work: () => void): { cancel: () => void } {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 1000 });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(work, 50);
  return { cancel: () => clearTimeout(id) };
}
