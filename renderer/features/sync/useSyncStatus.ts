import { useCallback, useEffect, useState } from 'react';
import type { SyncStatus } from '../../../electron/shared/contracts/syncChannels';
import { useAppStore } from '../../store/useAppStore';

/** How often the window asks main how the sync is going (a read of memory there), and re-words "2 min ago". */
export const SYNC_STATUS_POLL_MS = 5_000;

/** Every mounted reader of the status: an answer one of them gets (Settings' "Sync now") reaches the top bar at once. */
const readers = new Set<(status: SyncStatus) => void>();
const share = (status: SyncStatus) => {
  for (const reader of readers) reader(status);
};

/**
 * The sync status as main reports it: asked on mount, every few seconds, and whenever the store
 * changes (a pulled change arrives as one). Returns it (null until the first answer) and the
 * setter for a status an action returned, which every reader then shows.
 */
export function useSyncStatus(): [SyncStatus | null, (status: SyncStatus) => void] {
  const api = useAppStore((s) => s.api);
  const version = useAppStore((s) => s.dataVersion);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    readers.add(setStatus);
    return () => {
      readers.delete(setStatus);
    };
  }, []);
  const refresh = useCallback(() => {
    api.sync
      .status({})
      .then((result) => {
        if (result.ok) share(result.value);
      })
      .catch(() => undefined);
  }, [api]);
  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, SYNC_STATUS_POLL_MS);
    return () => clearInterval(timer);
  }, [refresh, version]);
  return [status, share];
}
