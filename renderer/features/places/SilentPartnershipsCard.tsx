import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { useAppStoreApi } from '../../store/useAppStore';
import { usePartnershipRows } from './usePartnershipRows';

const SHOWN = 5;

/** Home: partnerships with no exchange for 12 months, the first few named, a link to all of them. */
export function SilentPartnershipsCard() {
  const t = useT();
  const titleId = useId();
  const store = useAppStoreApi();
  const rows = usePartnershipRows();
  if (typeof rows === 'string') {
    return (
      <section className="card" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('partnerships.silentTitle')}</h2>
        <p role="alert">{rows}</p>
      </section>
    );
  }
  if (!rows) return null;
  const silent = rows.filter((row) => row.silent);
  if (rows.length === 0) return null;
  const open = (id: string | null) => {
    const state = store.getState();
    state.setSilentOnly(true);
    state.selectPartnership(id);
    state.navigate('partnerships');
  };
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('partnerships.silentTitle')}</h2>
      {silent.length === 0 ? (
        <p>{t('partnerships.noneSilent')}</p>
      ) : (
        <>
          <p className="card-figure">{t('partnerships.silentCount', { count: silent.length })}</p>
          <ul className="card-list">
            {silent.slice(0, SHOWN).map((row) => (
              <li key={row.partnership.id}>
                <button type="button" className="link-button" onClick={() => open(row.partnership.id)}>
                  {row.label}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => open(null)}>
            {t('partnerships.showSilent')}
          </button>
        </>
      )}
    </section>
  );
}
