import { createContext } from 'react';
import type { AppStore } from './createAppStore';

/** The store is passed down rather than imported, so each test mounts the app over a fresh one. */
export const AppStoreContext = createContext<AppStore | null>(null);
