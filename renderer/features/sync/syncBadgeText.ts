import type { SyncStatus } from '../../../electron/shared/contracts/syncChannels';
import type { T } from '../../i18n/createT';

/** The top bar's few words about the sync ("Synced 2 min ago", "Offline: 14 changes waiting"); null when this folder does not sync. */
export function syncBadgeText(t: T, status: SyncStatus | null, now: Date): { text: string; tone: 'ok' | 'warn' | 'error' } | null {
  if (!status?.configured) return null;
  if (status.running) return { text: t('sync.badge.syncing'), tone: 'ok' };
  const error = status.lastError;
  if (error && (error.code === 'unreachable' || error.code === 'timeout')) return { text: t('sync.badge.offline', { count: status.pending }), tone: 'warn' };
  if (error) return { text: t('sync.badge.problem'), tone: 'error' };
  if (status.conflicts > 0) return { text: t('sync.badge.conflicts', { count: status.conflicts }), tone: 'warn' };
  if (!status.lastSyncAt) return { text: t('sync.badge.never'), tone: 'warn' };
  const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(status.lastSyncAt)) / 60_000));
  if (minutes < 1) return { text: t('sync.badge.justNow'), tone: 'ok' };
  if (minutes < 60) return { text: t('sync.badge.minutes', { count: minutes }), tone: 'ok' };
  if (minutes < 48 * 60) return { text: t('sync.badge.hours', { count: Math.floor(minutes / 60) }), tone: 'ok' };
  return { text: t('sync.badge.days', { count: Math.floor(minutes / 1440) }), tone: 'ok' };
}
