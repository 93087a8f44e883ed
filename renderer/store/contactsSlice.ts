import type { StateCreator } from 'zustand';
import type { ContactDetail } from '../../electron/shared/contract';
import type { AppState } from './AppState';

/** The contact form is either creating, or editing a contact read at the moment Edit was pressed. */
export type ContactFormTarget = { mode: 'new' } | { mode: 'edit'; detail: ContactDetail };

export interface ContactsSlice {
  /** The search typed in the top bar (already debounced); the contacts list queries with it. */
  contactQuery: string;
  selectedContactId: string | null;
  contactForm: ContactFormTarget | null;
  setContactQuery: (query: string) => void;
  selectContact: (id: string | null) => void;
  openContactForm: (target: ContactFormTarget) => void;
  closeContactForm: () => void;
}

export const createContactsSlice: StateCreator<AppState, [], [], ContactsSlice> = (set) => ({
  contactQuery: '',
  selectedContactId: null,
  contactForm: null,
  setContactQuery(query) {
    set({ contactQuery: query });
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
