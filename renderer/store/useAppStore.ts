import { useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState } from './AppState';
import { AppStoreContext } from './AppStoreContext';
import type { AppStore } from './createAppStore';

/** Reads the store through a selector, so a component re-renders only when its slice changes. */
export function useAppStore<U>(selector: (state: AppState) => U): U {
  return useStore(useAppStoreApi(), selector);
}

/** The store itself, for actions called from event handlers (`getState()` avoids stale closures). */
export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStore needs an AppStoreContext provider.');
  return store;
}
