import { useId } from 'react';
import type { SyncConflictView } from '../../../electron/shared/contracts/syncChannels';
import { phraseText } from '../../../electron/shared/i18n/Phrase';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';
import { useSyncAttention } from './useSyncAttention';

/** Home: the records edited on two machines (each opens its page, where the banner settles it) and the rules a sync broke. */
export function SyncConflictsCard() {
  const t = useT();
  const titleId = useId();
  const store = useAppStoreApi();
  const locale = useAppStore((s) => s.settings?.locale ?? 'en');
  const attention = useSyncAttention();
  if (!attention) return null;
  if (typeof attention === 'string') {
    return (
      <section className="card" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('sync.conflicts.title')}</h2>
        <p role="alert">{attention}</p>
      </section>
    );
  }
  const { conflicts, violations } = attention;
  if (conflicts.length === 0 && violations.length === 0) return null;
  const state = store.getState();
  const opener = (conflict: SyncConflictView): (() => void) | null => {
    switch (conflict.kind) {
      case 'contacts':
        return () => {
          state.selectContact(conflict.id);
          state.navigate('contacts');
        };
      case 'candidacies':
        return conflict.conferenceId ? () => state.showCandidacy(conflict.conferenceId ?? '', conflict.id) : null;
      case 'conferences':
        return () => state.showNegotiations(conflict.id);
      case 'partnerships':
        return () => {
          state.selectPartnership(conflict.id);
          state.navigate('partnerships');
        };
      default:
        return null;
    }
  };
  return (
    <section className="card sync-conflicts-card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('sync.conflicts.title')}</h2>
      {conflicts.length > 0 && (
        <>
          <p className="card-figure">{t('sync.conflicts.count', { count: conflicts.length })}</p>
          <ul className="card-list">
            {conflicts.map((conflict) => {
              const open = opener(conflict);
              return (
                <li key={`${conflict.kind}:${conflict.id}`}>
                  {open ? (
                    <button type="button" className="link-button" onClick={open}>
                      {conflict.label}
                    </button>
                  ) : (
                    conflict.label
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {violations.length > 0 && (
        <>
          <h3>{t('sync.conflicts.rules')}</h3>
          <ul className="card-list">
            {violations.map((violation) => (
              <li key={`${violation.rule}:${violation.candidacyIds.join(',')}`}>
                <button type="button" className="link-button" onClick={() => state.showNegotiations(violation.conferenceId)}>
                  {phraseText(t, violation.i18n, locale) ?? violation.message}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
