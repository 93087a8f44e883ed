import type { InteractionLinkOptions, InteractionRow, LinkRef } from '../../shared/contracts/interactionChannels';
import { cityLabel } from '../../shared/names/cityLabel';
import type { Interaction } from '../../shared/schemas/interaction';
import type { Workspace } from '../../shared/schemas/workspace';
import { cityRefs, partnershipName, personRefs } from './refs';

const collator = new Intl.Collator(['ru', 'en'], { sensitivity: 'base', numeric: true });

export type InteractionsFor = { contactId: string } | { partnershipId: string } | { cityId: string };

function candidacyName(ws: Readonly<Workspace>, id: string): string | null {
  const candidacy = Object.hasOwn(ws.candidacies, id) ? ws.candidacies[id] : undefined;
  if (!candidacy) return null;
  const conference = ws.conferences[candidacy.conferenceId];
  const city = ws.cities[candidacy.cityId];
  return `${conference?.name ?? '?'}: ${city ? cityLabel(city) : '?'}`;
}

function refs(ids: readonly string[], name: (id: string) => string | null | undefined): LinkRef[] {
  return ids.flatMap((id) => {
    const label = name(id);
    return label ? [{ id, label }] : [];
  });
}

export function interactionRow(ws: Readonly<Workspace>, interaction: Interaction): InteractionRow {
  return {
    interaction,
    participants: personRefs(ws, interaction.contactIds),
    cities: cityRefs(ws, interaction.cityIds),
    partnerships: refs(interaction.partnershipIds, (id) => partnershipName(ws, id)),
    conferences: refs(interaction.conferenceIds, (id) => (Object.hasOwn(ws.conferences, id) ? ws.conferences[id]?.name : null)),
    candidacies: refs(interaction.candidacyIds, (id) => candidacyName(ws, id)),
  };
}

/** The log of one contact, partnership or city, newest first. */
export function interactionsFor(ws: Readonly<Workspace>, target: InteractionsFor): InteractionRow[] {
  const matches: (i: Interaction) => boolean =
    'contactId' in target
      ? (i) => i.contactIds.includes(target.contactId)
      : 'partnershipId' in target
        ? (i) => i.partnershipIds.includes(target.partnershipId)
        : (i) => i.cityIds.includes(target.cityId);
  return Object.values(ws.interactions)
    .filter(matches)
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? -1 : 1))
    .map((interaction) => interactionRow(ws, interaction));
}

/** Everything an interaction can be linked to, each list sorted by name. */
export function interactionLinkOptions(ws: Readonly<Workspace>): InteractionLinkOptions {
  const byLabel = <T extends { label: string }>(items: T[]) => items.sort((a, b) => collator.compare(a.label, b.label));
  return {
    cities: byLabel(cityRefs(ws, Object.keys(ws.cities))),
    partnerships: byLabel(refs(Object.keys(ws.partnerships), (id) => partnershipName(ws, id))),
    conferences: byLabel(refs(Object.keys(ws.conferences), (id) => ws.conferences[id]?.name)),
    candidacies: byLabel(refs(Object.keys(ws.candidacies), (id) => candidacyName(ws, id))),
  };
}
