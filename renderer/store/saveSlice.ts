import type { StateCreator } from 'zustand';
import type { CommandInput } from '../../electron/shared/commands/commandSchemas';
import type { CommitAck, Result } from '../../electron/shared/contract';
import type { Api } from '../../electron/shared/createApi';
import { settle } from '../api/api';
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
      if (get().toast?.undo) get().dismissToast();
      set((s) => ({ pendingWrites: s.pendingWrites + 1 }));
      const result = await settle(run(), get().t('error.requestFailed'));
      set((s) => ({ pendingWrites: s.pendingWrites - 1 }));
      if (result.ok) {
        set({ save: { status: 'saved' } });
        get().noteVersion(result.value.version);
        void get().refreshHistory();
      } else if (result.error.code === 'not-saved') {
        set({ save: { status: 'not-saved', message: result.error.message } });
      }
      // Any other failure (invalid input, a rule, a conflict) changed nothing on disk, so the
      // previous save state still holds; the caller shows the sentence where it belongs.
      return result;
    },

    runCommands(commands) {
      return get().write(() => api.commands.run({ commands }));
    },
  });
