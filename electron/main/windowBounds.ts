import type { Settings } from '../shared/schemas/settings';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type SavedWindow = NonNullable<Settings['window']>;

/** How much of a saved window must still be on a display to reopen it there: enough to grab the title bar. */
const minVisible = { width: 120, height: 40 };

/**
 * Where to reopen the window: its saved place when enough of it is on a display that still
 * exists (shrunk to fit that display's work area), else only a size, which Electron centres on
 * the primary display. A monitor unplugged since the last run must never leave the window off-screen.
 */
export function restoreBounds(saved: SavedWindow | undefined, workAreas: readonly Rect[], fallback: { width: number; height: number }): Partial<Rect> & { width: number; height: number } {
  const primary = workAreas[0];
  const fit = (size: { width: number; height: number }, area: Rect | undefined) =>
    area ? { width: Math.min(size.width, area.width), height: Math.min(size.height, area.height) } : size;
  if (!saved) return fit(fallback, primary);
  let best: { area: Rect; overlap: number } | null = null;
  for (const area of workAreas) {
    const w = Math.min(saved.x + saved.width, area.x + area.width) - Math.max(saved.x, area.x);
    const h = Math.min(saved.y + saved.height, area.y + area.height) - Math.max(saved.y, area.y);
    if (w < minVisible.width || h < minVisible.height) continue;
    if (!best || w * h > best.overlap) best = { area, overlap: w * h };
  }
  if (!best) return fit(saved, primary);
  const { area } = best;
  const size = fit(saved, area);
  return {
    ...size,
    x: Math.min(Math.max(saved.x, area.x), area.x + area.width - size.width),
    y: Math.min(Math.max(saved.y, area.y), area.y + area.height - size.height),
  };
}

/** What to save: the normal (unmaximised) bounds, so un-maximising next time returns to them. */
export function boundsToSave(normal: Rect, maximized: boolean): SavedWindow {
  return { x: Math.round(normal.x), y: Math.round(normal.y), width: Math.round(normal.width), height: Math.round(normal.height), maximized };
}
