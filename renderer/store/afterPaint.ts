/**
 * Runs `work` once the next frame has been painted: an acknowledgement ("Saved", a repainted row)
 * reaches the screen before the refetching and re-rendering it sets off. A hidden window paints
 * no frames, so a short timer runs it anyway.
 */
export function afterPaint(work: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    work();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 100);
}
