import type { StateCreator } from 'zustand';
import type { AppState } from './AppState';

export interface Toast {
  /** Changes with every toast, so the same sentence twice is still announced and re-rendered. */
  id: number;
  message: string;
  /** Offers an Undo button: the last change can be taken back from the toast itself. */
  undo: boolean;
  tone: 'info' | 'error';
}

/** More than this many at once is a wall: the oldest leave first. */
const MAX_TOASTS = 3;

export interface ToastSlice {
  /** Oldest first; the view stacks them in one corner. */
  toasts: Toast[];
  showToast: (toast: Omit<Toast, 'id' | 'undo' | 'tone'> & Partial<Pick<Toast, 'undo' | 'tone'>>) => void;
  /** Takes one toast away, or all of them without an id. */
  dismissToast: (id?: number) => void;
  /** Takes Undo off every toast: another change has started, and Undo would take back that one. */
  dropToastUndo: () => void;
}

let lastId = 0;

export const createToastSlice: StateCreator<AppState, [], [], ToastSlice> = (set, get) => ({
  toasts: [],
  showToast(toast) {
    const next: Toast = { undo: false, tone: 'info', ...toast, id: ++lastId };
    // Only the newest toast may offer Undo: Undo always takes back the last change.
    const older = get().toasts.map((t) => (next.undo && t.undo ? { ...t, undo: false } : t));
    set({ toasts: [...older, next].slice(-MAX_TOASTS) });
  },
  dismissToast(id) {
    set({ toasts: id === undefined ? [] : get().toasts.filter((t) => t.id !== id) });
  },
  dropToastUndo() {
    if (get().toasts.some((t) => t.undo)) set({ toasts: get().toasts.map((t) => (t.undo ? { ...t, undo: false } : t)) });
  },
});
