import type { BrowserWindow } from 'electron';
import { boundsToSave, type SavedWindow } from './windowBounds';

/** Saving on every pixel of a drag would write a journal line each time; a pause settles it. */
const settleMs = 800;

/**
 * Calls `save` with the window's place once a move or resize settles, and when it closes. Saving
 * as it goes (not only at quit) matters: on macOS, Cmd+Q quits before any window closes.
 */
export function trackBounds(window: Pick<BrowserWindow, 'on' | 'isDestroyed' | 'isMinimized' | 'isMaximized' | 'getNormalBounds'>, save: (bounds: SavedWindow) => void): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const saveNow = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    // A minimised window reports a parking place on some Linux desktops; its last real place is saved already.
    if (window.isDestroyed() || window.isMinimized()) return;
    save(boundsToSave(window.getNormalBounds(), window.isMaximized()));
  };
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(saveNow, settleMs);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('maximize', saveNow);
  window.on('unmaximize', saveNow);
  window.on('close', saveNow);
}
