import { useEffect, useState } from 'react';
import { TRASH_DAYS, type TrashRow } from '../../../electron/shared/contracts/trashChannels';
import { calendarDateInZone, formatCalendarDate } from '../../../electron/shared/dates/instantInZone';
import { settle } from '../../api/api';
import { EmptyState } from '../../components/EmptyState';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';

const PAGE = 100;
/** trash:list returns at most this many rows at once. */
const MAX_SHOWN = 500;

/**
 * Recently deleted contacts, most recent first, each with Restore and Delete forever. Opening the
 * Trash first deletes for good what has been there over 30 days (one undo step, announced).
 */
export function TrashScreen() {
  const t = useT();
  const store = useAppStoreApi();
  const api = useAppStore((s) => s.api);
  const dataVersion = useAppStore((s) => s.dataVersion);
  const locale = useAppStore((s) => s.settings?.locale ?? 'en');
  const homeZone = useAppStore((s) => s.settings?.homeZone ?? 'Europe/Moscow');
  const day = (instant: string) => formatCalendarDate(calendarDateInZone(instant, homeZone), locale);
  const [page, setPage] = useState<{ rows: TrashRow[]; total: number } | string | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [purged, setPurged] = useState(false);
  const failed = t('trash.loadFailed');

  useEffect(() => {
    let current = true;
    void settle(api.trash.purgeExpired({}), failed).then((result) => {
      if (!current) return;
      if (result.ok && result.value.count > 0) {
        const state = store.getState();
        state.noteVersion(result.value.version);
        void state.refreshHistory();
        state.showToast({ message: state.t('trash.expired', { count: result.value.count, days: TRASH_DAYS }), undo: true });
      }
      setPurged(true);
    });
    return () => {
      current = false;
    };
  }, [api, store, failed]);

  useEffect(() => {
    if (!purged) return;
    let current = true;
    void settle(api.trash.list({ offset: 0, limit }), failed).then((result) => {
      if (current) setPage(result.ok ? result.value : result.error.message);
    });
    return () => {
      current = false;
    };
  }, [api, dataVersion, limit, purged, failed]);

  const act = async (row: TrashRow, kind: 'restore' | 'purge') => {
    const state = store.getState();
    const at = new Date().toISOString();
    const result = await state.runCommands([kind === 'restore' ? { type: 'contact.restore', at, ids: [row.id] } : { type: 'contact.purge', at, ids: [row.id], expired: false }]);
    if (result.ok) state.showToast({ message: t(kind === 'restore' ? 'trash.restored' : 'trash.purged', { name: row.name }), undo: true });
    else state.showToast({ message: result.error.message, tone: 'error' });
  };

  return (
    <div className="screen trash">
      <header className="screen-header">
        <h1>{t('trash.title')}</h1>
      </header>
      <p className="muted">{t('trash.intro', { days: TRASH_DAYS })}</p>
      {typeof page === 'string' && (
        <p className="banner banner-error" role="alert">
          {page}
        </p>
      )}
      {page && typeof page !== 'string' && page.total === 0 && (
        <EmptyState title={t('empty.trash.title')}>
          <p>{t('empty.trash.text')}</p>
        </EmptyState>
      )}
      {page && typeof page !== 'string' && page.total > 0 && (
        <>
          <ul className="record-list trash-list" aria-label={t('trash.list')}>
            {page.rows.map((row) => (
              <li key={row.id} className="trash-item">
                <div>
                  <p className="record-title">{row.name}</p>
                  <p className="muted">
                    {[row.latinName === row.name ? '' : row.latinName, row.organization, `${t('trash.deletedOn', { date: day(row.deletedAt) })}, ${t('trash.purgeOn', { date: day(row.purgeAt) })}`]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                </div>
                <div className="actions">
                  <button type="button" className="button" aria-label={t('trash.restoreNamed', { name: row.name })} onClick={() => void act(row, 'restore')}>
                    {t('trash.restore')}
                  </button>
                  <button type="button" className="button button-danger" aria-label={t('trash.purgeNamed', { name: row.name })} onClick={() => void act(row, 'purge')}>
                    {t('trash.purge')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
          {page.total > page.rows.length && limit < MAX_SHOWN && (
            <p>
              {t('trash.showing', { shown: page.rows.length, total: page.total })}{' '}
              <button type="button" className="button" onClick={() => setLimit((n) => Math.min(MAX_SHOWN, n + PAGE))}>
                {t('trash.more')}
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}
