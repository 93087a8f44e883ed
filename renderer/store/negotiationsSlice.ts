import type { StateCreator } from 'zustand';
import type { CandidacyStage } from '../../electron/shared/schemas/candidacy';
import type { AppState } from './AppState';

export type NegotiationView = 'board' | 'table' | 'compare' | 'history' | 'brief';

/** A stage move waiting for the user: a reason to leave the race, or a confirmation to select. */
export interface PendingMove {
  candidacyId: string;
  conferenceId: string;
  city: string;
  from: CandidacyStage;
  to: CandidacyStage;
}

/** After a selection: the "tell them" tasks just created, offered to be written at once. */
export interface TellThem {
  conferenceId: string;
  conference: string;
  host: string;
  tasks: { taskId: string; candidacyId: string; cityId: string; city: string; due: string }[];
}

export interface NegotiationsSlice {
  /** The conference the negotiation screens show; null until the list of conferences arrives. */
  negotiationConferenceId: string | null;
  negotiationView: NegotiationView;
  /** The candidacy whose details are open, or null for the chosen view. */
  openCandidacyId: string | null;
  pendingMove: PendingMove | null;
  tellThem: TellThem | null;
  setNegotiationConference: (id: string | null) => void;
  setNegotiationView: (view: NegotiationView) => void;
  openCandidacy: (id: string | null) => void;
  /** Opens the negotiations of one conference from elsewhere (its timeline), on the chosen view. */
  showNegotiations: (conferenceId: string) => void;
  /** Shows a candidacy from elsewhere (a next step on Home): its conference, its details. */
  showCandidacy: (conferenceId: string, candidacyId: string) => void;
  setPendingMove: (move: PendingMove | null) => void;
  setTellThem: (tellThem: TellThem | null) => void;
}

export const createNegotiationsSlice: StateCreator<AppState, [], [], NegotiationsSlice> = (set, get) => ({
  negotiationConferenceId: null,
  negotiationView: 'board',
  openCandidacyId: null,
  pendingMove: null,
  tellThem: null,
  setNegotiationConference(id) {
    if (get().negotiationConferenceId !== id) set({ negotiationConferenceId: id, openCandidacyId: null });
  },
  setNegotiationView(view) {
    set({ negotiationView: view, openCandidacyId: null });
  },
  openCandidacy(id) {
    set({ openCandidacyId: id });
  },
  showNegotiations(conferenceId) {
    get().setNegotiationConference(conferenceId);
    get().navigate('negotiations');
  },
  showCandidacy(conferenceId, candidacyId) {
    set({ negotiationConferenceId: conferenceId, openCandidacyId: candidacyId });
    get().navigate('negotiations');
  },
  setPendingMove(move) {
    set({ pendingMove: move });
  },
  setTellThem(tellThem) {
    set({ tellThem });
  },
});
