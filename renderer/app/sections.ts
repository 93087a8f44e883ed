import type { ComponentType } from 'react';
import type { MessageKey } from '../../electron/shared/i18n/en';
import { ContactsScreen } from '../features/contacts/ContactsScreen';
import { DuplicatesIcon } from '../features/duplicates/DuplicatesIcon';
import { CityIcon } from '../features/places/CityIcon';
import { PartnershipIcon } from '../features/places/PartnershipIcon';
import { TrashIcon } from '../features/trash/TrashIcon';
import { HomeScreen } from '../features/home/HomeScreen';
import { NegotiationsIcon } from '../features/negotiations/NegotiationsIcon';
import { ContactsIcon } from './icons/ContactsIcon';
import { HomeIcon } from './icons/HomeIcon';
import { CalendarIcon } from './icons/CalendarIcon';
import { SettingsIcon } from './icons/SettingsIcon';
import { lazySection } from './lazySection';

/** One entry of the sidebar: the store routes by `id`, the nav shows `titleKey`. */
export interface Section {
  id: string;
  titleKey: MessageKey;
  icon?: ComponentType;
  component: ComponentType;
}

/**
 * The registry: a feature adds its screen by appending one entry here, in sidebar order. Home and
 * Contacts, the screens a start-up shows, are in the first chunk; the others load on first visit
 * (and in idle time after start-up, see preloadSections): B10 measured the renderer's one 963 KB
 * chunk at 300-500 ms of parse and evaluation before the first paint.
 */
export const sections: readonly Section[] = [
  { id: 'home', titleKey: 'nav.home', icon: HomeIcon, component: HomeScreen },
  { id: 'contacts', titleKey: 'nav.contacts', icon: ContactsIcon, component: ContactsScreen },
  { id: 'partnerships', titleKey: 'nav.partnerships', icon: PartnershipIcon, component: lazySection(() => import('../features/places/PartnershipsScreen'), 'PartnershipsScreen') },
  { id: 'cities', titleKey: 'nav.cities', icon: CityIcon, component: lazySection(() => import('../features/places/CitiesScreen'), 'CitiesScreen') },
  { id: 'duplicates', titleKey: 'nav.duplicates', icon: DuplicatesIcon, component: lazySection(() => import('../features/duplicates/DuplicatesScreen'), 'DuplicatesScreen') },
  { id: 'trash', titleKey: 'nav.trash', icon: TrashIcon, component: lazySection(() => import('../features/trash/TrashScreen'), 'TrashScreen') },
  { id: 'negotiations', titleKey: 'nav.negotiations', icon: NegotiationsIcon, component: lazySection(() => import('../features/negotiations/NegotiationsScreen'), 'NegotiationsScreen') },
  { id: 'timelines', titleKey: 'nav.timelines', icon: CalendarIcon, component: lazySection(() => import('../features/timelines/TimelinesScreen'), 'TimelinesScreen') },
  { id: 'settings', titleKey: 'nav.settings', icon: SettingsIcon, component: lazySection(() => import('../features/settings/SettingsScreen'), 'SettingsScreen') },
];

export function findSection(id: string): Section | undefined {
  return sections.find((section) => section.id === id);
}
