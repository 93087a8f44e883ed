import type { StateCreator } from 'zustand';
import type { AppState } from './AppState';

export interface PlacesSlice {
  /** The Partnerships screen shows only the silent ones: set by its filter and by the home card. */
  silentOnly: boolean;
  selectedCityId: string | null;
  selectedPartnershipId: string | null;
  setSilentOnly: (silentOnly: boolean) => void;
  selectCity: (id: string | null) => void;
  selectPartnership: (id: string | null) => void;
}

export const createPlacesSlice: StateCreator<AppState, [], [], PlacesSlice> = (set) => ({
  silentOnly: false,
  selectedCityId: null,
  selectedPartnershipId: null,
  setSilentOnly(silentOnly) {
    set({ silentOnly });
  },
  selectCity(id) {
    set({ selectedCityId: id });
  },
  selectPartnership(id) {
    set({ selectedPartnershipId: id });
  },
});
