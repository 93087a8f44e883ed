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

export interface ToastSlice {
  toast: Toast | null;
  showToast: (toast: Omit<Toast, 'id' | 'undo' | 'tone'> & Partial<Pick<Toast, 'undo' | 'tone'>>) => void;
  dismissToast: () => void;
}

export const createToastSlice: StateCreator<AppState, [], [], ToastSlice> = (set, get) => ({
  toast: null,
  showToast(toast) {
    const id = (get().toast?.id ?? 0) + 1;
    set({ toast: { undo: false, tone: 'info', ...toast, id } });
  },
  dismissToast() {
    set({ toast: null });
  },
});
