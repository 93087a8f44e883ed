import type { ContactSelectionSchema } from '../../shared/contracts/contactSelectionChannels';
import type { Workspace } from '../../shared/schemas/workspace';
import type { z } from 'zod';
import type { ContactListQuery } from './ContactListQuery';

/**
 * The ids a selection stands for, in list order: picked ids that still exist outside the Trash, or
 * every contact matching the filter minus the exclusions. Resolved here, at the moment the action
 * runs, so "all matching" means what matches now.
 */
export function resolveSelection(ws: Readonly<Workspace>, list: ContactListQuery, selection: z.infer<typeof ContactSelectionSchema>): string[] {
  if (selection.mode === 'ids') {
    const seen = new Set<string>();
    return selection.ids.filter((id) => {
      const contact = Object.hasOwn(ws.contacts, id) ? ws.contacts[id] : undefined;
      if (!contact || contact.deletedAt || seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  }
  const excluded = new Set(selection.exclude);
  return list.matchingIds({ query: selection.query, tags: selection.tags, sort: 'name' }).filter((id) => !excluded.has(id));
}
