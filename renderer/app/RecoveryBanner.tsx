import { useT } from '../i18n/useT';
import { useAppStore } from '../store/useAppStore';

/**
 * How a user learns their damaged store was recovered from a backup: shown on every screen until
 * dismissed, because it may mean recent changes are missing.
 */
export function RecoveryBanner() {
  const t = useT();
  const recovery = useAppStore((s) => s.status?.recovery ?? null);
  const dismissed = useAppStore((s) => s.recoveryDismissed);
  const dismiss = useAppStore((s) => s.dismissRecovery);
  if (!recovery || dismissed) return null;
  return (
    <div className="banner banner-warning" role="alert">
      <div>
        <p className="banner-title">{t('recovery.title')}</p>
        <p>{recovery}</p>
      </div>
      <button type="button" className="button" onClick={dismiss}>
        {t('recovery.dismiss')}
      </button>
    </div>
  );
}
