import { labelText } from '../i18n/labelText';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/useAppStore';

/**
 * How a user learns their damaged store was recovered from a backup, or that saved changes in the
 * journal could not be loaded (a gap, a damaged line; the journal is kept in damaged/): shown on
 * every screen until dismissed, because it means recent changes are missing. Below it, while the last background
 * compaction has failed, why (nothing is lost, but the disk needs a look); it goes once one succeeds.
 * Both sentences come from core with a phrase, put in the current locale here: the status outlives
 * a language switch.
 */
export function RecoveryBanner() {
  const t = useT();
  const recovery = useAppStore((s) => s.status?.recovery ?? null);
  const recoveryPhrase = useAppStore((s) => s.status?.recoveryPhrase ?? null);
  const locale = useAppStore((s) => s.settings?.locale ?? 'en');
  const maintenance = useAppStore((s) => s.status?.maintenance ?? null);
  const journalLoss = useAppStore((s) => s.status?.journalLoss ?? null);
  const dismissed = useAppStore((s) => s.recoveryDismissed);
  const dismiss = useAppStore((s) => s.dismissRecovery);
  const showRecovery = recovery !== null && recovery !== '' && !dismissed;
  const showLoss = journalLoss !== null && !dismissed;
  if (!showRecovery && !showLoss && !maintenance) return null;
  return (
    <>
      {showRecovery && (
        <div className="banner banner-warning" role="alert">
          <div>
            <p className="banner-title">{t('recovery.title')}</p>
            <p>{labelText(t, locale, recoveryPhrase, recovery)}</p>
          </div>
          <button type="button" className="button" onClick={dismiss}>
            {t('recovery.dismiss')}
          </button>
        </div>
      )}
      {showLoss && (
        <div className="banner banner-warning" role="alert" data-testid="journal-loss-banner">
          <div>
            <p className="banner-title">{t('journalLoss.title')}</p>
            <p>{labelText(t, locale, journalLoss.i18n, journalLoss.message)}</p>
          </div>
          <button type="button" className="button" onClick={dismiss}>
            {t('recovery.dismiss')}
          </button>
        </div>
      )}
      {maintenance && (
        <div className="banner banner-warning" role="alert" data-testid="maintenance-banner">
          <div>
            <p className="banner-title">{t('maintenance.title')}</p>
            <p>{labelText(t, locale, maintenance.i18n, maintenance.message)}</p>
          </div>
        </div>
      )}
    </>
  );
}
