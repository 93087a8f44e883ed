import type { StateCreator } from 'zustand';
import type { ContactDetail } from '../../electron/shared/contract';
import type { ContactSelection } from '../../electron/shared/contracts/contactSelectionChannels';
import { noSelection, type ListSelection } from '../features/contacts/ListSelection';
import type { AppState } from './AppState';

/** The contact form is either creating, or editing a contact read at the moment Edit was pressed. */
export type ContactFormTarget = { mode: 'new' } | { mode: 'edit'; detail: ContactDetail };

export interface ContactsSlice {
  /** The search typed in the top bar (already debounced); the contacts list queries with it. */
  contactQuery: string;
  /** The tag filter: only contacts carrying every one of these tags are listed. */
  contactTags: string[];
  /**
   * Bumped when the filter is set from outside the search box (choosing a segment), so the box
   * shows the segment's search.
   */
  filterRevision: number;
  /** The contacts ticked for a bulk action; reset whenever the filter changes. */
  listSelection: ListSelection;
  /**
   * A bulk Export hand-off: set by the contacts list, shown and cleared by the export feature's
   * dialog, so neither feature imports the other.
   */
  exportRequest: { selection: ContactSelection } | null;
  /** Set when a .vcf was opened with the app (menu/OS): the import's file dialog opens on the contacts screen. */
  importRequested: boolean;
  selectedContactId: string | null;
  contactForm: ContactFormTarget | null;
  setContactQuery: (query: string) => void;
  setContactTags: (tags: string[]) => void;
  /** Sets search and tags together (a segment) and tells the search box. */
  applyContactFilter: (filter: { query: string; tags: string[] }) => void;
  setListSelection: (selection: ListSelection) => void;
  requestExport: (selection: ContactSelection) => void;
  closeExportRequest: () => void;
  requestImport: (requested: boolean) => void;
  selectContact: (id: string | null) => void;
  openContactForm: (target: ContactFormTarget) => void;
  closeContactForm: () => void;
}

export const createContactsSlice: StateCreator<AppState, [], [], ContactsSlice> = (set) => ({
  contactQuery: '',
  contactTags: [],
  filterRevision: 0,
  listSelection: noSelection,
  exportRequest: null,
  importRequested: false,
  selectedContactId: null,
  contactForm: null,
  setContactQuery(query) {
    set((s) => (s.contactQuery === query ? {} : { contactQuery: query, listSelection: noSelection }));
  },
  setContactTags(tags) {
    set({ contactTags: tags, listSelection: noSelection });
  },
  applyContactFilter({ query, tags }) {
    set((s) => ({ contactQuery: query, contactTags: tags, listSelection: noSelection, filterRevision: s.filterRevision + 1 }));
  },
  setListSelection(selection) {
    set({ listSelection: selection });
  },
  requestExport(selection) {
    set({ exportRequest: { selection } });
  },
  closeExportRequest() {
    set({ exportRequest: null });
  },
  requestImport(requested) {
    set({ importRequested: requested });
  },
  selectContact(id) {
    set({ selectedContactId: id });
  },
  openContactForm(target) {
    set({ contactForm: target });
  },
  closeContactForm() {
    set({ contactForm: null });
  },
});
