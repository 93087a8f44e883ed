import { useEffect, useState, useSyncExternalStore } from 'react';
import { settle } from '../../api/api';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { ContactListSource } from './ContactListSource';
import type { ContactSort } from './ContactSort';

/**
 * One ContactListSource for the life of the contacts screen, pointed at the current query and
 * sort, and told about every new store version (store:changed and our own acks) so the visible
 * pages are refetched. The screen re-renders only when the count or the failure changes; the rows
 * are the list's to follow (ContactList subscribes itself), so an edited row repaints without
 * re-rendering the screen, its detail pane and an open dialog.
 */
export function useContactListSource(query: string, sort: ContactSort, tags: readonly string[] = []): ContactListSource {
  const t = useT();
  const api = useAppStore((s) => s.api);
  const dataVersion = useAppStore((s) => s.dataVersion);
  const failed = t('contacts.loadFailed');
  const [source] = useState(() => new ContactListSource((request) => settle(api.contacts.list(request), failed)));
  useEffect(() => source.setView(query, sort, tags), [source, query, sort, tags]);
  useEffect(() => source.invalidate(dataVersion), [source, dataVersion]);
  useSyncExternalStore(source.subscribe, () => source.total);
  useSyncExternalStore(source.subscribe, () => source.error);
  return source;
}
