import type { StateCreator } from 'zustand';
import type { AppState } from './AppState';

export interface NavigationSlice {
  /** Id of the section shown, from the registry in app/sections.ts. */
  section: string;
  /**
   * Whether the section was chosen in this session (by the user, or by whoever created the store),
   * so the remembered `lastSection` must not replace it when settings arrive.
   */
  sectionChosen: boolean;
  navigate: (section: string) => void;
  /** A conference another screen asked Timelines to show, on its Recruitment view (a contact's participation). */
  conferenceFocus: { conferenceId: string; view: 'recruitment' } | null;
  showRecruitment: (conferenceId: string) => void;
}

export const createNavigationSlice =
  (initialSection: string | undefined): StateCreator<AppState, [], [], NavigationSlice> =>
  (set, get) => ({
    section: initialSection ?? 'home',
    sectionChosen: initialSection !== undefined,
    conferenceFocus: null,
    navigate(section) {
      if (get().section === section) return;
      set({ section, sectionChosen: true });
      // Remembered as a setting (not an undoable command) so the app reopens where the user was.
      void get().saveSetting({ lastSection: section });
    },
    showRecruitment(conferenceId) {
      set({ conferenceFocus: { conferenceId, view: 'recruitment' } });
      get().navigate('timelines');
    },
  });
