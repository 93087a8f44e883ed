import type { StateCreator } from 'zustand';
import type { HistoryStatus } from '../../electron/shared/contract';
import type { Api } from '../../electron/shared/createApi';
import { settle } from '../api/api';
import { labelText } from '../i18n/labelText';
import type { AppState } from './AppState';

export interface HistorySlice {
  history: HistoryStatus;
  refreshHistory: () => Promise<void>;
  /** Undo the last change everywhere in the app (buttons, toast, Ctrl/Cmd+Z); reports in a toast. */
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

export const createHistorySlice =
  (api: Api): StateCreator<AppState, [], [], HistorySlice> =>
  (set, get) => ({
    history: { undo: null, redo: null, depth: 0 },

    async refreshHistory() {
      const result = await settle(api.history.status({}), get().t('error.requestFailed'));
      if (result.ok) set({ history: result.value });
    },

    async undo() {
      // The summary is read before the call: afterwards it describes the step before.
      const { undo: before, undoLabel } = get().history;
      const t = get().t;
      const summary = before ? labelText(t, get().settings?.locale ?? 'en', undoLabel, before) : null;
      const result = await get().write(() => api.history.undo({}));
      if (result.ok) get().showToast({ message: summary ? t('undo.done', { summary }) : (result.value.summaries[0] ?? '') });
      else get().showToast({ message: result.error.message, tone: 'error' });
    },

    async redo() {
      const { redo: before, redoLabel } = get().history;
      const t = get().t;
      const summary = before ? labelText(t, get().settings?.locale ?? 'en', redoLabel, before) : null;
      const result = await get().write(() => api.history.redo({}));
      if (result.ok) get().showToast({ message: summary ? t('redo.done', { summary }) : (result.value.summaries[0] ?? '') });
      else get().showToast({ message: result.error.message, tone: 'error' });
    },
  });
