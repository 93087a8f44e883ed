import { useId, useState } from 'react';
import type { PartnershipRow } from '../../../electron/shared/contracts/placeChannels';
import { formatCalendarDate } from '../../../electron/shared/dates/instantInZone';
import { PartnershipStatusSchema } from '../../../electron/shared/schemas/partnership';
import { foldForSearch } from '../../../electron/shared/transliteration/searchKey';
import { ListDetail } from '../../components/ListDetail';
import { ListHeader } from '../../components/ListHeader';
import { EmptyState } from '../../components/EmptyState';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';
import { PartnershipDetail } from './PartnershipDetail';
import { PartnershipDialog, statusKeys } from './PartnershipDialog';
import { useSavedPlace } from './useSavedPlace';
import { usePartnershipRows } from './usePartnershipRows';
import './places.css';

type StatusFilter = (typeof PartnershipStatusSchema.options)[number] | 'all';

/**
 * The Partnerships screen: every US–Russian pair with its status, coordinators, year established
 * and last exchange (the newer of the date recorded and the newest interaction logged for it);
 * filtered by text, status, or "silent for 12 months"; add, edit, delete, and each partnership's
 * Interaction log.
 */
export function PartnershipsScreen() {
  const t = useT();
  const id = useId();
  const store = useAppStoreApi();
  const rows = usePartnershipRows();
  const selectedId = useAppStore((s) => s.selectedPartnershipId);
  const silentOnly = useAppStore((s) => s.silentOnly);
  const locale = useAppStore((s) => s.settings?.locale ?? 'en');
  const [filter, setFilter] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [dialog, setDialog] = useState<{ editing: PartnershipRow | null } | null>(null);

  const all = Array.isArray(rows) ? rows : [];
  const needle = foldForSearch(filter.trim());
  const shown = all.filter(
    (row) =>
      (!silentOnly || row.silent) &&
      (status === 'all' || row.partnership.status === status) &&
      (!needle || foldForSearch([row.label, ...row.usCoordinators.map((c) => c.name), ...row.ruCoordinators.map((c) => c.name)].join(' ')).includes(needle)),
  );
  const selected = all.find((row) => row.partnership.id === selectedId) ?? null;
  const silentCount = all.filter((row) => row.silent).length;

  const onSaved = useSavedPlace(() => setDialog(null), (saved) => store.getState().selectPartnership(saved));

  const remove = async (row: PartnershipRow) => {
    const state = store.getState();
    const result = await state.runCommands([{ type: 'partnership.delete', at: new Date().toISOString(), ids: [row.partnership.id] }]);
    if (result.ok) {
      state.selectPartnership(null);
      state.showToast({ message: t('partnerships.deleted', { name: row.label }), undo: true });
    } else state.showToast({ message: result.error.message, tone: 'error' });
  };

  return (
    <div className="screen places">
      <ListHeader
        title={t('partnerships.title')}
        count={Array.isArray(rows) ? t('partnerships.count', { count: all.length }) : null}
        newLabel={t('partnerships.new')}
        onNew={() => setDialog({ editing: null })}
      />
      <div className="filter-bar">
        <div className="filter-field">
          <label htmlFor={`${id}-filter`}>{t('partnerships.filter')}</label>
          <input id={`${id}-filter`} type="search" autoComplete="off" value={filter} onChange={(event) => setFilter(event.target.value)} />
        </div>
        <div className="filter-field">
          <label htmlFor={`${id}-status`}>{t('partnerships.status')}</label>
          <select id={`${id}-status`} value={status} onChange={(event) => setStatus(event.target.value === 'all' ? 'all' : PartnershipStatusSchema.catch('active').parse(event.target.value))}>
            <option value="all">{t('partnerships.status.all')}</option>
            {PartnershipStatusSchema.options.map((option) => (
              <option key={option} value={option}>
                {t(statusKeys[option])}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox-field">
          <input type="checkbox" checked={silentOnly} onChange={(event) => store.getState().setSilentOnly(event.target.checked)} />
          <span>{t('partnerships.silentOnly', { count: silentCount })}</span>
        </label>
      </div>
      <ListDetail
        error={typeof rows === 'string' ? rows : null}
        selectPrompt={t('partnerships.selectPrompt')}
        detail={selected && <PartnershipDetail row={selected} onEdit={() => setDialog({ editing: selected })} onDelete={() => void remove(selected)} />}
      >
        {Array.isArray(rows) && all.length > 0 && shown.length === 0 && <p className="empty">{t('partnerships.noMatch')}</p>}
        {Array.isArray(rows) && all.length === 0 && (
          <EmptyState title={t('empty.partnerships.title')} action={{ label: t('empty.partnerships.action'), onClick: () => setDialog({ editing: null }) }}>
            <p>{t('empty.partnerships.text')}</p>
          </EmptyState>
        )}
        {shown.length > 0 && (
          <ul className="record-list" aria-label={t('partnerships.list')}>
            {shown.map((row) => (
              <li key={row.partnership.id}>
                <button
                  type="button"
                  className="record-button"
                  aria-current={row.partnership.id === selectedId ? 'true' : undefined}
                  onClick={() => store.getState().selectPartnership(row.partnership.id)}
                >
                  <span className="record-title">{row.label}</span>{' '}
                  <span className="muted">
                    {[
                      t(statusKeys[row.partnership.status]),
                      row.partnership.establishedYear ? t('partnerships.since', { year: row.partnership.establishedYear }) : '',
                      row.lastExchange ? t('partnerships.lastExchangeOn', { date: formatCalendarDate(row.lastExchange, locale) }) : t('partnerships.noExchange'),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>{' '}
                  {row.silent && <span className="badge">{t('partnerships.silent')}</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
      </ListDetail>
      {dialog && <PartnershipDialog editing={dialog.editing} onCancel={() => setDialog(null)} onSaved={onSaved} />}
    </div>
  );
}
