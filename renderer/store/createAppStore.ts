import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../electron/shared/createApi';
import type { AppState } from './AppState';
import { createContactsSlice } from './contactsSlice';
import { createHistorySlice } from './historySlice';
import { createNavigationSlice } from './navigationSlice';
import { createPlacesSlice } from './placesSlice';
import { createNegotiationsSlice } from './negotiationsSlice';
import { createSaveSlice } from './saveSlice';
import { createToastSlice } from './toastSlice';
import { createWorkspaceSlice } from './workspaceSlice';

export type AppStore = StoreApi<AppState>;

/**
 * A fresh store over one bridge: the app makes one, each test makes its own. Without `section` the
 * app opens on Home, then on the section remembered in settings.
 */
export function createAppStore(api: Api, options: { section?: string } = {}): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createNavigationSlice(options.section)(...a),
    ...createWorkspaceSlice(api)(...a),
    ...createSaveSlice(api)(...a),
    ...createHistorySlice(api)(...a),
    ...createToastSlice(...a),
    ...createContactsSlice(...a),
    ...createPlacesSlice(...a),
    ...createNegotiationsSlice(...a),
  }));
}
