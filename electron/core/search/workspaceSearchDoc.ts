import type { Contact } from '../../shared/schemas/contact';
import type { Workspace } from '../../shared/schemas/workspace';
import type { SearchDoc } from './ContactSearchIndex';
import { contactSearchDoc } from './contactSearchDoc';

/** The names of every organisation and city by id, in both scripts: for indexing many contacts at once. */
export interface PlaceNames {
  organizations: Map<string, string[]>;
  cities: Map<string, string[]>;
}

/**
 * Looking a fresh id string up in a workspace table costs a search of V8's string table; a Map of
 * the few thousand organisations and cities costs a hash. Worth it from a few hundred contacts on.
 */
export function placeNamesOf(ws: Readonly<Workspace>): PlaceNames {
  return {
    organizations: new Map(Object.values(ws.organizations).map((org) => [org.id, [org.name, org.nameLatin]])),
    cities: new Map(Object.values(ws.cities).map((city) => [city.id, [city.nameLatin, city.nameCyrillic]])),
  };
}

/** The search document of a contact of `ws`, with its organisation and cities resolved to their names in both scripts. */
export function workspaceSearchDoc(ws: Readonly<Workspace>, contact: Contact, places?: PlaceNames): SearchDoc {
  let orgNames: string[] = [];
  if (contact.organizationId) {
    if (places) orgNames = places.organizations.get(contact.organizationId) ?? [];
    else {
      const org = ws.organizations[contact.organizationId];
      if (org) orgNames = [org.name, org.nameLatin];
    }
  }
  const cityNames: string[] = [];
  for (const cityId of contact.cityIds) {
    if (places) {
      const names = places.cities.get(cityId);
      if (names) cityNames.push(...names);
      continue;
    }
    const city = ws.cities[cityId];
    if (city) cityNames.push(city.nameLatin, city.nameCyrillic);
  }
  return contactSearchDoc(contact, orgNames, cityNames);
}
