import type { ContactSelection } from '../../../electron/shared/contracts/contactSelectionChannels';

/**
 * The contacts ticked in the list: picked one by one (ids, with the row a Shift-click ranges
 * from), or "all matching" the current search and tags minus the ones unticked since. All
 * matching never lists the ids, so it costs the same for ten contacts or a hundred thousand.
 */
export type ListSelection =
  | {
      mode: 'ids';
      ids: readonly string[];
      anchor: number | null;
      /**
       * The one contact a plain click opened: selected in the list, but not ticked for bulk actions,
       * so opening a contact does not bring up the selection toolbar and push the list down.
       */
      opened?: true;
    }
  | { mode: 'all'; exclude: readonly string[] };

export const noSelection: ListSelection = { mode: 'ids', ids: [], anchor: null };

export function isSelected(selection: ListSelection, id: string): boolean {
  return selection.mode === 'ids' ? selection.ids.includes(id) : !selection.exclude.includes(id);
}

/** How many contacts are ticked, given how many match the list's filter. */
export function selectedCount(selection: ListSelection, total: number): number {
  return selection.mode === 'ids' ? selection.ids.length : Math.max(0, total - selection.exclude.length);
}

/** Ticks or unticks one contact, keeping the rest of the selection. */
export function toggled(selection: ListSelection, id: string, index: number): ListSelection {
  if (selection.mode === 'all') {
    const exclude = selection.exclude.includes(id) ? selection.exclude.filter((other) => other !== id) : [...selection.exclude, id];
    return { mode: 'all', exclude };
  }
  const ids = selection.ids.includes(id) ? selection.ids.filter((other) => other !== id) : [...selection.ids, id];
  return { mode: 'ids', ids, anchor: index };
}

/** What core resolves: the ids, or the filter and the exclusions; null when nothing is ticked (a contact only opened is not). */
export function toContactSelection(selection: ListSelection, filter: { query: string; tags: readonly string[] }, total: number): ContactSelection | null {
  if (selectedCount(selection, total) === 0 || (selection.mode === 'ids' && selection.opened)) return null;
  if (selection.mode === 'ids') return { mode: 'ids', ids: [...selection.ids] };
  return { mode: 'query', query: filter.query, tags: [...filter.tags], exclude: [...selection.exclude] };
}
