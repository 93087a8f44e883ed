import type { CityRef, PersonRef } from '../../shared/contracts/placeChannels';
import { cityLabel } from '../../shared/names/cityLabel';
import { contactDisplayName } from '../../shared/names/contactDisplayName';
import { partnershipLabel } from '../../shared/names/partnershipLabel';
import type { Workspace } from '../../shared/schemas/workspace';

/** Links resolved to what a screen shows; an id whose record is gone is left out, never shown blank. */

export function personRefs(ws: Readonly<Workspace>, ids: readonly string[]): PersonRef[] {
  return ids.flatMap((id) => {
    const contact = Object.hasOwn(ws.contacts, id) ? ws.contacts[id] : undefined;
    return contact ? [{ id, name: contactDisplayName(contact) }] : [];
  });
}

export function cityRef(ws: Readonly<Workspace>, id: string | null | undefined): CityRef | null {
  const city = id && Object.hasOwn(ws.cities, id) ? ws.cities[id] : undefined;
  return city ? { id: city.id, label: cityLabel(city), zone: city.zone } : null;
}

export function cityRefs(ws: Readonly<Workspace>, ids: readonly string[]): CityRef[] {
  return ids.flatMap((id) => cityRef(ws, id) ?? []);
}

export function partnershipName(ws: Readonly<Workspace>, id: string): string | null {
  const partnership = Object.hasOwn(ws.partnerships, id) ? ws.partnerships[id] : undefined;
  return partnership ? partnershipLabel(ws.cities[partnership.usCityId], ws.cities[partnership.ruCityId]) : null;
}
