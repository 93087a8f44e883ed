import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../electron/shared/createApi';
import { localizeApi } from '../api/localizeApi';
import type { AppState } from './AppState';
import { createContactsSlice } from './contactsSlice';
import { createHistorySlice } from './historySlice';
import { createNavigationSlice } from './navigationSlice';
import { createPlacesSlice } from './placesSlice';
import { createNegotiationsSlice } from './negotiationsSlice';
import { createSaveSlice } from './saveSlice';
import { createToastSlice } from './toastSlice';
import { createTasksSlice } from './tasksSlice';
import { createWorkspaceSlice } from './workspaceSlice';

export type AppStore = StoreApi<AppState>;

/**
 * A fresh store over one bridge: the app makes one, each test makes its own. Without `section` the
 * app opens on Home, then on the section remembered in settings.
 */
export function createAppStore(bridge: Api, options: { section?: string } = {}): AppStore {
  return createStore<AppState>()((...a) => {
    // Core's sentences reach every screen already in the locale of the moment.
    const api = localizeApi(bridge, () => ({ t: a[1]().t, locale: a[1]().settings?.locale ?? 'en' }));
    return {
      ...createNavigationSlice(options.section)(...a),
      ...createWorkspaceSlice(api)(...a),
      ...createSaveSlice(api)(...a),
      ...createHistorySlice(api)(...a),
      ...createToastSlice(...a),
      ...createContactsSlice(...a),
      ...createPlacesSlice(...a),
      ...createNegotiationsSlice(...a),
      ...createTasksSlice(api)(...a),
    };
  });
}
