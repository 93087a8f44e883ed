import type { AppCommand } from '../../electron/shared/appCommand';
import type { AppStore } from '../store/createAppStore';
import { findSection } from './sections';

/**
 * Runs a menu, keyboard or palette command. "New record" and "Find" act on the screen shown: its
 * own New button (marked `data-command="new-record"`), and the top bar's search; a screen without
 * one opens a new contact, the record the representative adds most.
 */
export function runAppCommand(store: AppStore, command: AppCommand, openPalette: () => void): void {
  const state = store.getState();
  switch (command.type) {
    case 'palette':
      openPalette();
      return;
    case 'go':
      if (findSection(command.section)) state.navigate(command.section);
      return;
    case 'undo':
    case 'redo':
      // In a text field the keys (and so the menu items) undo typing, as everywhere else.
      if (isTextEntry(document.activeElement)) document.execCommand(command.type);
      else void (command.type === 'undo' ? state.undo() : state.redo());
      return;
    case 'find': {
      const search = document.querySelector<HTMLInputElement>('[role="search"] input');
      search?.focus();
      search?.select();
      return;
    }
    case 'new-record': {
      const button = document.querySelector<HTMLButtonElement>('main [data-command="new-record"]:not([disabled])');
      if (button) button.click();
      else {
        state.navigate('contacts');
        state.openContactForm({ mode: 'new' });
      }
      return;
    }
    case 'import':
      state.navigate('contacts');
      state.requestImport(true);
      return;
    case 'export':
      state.navigate('contacts');
      state.requestExport({ mode: 'query', query: state.contactQuery, tags: state.contactTags });
      return;
  }
}

export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(target.type);
}
