import type { StateCreator } from 'zustand';
import type { CommandInput } from '../../electron/shared/commands/commandSchemas';
import type { CommitAck, Result } from '../../electron/shared/contract';
import type { Api } from '../../electron/shared/createApi';
import { settle } from '../api/api';
import { afterPaint } from './afterPaint';
import type { AppState } from './AppState';

export type SaveState = { status: 'saved' } | { status: 'not-saved'; message: string };

export interface SaveSlice {
  /** The outcome of the last settled write; while `pendingWrites > 0` the UI says "Saving…". */
  save: SaveState;
  pendingWrites: number;
  /**
   * Runs one write and tracks it for the save status. Resolves (never rejects) with the Result,
   * so each caller decides where to show a failure: beside a field, in a toast.
   */
  write: (run: () => Promise<Result<CommitAck>>) => Promise<Result<CommitAck>>;
  /** One commands:run call: one transaction, one undo step. */
  runCommands: (commands: CommandInput[]) => Promise<Result<CommitAck>>;
}

export const createSaveSlice =
  (api: Api): StateCreator<AppState, [], [], SaveSlice> =>
  (set, get) => ({
    save: { status: 'saved' },
    pendingWrites: 0,

    async write(run) {
      // A toast's Undo takes back the last change; once another change starts it would undo that one.
      get().dropToastUndo();
      set((s) => ({ pendingWrites: s.pendingWrites + 1 }));
      const result = await settle(run(), get().t('error.requestFailed'));
      // Any failure but not-saved (invalid input, a rule, a conflict) changed nothing on disk, so
      // the previous save state still holds; the caller shows the sentence where it belongs.
      const save: SaveState | null = result.ok ? { status: 'saved' } : result.error.code === 'not-saved' ? { status: 'not-saved', message: result.error.message } : null;
      set((s) => ({ pendingWrites: s.pendingWrites - 1, ...(save ? { save } : {}) }));
      // "Saved" is painted first; the lists and panes refetch for the new version right after.
      afterPaint(() => {
        if (result.ok) {
          get().noteVersion(result.value.version);
          void get().refreshHistory();
        }
        get().releaseHeldChanges();
      });
      return result;
    },

    runCommands(commands) {
      return get().write(() => api.commands.run({ commands }));
    },
  });
