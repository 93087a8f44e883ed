import type { ComponentType } from 'react';
import type { MessageKey } from '../../electron/shared/i18n/en';
import { ContactsScreen } from '../features/contacts/ContactsScreen';
import { HomeScreen } from '../features/home/HomeScreen';
import { ContactsIcon } from './icons/ContactsIcon';
import { HomeIcon } from './icons/HomeIcon';

/** One entry of the sidebar: the store routes by `id`, the nav shows `titleKey`. */
export interface Section {
  id: string;
  titleKey: MessageKey;
  icon?: ComponentType;
  component: ComponentType;
}

/** The registry: a feature adds its screen by appending one entry here, in sidebar order. */
export const sections: readonly Section[] = [
  { id: 'home', titleKey: 'nav.home', icon: HomeIcon, component: HomeScreen },
  { id: 'contacts', titleKey: 'nav.contacts', icon: ContactsIcon, component: ContactsScreen },
];

export function findSection(id: string): Section | undefined {
  return sections.find((section) => section.id === id);
}
