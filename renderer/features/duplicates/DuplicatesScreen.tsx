import { useEffect, useId, useState } from 'react';
import type { DuplicateList, DuplicatePair, DuplicateReason } from '../../../electron/shared/contracts/duplicateChannels';
import type { MessageKey } from '../../../electron/shared/i18n/en';
import { settle } from '../../api/api';
import { EmptyState } from '../../components/EmptyState';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { MergeView } from './MergeView';

const reasonKeys: Record<DuplicateReason, MessageKey> = {
  email: 'duplicates.reason.email',
  phone: 'duplicates.reason.phone',
  'name-city': 'duplicates.reason.name-city',
};
const pairKey = (pair: DuplicatePair) => `${pair.a.id}|${pair.b.id}`;

/** Likely duplicate contacts, each pair with its evidence, and the side-by-side merge of the one chosen. */
export function DuplicatesScreen() {
  const t = useT();
  const headingId = useId();
  const api = useAppStore((s) => s.api);
  const dataVersion = useAppStore((s) => s.dataVersion);
  const [list, setList] = useState<DuplicateList | string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const failed = t('duplicates.loadFailed');

  useEffect(() => {
    let current = true;
    void settle(api.duplicates.list({}), failed).then((result) => {
      if (current) setList(result.ok ? result.value : result.error.message);
    });
    return () => {
      current = false;
    };
  }, [api, dataVersion, failed]);

  const pairs = typeof list === 'object' && list ? list.pairs : [];
  const pair = pairs.find((p) => pairKey(p) === chosen) ?? null;

  return (
    <div className="screen duplicates">
      <header className="screen-header">
        <h1>{t('duplicates.title')}</h1>
      </header>
      <p className="muted">{t('duplicates.intro')}</p>
      {typeof list === 'string' && (
        <p className="banner banner-error" role="alert">
          {list}
        </p>
      )}
      {typeof list === 'object' && list && pairs.length === 0 && (
        <EmptyState title={t('empty.duplicates.title')}>
          <p>{t('empty.duplicates.text')}</p>
        </EmptyState>
      )}
      {pairs.length > 0 && (
        <div className="contacts-body duplicates-body">
          <div className="contacts-list-pane">
            <ul className="record-list" aria-label={t('duplicates.list')}>
              {pairs.map((p) => (
                <li key={pairKey(p)}>
                  <button type="button" className="record-button" aria-current={pairKey(p) === chosen ? 'true' : undefined} onClick={() => setChosen(pairKey(p))}>
                    <span className="record-title">{t('duplicates.pair', { a: p.a.name, b: p.b.name })}</span>{' '}
                    <span className="muted">{[...p.reasons.map((r) => t(reasonKeys[r])), ...p.evidence].join(' · ')}</span>
                  </button>
                </li>
              ))}
            </ul>
            {typeof list === 'object' && list?.truncated && <p className="muted">{t('duplicates.truncated')}</p>}
          </div>
          <section className="detail merge-pane" aria-labelledby={headingId}>
            <h2 id={headingId}>{pair ? t('duplicates.pair', { a: pair.a.name, b: pair.b.name }) : t('duplicates.compare')}</h2>
            {pair ? <MergeView key={pairKey(pair)} pair={pair} onMerged={() => setChosen(null)} /> : <p className="muted">{t('duplicates.selectPrompt')}</p>}
          </section>
        </div>
      )}
    </div>
  );
}
