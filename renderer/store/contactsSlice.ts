import type { StateCreator } from 'zustand';
import type { ContactDetail } from '../../electron/shared/contract';
import type { AppState } from './AppState';

/** The contact form is either creating, or editing a contact read at the moment Edit was pressed. */
export type ContactFormTarget = { mode: 'new' } | { mode: 'edit'; detail: ContactDetail };

export interface ContactsSlice {
  selectedContactId: string | null;
  contactForm: ContactFormTarget | null;
  selectContact(id: string | null): void;
  openContactForm(target: ContactFormTarget): void;
  closeContactForm(): void;
}

export const createContactsSlice: StateCreator<AppState, [], [], ContactsSlice> = (set) => ({
  selectedContactId: null,
  contactForm: null,
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
