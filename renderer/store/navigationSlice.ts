import type { StateCreator } from 'zustand';
import type { AppState } from './AppState';

export interface NavigationSlice {
  /** Id of the section shown, from the registry in app/sections.ts. */
  section: string;
  navigate: (section: string) => void;
}

export const createNavigationSlice =
  (initialSection: string): StateCreator<AppState, [], [], NavigationSlice> =>
  (set, get) => ({
    section: initialSection,
    navigate(section) {
      if (get().section === section) return;
      set({ section });
      // Remembered as a setting (not an undoable command) so the app reopens where the user was.
      void get().saveSetting({ lastSection: section });
    },
  });
