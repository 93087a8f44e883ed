import type { StateCreator } from 'zustand';
import type { TaskProgress } from '../../electron/shared/contracts/taskChannels';
import type { Api } from '../../electron/shared/createApi';
import { settle } from '../api/api';
import type { AppState } from './AppState';

export interface TasksSlice {
  /** The long jobs running now, by id, as main last reported them. */
  tasks: Record<string, TaskProgress>;
  /** Ids the user asked to cancel, waiting for main's answer. */
  cancelling: Record<string, true>;
  /** The last job the user cancelled, for its sentence ("Export cancelled; nothing was written."). */
  lastCancelled: TaskProgress | null;
  /** How many open dialogs show the progress themselves; the app-wide tray stays out of their way. */
  taskClaims: number;
  /** Subscribes to task:progress and asks which jobs already run; returns the unsubscribe function. */
  connectTasks: () => () => void;
  cancelTask: (id: string) => Promise<void>;
  dismissCancelled: () => void;
  /** A dialog showing progress itself claims it while open; returns the release function. */
  claimTasks: () => () => void;
}

export const createTasksSlice =
  (api: Api): StateCreator<AppState, [], [], TasksSlice> =>
  (set, get) => {
    const note = (progress: TaskProgress) => {
      set((s) => {
        const tasks = { ...s.tasks };
        const cancelling = { ...s.cancelling };
        if (progress.state === 'running') tasks[progress.id] = progress;
        else {
          delete tasks[progress.id];
          delete cancelling[progress.id];
        }
        // A dialog that claimed the job says the sentence itself; the tray says it otherwise.
        const lastCancelled =
          progress.state === 'cancelled' && s.taskClaims === 0 ? progress : progress.state === 'running' && s.lastCancelled?.kind === progress.kind ? null : s.lastCancelled;
        return { tasks, cancelling, lastCancelled };
      });
    };
    return {
      tasks: {},
      cancelling: {},
      lastCancelled: null,
      taskClaims: 0,

      connectTasks() {
        const unsubscribe = api.onTaskProgress(note);
        void settle(api.tasks.list({}), '').then((result) => {
          if (!result.ok) return;
          // Events that came while the list was on its way are newer: keep them.
          for (const progress of result.value) if (!get().tasks[progress.id]) note(progress);
        });
        return unsubscribe;
      },

      async cancelTask(id) {
        set((s) => ({ cancelling: { ...s.cancelling, [id]: true } }));
        const result = await settle(api.tasks.cancel({ id }), '');
        if (!result.ok || !result.value.cancelled) {
          // Past its point of no return (or already over): it finishes, and says so.
          set((s) => {
            const cancelling = { ...s.cancelling };
            delete cancelling[id];
            return { cancelling };
          });
        }
      },

      dismissCancelled() {
        set({ lastCancelled: null });
      },

      claimTasks() {
        set((s) => ({ taskClaims: s.taskClaims + 1 }));
        let released = false;
        return () => {
          if (released) return;
          released = true;
          set((s) => ({ taskClaims: s.taskClaims - 1 }));
        };
      },
    };
  };
