import { useState } from 'react';
import { getApi } from '../api/api';
import { AppStoreContext } from '../store/AppStoreContext';
import { createAppStore, type AppStore } from '../store/createAppStore';
import { AppShell } from './AppShell';
import { NoBridge } from './NoBridge';

/** The root: one store over the bridge, or the no-bridge message when there is none. */
export function App({ store }: { store?: AppStore }) {
  const [appStore] = useState<AppStore | null>(() => {
    if (store) return store;
    const api = getApi();
    return api ? createAppStore(api) : null;
  });
  if (!appStore) return <NoBridge />;
  return (
    <AppStoreContext.Provider value={appStore}>
      <AppShell />
    </AppStoreContext.Provider>
  );
}
