import type { StateCreator } from 'zustand';
import type { CommitAck, WorkspaceStatus } from '../../electron/shared/contract';
import type { Result } from '../../electron/shared/contract';
import type { Api } from '../../electron/shared/createApi';
import type { Settings } from '../../electron/shared/schemas/settings';
import { settle } from '../api/api';
import { toLocale } from '../i18n/catalogs';
import { createT, type T } from '../i18n/createT';
import type { AppState } from './AppState';

export interface WorkspaceSlice {
  /** The bridge, for components that read (lists, details); writes go through the save slice. */
  api: Api;
  status: WorkspaceStatus | null;
  settings: Settings | null;
  /** A sentence when the workspace could not be read at all; the shell shows it instead of sections. */
  loadError: string | null;
  recoveryDismissed: boolean;
  /**
   * The newest store version this window knows of, from store:changed events and write acks.
   * Lists and detail panes refetch when it moves.
   */
  dataVersion: number;
  /** `t` for the locale in settings; components read it through useT(). */
  t: T;
  load: () => Promise<void>;
  refreshStatus: () => Promise<void>;
  noteVersion: (version: number) => void;
  dismissRecovery: () => void;
  saveSetting: (patch: Partial<Settings>) => Promise<void>;
  openSample: () => Promise<Result<CommitAck>>;
  /** Removes what the sample added and the user has not made theirs; one undo step, told in a toast. */
  removeExampleData: () => Promise<Result<CommitAck>>;
  /** Subscribes to store:changed; returns the unsubscribe function. */
  connect: () => () => void;
  /** Acts on the store:changed events held back while this window's own writes ran. */
  releaseHeldChanges: () => void;
}

export const createWorkspaceSlice =
  (api: Api): StateCreator<AppState, [], [], WorkspaceSlice> =>
  (set, get) => {
    let settingsQueue: Promise<void> = Promise.resolve();
    /** The newest version announced while a write of ours ran (0: none held). */
    let held = 0;
    const changed = (version: number) => {
      get().noteVersion(version);
      void get().refreshStatus();
      void get().refreshHistory();
    };
    return {
      api,
      status: null,
      settings: null,
      loadError: null,
      recoveryDismissed: false,
      dataVersion: 0,
      t: createT('en'),

      async load() {
        const failed = get().t('error.requestFailed');
        const [status, settings] = await Promise.all([
          settle(api.workspace.status({}), failed),
          settle(api.settings.get({}), failed),
        ]);
        if (!status.ok) {
          set({ loadError: status.error.message });
          return;
        }
        set({ status: status.value, loadError: null, save: toSaveState(status.value.save) });
        get().noteVersion(status.value.version);
        if (settings.ok) {
          set({ settings: settings.value, t: createT(toLocale(settings.value.locale)) });
        }
        await get().refreshHistory();
      },

      async refreshStatus() {
        const status = await settle(api.workspace.status({}), get().t('error.requestFailed'));
        if (!status.ok) return;
        set({ status: status.value });
        get().noteVersion(status.value.version);
        // The backend knows about saves this window did not start (a retried flush, another window);
        // our own pending writes are tracked in the save slice and take precedence while they run.
        if (get().pendingWrites === 0 && status.value.save.status !== 'saving') set({ save: toSaveState(status.value.save) });
      },

      noteVersion(version) {
        if (version > get().dataVersion) set({ dataVersion: version });
      },

      dismissRecovery() {
        set({ recoveryDismissed: true });
      },

      async saveSetting(patch) {
        // One save at a time: two in flight (the section, then the language) could reach the
        // backend in either order, and each answer holds the whole settings as of its own save.
        const run = settingsQueue.then(async () => {
          const result = await settle(api.settings.set(patch), get().t('error.requestFailed'));
          if (result.ok) {
            // A toast already shown is a sentence in the old language: it goes with it.
            const switched = result.value.locale !== get().settings?.locale;
            set({ settings: result.value, t: createT(toLocale(result.value.locale)), ...(switched ? { toasts: [] } : {}) });
          } else get().showToast({ message: result.error.message, tone: 'error' });
        });
        settingsQueue = run.catch(() => undefined);
        await run;
      },

      async openSample() {
        const result = await get().write(() => api.workspace.openSample({}));
        if (result.ok) {
          get().showToast({ message: get().t('home.sampleOpened') });
          await get().refreshStatus();
        } else get().showToast({ message: result.error.message, tone: 'error' });
        return result;
      },

      async removeExampleData() {
        const result = await get().runCommands([{ type: 'sample.remove', at: new Date().toISOString() }]);
        if (result.ok) {
          get().showToast({ message: result.value.summaries[0] ?? '', undo: true });
          await get().refreshStatus();
        } else get().showToast({ message: result.error.message, tone: 'error' });
        return result;
      },

      connect() {
        return api.onStoreChanged((event) => {
          // Our own commit announces itself before it is durable: refetching then would only hold
          // the acknowledgement ("Saved") up behind renders and requests. The write's answer
          // brings the version; anything else announced meanwhile is acted on once it settles.
          if (get().pendingWrites > 0) {
            held = Math.max(held, event.version);
            return;
          }
          changed(event.version);
        });
      },

      releaseHeldChanges() {
        if (held === 0 || get().pendingWrites > 0) return;
        const version = held;
        held = 0;
        changed(version);
      },
    };
  };

function toSaveState(save: WorkspaceStatus['save']): AppState['save'] {
  return save.status === 'not-saved' ? { status: 'not-saved', message: save.message ?? '' } : { status: 'saved' };
}
