import { useEffect, useState } from 'react';
import type { SyncAttention } from '../../../electron/shared/contracts/syncChannels';
import { settle } from '../../api/api';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { useSyncStatus } from './useSyncStatus';

/** Every mounted reader: a resolution made in one place (the comparison) refreshes Home and the banners at once. */
const readers = new Set<() => void>();
export function refreshSyncAttention(): void {
  for (const reader of readers) reader();
}

/**
 * The records in conflict and the rules a sync broke, asked of main on mount, whenever the store
 * changes (a pull arrives as a change) and whenever the sync's conflict count moves (a conflict
 * this machine's edit won changes no record here). A string: the sentence of a failed read.
 */
export function useSyncAttention(): SyncAttention | string | null {
  const t = useT();
  const api = useAppStore((s) => s.api);
  const version = useAppStore((s) => s.dataVersion);
  const [status] = useSyncStatus();
  const [asked, setAsked] = useState(0);
  const [attention, setAttention] = useState<SyncAttention | string | null>(null);
  const failed = t('sync.conflicts.loadFailed');
  useEffect(() => {
    const again = () => setAsked((n) => n + 1);
    readers.add(again);
    return () => {
      readers.delete(again);
    };
  }, []);
  const conflicts = status?.conflicts ?? 0;
  useEffect(() => {
    let current = true;
    void settle(api.sync.conflicts({}), failed).then((result) => {
      if (current) setAttention(result.ok ? result.value : result.error.message);
    });
    return () => {
      current = false;
    };
  }, [api, version, conflicts, asked, failed]);
  return attention;
}
