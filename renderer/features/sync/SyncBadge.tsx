import { phraseText } from '../../../electron/shared/i18n/Phrase';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { syncBadgeText } from './syncBadgeText';
import { useSyncStatus } from './useSyncStatus';

/** Beside "Saved": how the sync stands; the last error's full sentence is its tooltip. Nothing when the folder does not sync. */
export function SyncBadge() {
  const t = useT();
  const locale = useAppStore((s) => s.settings?.locale ?? 'en');
  const [status] = useSyncStatus();
  const shown = syncBadgeText(t, status, new Date());
  if (!shown || !status) return null;
  const error = status.lastError;
  const title = error ? (phraseText(t, error.i18n, locale) ?? error.message) : undefined;
  return (
    <div className="sync-status" data-tone={shown.tone} role="status" data-testid="sync-status" title={title}>
      {shown.text}
    </div>
  );
}
