import type { MessageKey } from './i18n/en';

/**
 * The sections Ctrl/Cmd+1…7 open, in this order: the native menu (main) and the keyboard
 * handler (renderer) both read this list, so a shortcut shown in the menu is the one that works.
 */
export const goToSections = [
  { id: 'home', titleKey: 'nav.home' },
  { id: 'contacts', titleKey: 'nav.contacts' },
  { id: 'partnerships', titleKey: 'nav.partnerships' },
  { id: 'cities', titleKey: 'nav.cities' },
  { id: 'negotiations', titleKey: 'nav.negotiations' },
  { id: 'timelines', titleKey: 'nav.timelines' },
  { id: 'settings', titleKey: 'nav.settings' },
] as const satisfies readonly { id: string; titleKey: MessageKey }[];
