import { CommandError } from '../core/commands/CommandError';
import { cityDisplayName } from '../shared/negotiations/cityDisplayName';
import type { Workspace } from '../shared/schemas/workspace';
import { findByName } from './findByName';

/** A city by id, whole name or unique name prefix, in either script ("Volg", "Волг"). */
export function findCity(ws: Readonly<Workspace>, ref: string) {
  return findByName(
    Object.values(ws.cities),
    ref,
    // The display name first: it is what an ambiguity lists ("Portland, ME" and "Portland, OR").
    (city) => [`${cityDisplayName(city)}${city.region ? `, ${city.region}` : ''}`, city.nameLatin, city.nameCyrillic].filter(Boolean),
    ['city', 'cities'],
  );
}

/** A candidacy by its id or a unique start of it (at least 4 characters), as `candidacies list` prints. */
export function findCandidacy(ws: Readonly<Workspace>, ref: string) {
  const id = ref.trim().toLowerCase();
  const exact = ws.candidacies[id];
  if (exact) return exact;
  const matches = id.length >= 4 ? Object.values(ws.candidacies).filter((c) => c.id.startsWith(id)) : [];
  const [only] = matches;
  if (only && matches.length === 1) return only;
  if (matches.length > 1) throw new CommandError('conflict', `“${ref}” starts ${matches.length} candidacy ids; give more of the id.`);
  throw new CommandError('not-found', `No candidacy has the id “${ref}”; \`liaison candidacies list --conference C\` shows the ids.`);
}
