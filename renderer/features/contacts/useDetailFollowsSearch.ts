import { useEffect } from 'react';
import { settle } from '../../api/api';
import { useAppStoreApi } from '../../store/useAppStore';

/** How long the search must rest before the open contact is checked against it (the list's own debounce is shorter). */
const SETTLE_MS = 250;

/**
 * When the search or the tags change so that the list no longer shows the open contact, the detail
 * pane lets go of it: a pane showing someone the list has just filtered out read as if they
 * matched. Only a change of search or tags asks; a contact opened or created under a search stays.
 */
export function useDetailFollowsSearch(query: string, tags: readonly string[]): void {
  const store = useAppStoreApi();
  const tagKey = tags.join('\u0000');
  useEffect(() => {
    const id = store.getState().selectedContactId;
    if (!id || (query.trim() === '' && tagKey === '')) return;
    let current = true;
    const timer = setTimeout(() => {
      const state = store.getState();
      void settle(state.api.contacts.shows({ id, query, tags: tagKey === '' ? [] : tagKey.split('\u0000') }), '').then((result) => {
        // A failed check changes nothing: the pane keeps what it shows.
        if (current && result.ok && !result.value && store.getState().selectedContactId === id) store.getState().selectContact(null);
      });
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [store, query, tagKey]);
}
