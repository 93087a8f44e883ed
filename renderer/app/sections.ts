import type { ComponentType } from 'react';
import type { MessageKey } from '../../electron/shared/i18n/en';
import { ContactsScreen } from '../features/contacts/ContactsScreen';
import { DuplicatesIcon } from '../features/duplicates/DuplicatesIcon';
import { DuplicatesScreen } from '../features/duplicates/DuplicatesScreen';
import { CitiesScreen } from '../features/places/CitiesScreen';
import { CityIcon } from '../features/places/CityIcon';
import { PartnershipIcon } from '../features/places/PartnershipIcon';
import { PartnershipsScreen } from '../features/places/PartnershipsScreen';
import { TrashIcon } from '../features/trash/TrashIcon';
import { TrashScreen } from '../features/trash/TrashScreen';
import { HomeScreen } from '../features/home/HomeScreen';
import { NegotiationsIcon } from '../features/negotiations/NegotiationsIcon';
import { NegotiationsScreen } from '../features/negotiations/NegotiationsScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { TimelinesScreen } from '../features/timelines/TimelinesScreen';
import { ContactsIcon } from './icons/ContactsIcon';
import { HomeIcon } from './icons/HomeIcon';
import { CalendarIcon } from './icons/CalendarIcon';
import { SettingsIcon } from './icons/SettingsIcon';

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
  { id: 'partnerships', titleKey: 'nav.partnerships', icon: PartnershipIcon, component: PartnershipsScreen },
  { id: 'cities', titleKey: 'nav.cities', icon: CityIcon, component: CitiesScreen },
  { id: 'duplicates', titleKey: 'nav.duplicates', icon: DuplicatesIcon, component: DuplicatesScreen },
  { id: 'trash', titleKey: 'nav.trash', icon: TrashIcon, component: TrashScreen },
  { id: 'negotiations', titleKey: 'nav.negotiations', icon: NegotiationsIcon, component: NegotiationsScreen },
  { id: 'timelines', titleKey: 'nav.timelines', icon: CalendarIcon, component: TimelinesScreen },
  { id: 'settings', titleKey: 'nav.settings', icon: SettingsIcon, component: SettingsScreen },
];

export function findSection(id: string): Section | undefined {
  return sections.find((section) => section.id === id);
}
