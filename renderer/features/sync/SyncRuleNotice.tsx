import { phraseText } from '../../../electron/shared/i18n/Phrase';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { useSyncAttention } from './useSyncAttention';

/** On a conference's negotiation page: the rules a sync broke there (two host cities selected), said, never repaired. */
export function SyncRuleNotice({ conferenceId }: { conferenceId: string }) {
  const t = useT();
  const locale = useAppStore((s) => s.settings?.locale ?? 'en');
  const attention = useSyncAttention();
  const broken = attention && typeof attention !== 'string' ? attention.violations.filter((v) => v.conferenceId === conferenceId) : [];
  if (broken.length === 0) return null;
  return (
    <div className="banner banner-warning sync-rule-notice" role="region" aria-label={t('sync.rule.notice')}>
      <div>
        <p className="banner-title">{t('sync.rule.notice')}</p>
        {broken.map((violation) => (
          <p key={`${violation.rule}:${violation.candidacyIds.join(',')}`}>{phraseText(t, violation.i18n, locale) ?? violation.message}</p>
        ))}
      </div>
    </div>
  );
}
