import type { CityOverviewRow, PartnershipExchange, PartnershipRow, PersonRef } from '../../shared/contracts/placeChannels';
import { addCalendarMonths, calendarDateInZone } from '../../shared/dates/instantInZone';
import { contactDisplayName } from '../../shared/names/contactDisplayName';
import { partnershipLabel } from '../../shared/names/partnershipLabel';
import type { Workspace } from '../../shared/schemas/workspace';
import { cityRef, personRefs } from './refs';

const collator = new Intl.Collator(['ru', 'en'], { sensitivity: 'base', numeric: true });

/** How long without an exchange makes a partnership "silent". */
export const SILENT_MONTHS = 12;

/**
 * The newest interaction of each partnership: one linked to it, or one with a contact linked to it
 * or coordinating it (a call with the Volgograd coordinator is an exchange of that partnership even
 * when nobody ticked the partnership). `day` is its date in the zone it happened in (a call at
 * 23:30 in Volgograd happened that day there, whatever the date in Moscow or UTC).
 */
export function newestExchangeByPartnership(ws: Readonly<Workspace>): Map<string, PartnershipExchange> {
  const byContact = new Map<string, Set<string>>();
  const link = (contactId: string, partnershipId: string) => {
    const set = byContact.get(contactId);
    if (set) set.add(partnershipId);
    else byContact.set(contactId, new Set([partnershipId]));
  };
  for (const contact of Object.values(ws.contacts)) if (!contact.deletedAt) for (const id of contact.partnershipIds) link(contact.id, id);
  for (const p of Object.values(ws.partnerships)) for (const id of [...p.usCoordinatorIds, ...p.ruCoordinatorIds]) link(id, p.id);
  const newest = new Map<string, PartnershipExchange>();
  for (const interaction of Object.values(ws.interactions)) {
    const ids = new Set(interaction.partnershipIds);
    for (const contactId of interaction.contactIds) for (const id of byContact.get(contactId) ?? []) ids.add(id);
    for (const id of ids) {
      const known = newest.get(id);
      if (!known || interaction.at > known.at)
        newest.set(id, { at: interaction.at, day: calendarDateInZone(interaction.at, interaction.zone), kind: interaction.kind, subject: interaction.subject, interactionId: interaction.id });
    }
  }
  return newest;
}

/**
 * Every partnership with its cities, coordinators and last exchange, sorted by name. "Today" is
 * the calendar date in the home zone; a partnership is silent when it is active or dormant (a
 * suspended or ended one is quiet on purpose) and its last exchange is 12 months old or unknown.
 */
export function partnershipRows(ws: Readonly<Workspace>, now: Date): PartnershipRow[] {
  const today = calendarDateInZone(now, ws.settings.homeZone);
  const cutoff = addCalendarMonths(today, -SILENT_MONTHS);
  const exchanges = newestExchangeByPartnership(ws);
  const linked = contactsByPartnership(ws);
  const rows = Object.values(ws.partnerships).map((partnership): PartnershipRow => {
    const exchange = exchanges.get(partnership.id) ?? null;
    const logged = exchange?.day ?? null;
    const stored = partnership.lastExchange;
    const lastExchange = stored && logged ? (stored > logged ? stored : logged) : (stored ?? logged);
    const watched = partnership.status === 'active' || partnership.status === 'dormant';
    return {
      partnership,
      label: partnershipLabel(ws.cities[partnership.usCityId], ws.cities[partnership.ruCityId]),
      usCity: cityRef(ws, partnership.usCityId),
      ruCity: cityRef(ws, partnership.ruCityId),
      usCoordinators: personRefs(ws, partnership.usCoordinatorIds),
      ruCoordinators: personRefs(ws, partnership.ruCoordinatorIds),
      lastExchange,
      lastInteraction: exchange,
      silent: watched && (lastExchange === null || lastExchange <= cutoff),
      contacts: (linked.get(partnership.id) ?? []).slice(0, LINKED_SHOWN),
      contactCount: linked.get(partnership.id)?.length ?? 0,
    };
  });
  return rows.sort((a, b) => collator.compare(a.label, b.label));
}

/** How many linked contacts a partnership's row carries; the page says how many more there are. */
export const LINKED_SHOWN = 50;

/** Contacts outside the Trash that name each partnership, sorted by name: one pass over every contact. */
function contactsByPartnership(ws: Readonly<Workspace>): Map<string, PersonRef[]> {
  const linked = new Map<string, PersonRef[]>();
  for (const contact of Object.values(ws.contacts)) {
    if (contact.deletedAt || contact.partnershipIds.length === 0) continue;
    const ref = { id: contact.id, name: contactDisplayName(contact) };
    for (const id of new Set(contact.partnershipIds)) {
      const list = linked.get(id);
      if (list) list.push(ref);
      else linked.set(id, [ref]);
    }
  }
  for (const list of linked.values()) list.sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  return linked;
}

/** Every city with how many partnerships and contacts use it, sorted by name. */
export function cityOverview(ws: Readonly<Workspace>): CityOverviewRow[] {
  const partnerships = new Map<string, number>();
  const contacts = new Map<string, number>();
  const bump = (map: Map<string, number>, id: string) => map.set(id, (map.get(id) ?? 0) + 1);
  for (const p of Object.values(ws.partnerships)) {
    bump(partnerships, p.usCityId);
    if (p.ruCityId !== p.usCityId) bump(partnerships, p.ruCityId);
  }
  for (const c of Object.values(ws.contacts)) if (!c.deletedAt) for (const id of new Set(c.cityIds)) bump(contacts, id);
  return Object.values(ws.cities)
    .map((city) => ({ city, partnerships: partnerships.get(city.id) ?? 0, contacts: contacts.get(city.id) ?? 0 }))
    .sort((a, b) => collator.compare(a.city.nameLatin, b.city.nameLatin));
}
