import { useEffect, useId, useState } from 'react';
import type { CityOverviewRow } from '../../../electron/shared/contracts/placeChannels';
import { cityLabel } from '../../../electron/shared/names/cityLabel';
import type { City } from '../../../electron/shared/schemas/city';
import { foldForSearch } from '../../../electron/shared/transliteration/searchKey';
import { sameName } from '../../../electron/shared/names/sameName';
import { settle } from '../../api/api';
import { ListDetail } from '../../components/ListDetail';
import { ListHeader } from '../../components/ListHeader';
import { EmptyState } from '../../components/EmptyState';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';
import { InteractionLog } from '../interactions/InteractionLog';
import { CityDialog } from './CityDialog';
import { RecordActions } from './RecordActions';
import { useSavedPlace } from './useSavedPlace';

/** A city matches a filter typed in either script, as a prefix of its words or across transliterations. */
function matches(city: City, filter: string): boolean {
  const needle = foldForSearch(filter.trim());
  if (!needle) return true;
  const names = [city.nameLatin, city.nameCyrillic, city.region];
  return names.some((name) => foldForSearch(name).includes(needle)) || sameName(city.nameLatin, filter) || (city.nameCyrillic !== '' && sameName(city.nameCyrillic, filter));
}

/**
 * The Cities screen: every city with its partnerships and contacts, searchable in either script;
 * add, edit and delete (a city a partnership still needs is refused, with the reason), and each
 * city's Interaction log.
 */
export function CitiesScreen() {
  const t = useT();
  const filterId = useId();
  const store = useAppStoreApi();
  const api = useAppStore((s) => s.api);
  const dataVersion = useAppStore((s) => s.dataVersion);
  const selectedId = useAppStore((s) => s.selectedCityId);
  const [rows, setRows] = useState<CityOverviewRow[] | string | null>(null);
  const [filter, setFilter] = useState('');
  const [dialog, setDialog] = useState<{ editing: City | null } | null>(null);
  const failed = t('cities.loadFailed');

  useEffect(() => {
    let current = true;
    void settle(api.cities.overview({}), failed).then((result) => {
      if (current) setRows(result.ok ? result.value : result.error.message);
    });
    return () => {
      current = false;
    };
  }, [api, dataVersion, failed]);

  const all = Array.isArray(rows) ? rows : [];
  const shown = all.filter((row) => matches(row.city, filter));
  const selected = all.find((row) => row.city.id === selectedId) ?? null;

  const onSaved = useSavedPlace(() => setDialog(null), (id) => store.getState().selectCity(id));

  const remove = async (city: City) => {
    const state = store.getState();
    const result = await state.runCommands([{ type: 'city.delete', at: new Date().toISOString(), ids: [city.id] }]);
    if (result.ok) {
      state.selectCity(null);
      state.showToast({ message: t('cities.deleted', { name: cityLabel(city) }), undo: true });
    } else state.showToast({ message: result.error.message, tone: 'error' });
  };

  return (
    <div className="screen places">
      <ListHeader title={t('cities.title')} count={Array.isArray(rows) ? t('cities.count', { count: all.length }) : null} newLabel={t('cities.new')} onNew={() => setDialog({ editing: null })}>
        <label htmlFor={filterId}>{t('cities.filter')}</label>
        <input id={filterId} type="search" autoComplete="off" value={filter} onChange={(event) => setFilter(event.target.value)} />
      </ListHeader>
      <ListDetail
        error={typeof rows === 'string' ? rows : null}
        selectPrompt={t('cities.selectPrompt')}
        detail={selected && <CityDetail row={selected} onEdit={() => setDialog({ editing: selected.city })} onDelete={() => void remove(selected.city)} />}
      >
        {Array.isArray(rows) && all.length > 0 && shown.length === 0 && <p className="empty">{t('cities.noMatch', { query: filter.trim() })}</p>}
        {Array.isArray(rows) && all.length === 0 && (
          <EmptyState title={t('empty.cities.title')} action={{ label: t('empty.cities.action'), onClick: () => setDialog({ editing: null }) }}>
            <p>{t('empty.cities.text')}</p>
          </EmptyState>
        )}
        {shown.length > 0 && (
          <ul className="record-list" aria-label={t('cities.list')}>
            {shown.map(({ city, partnerships, contacts }) => (
              <li key={city.id}>
                <button type="button" className="record-button" aria-current={city.id === selectedId ? 'true' : undefined} onClick={() => store.getState().selectCity(city.id)}>
                  <span className="record-title">{cityLabel(city)}</span>{' '}
                  <span className="muted">
                    {[city.region || city.country, t('cities.partnershipCount', { count: partnerships }), t('cities.contactCount', { count: contacts })].join(' · ')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </ListDetail>
      {dialog && <CityDialog editing={dialog.editing} onCancel={() => setDialog(null)} onSaved={onSaved} />}
    </div>
  );
}

function CityDetail({ row, onEdit, onDelete }: { row: CityOverviewRow; onEdit: () => void; onDelete: () => void }) {
  const t = useT();
  const headingId = useId();
  const { city } = row;
  return (
    <section className="detail" aria-labelledby={headingId}>
      <header className="detail-header">
        <h2 id={headingId}>{cityLabel(city)}</h2>
      </header>
      <RecordActions onEdit={onEdit} onDelete={onDelete} />
      <dl className="detail-fields">
        <dt>{t('cities.region')}</dt>
        <dd>{city.region || t('contact.none')}</dd>
        <dt>{t('cities.country')}</dt>
        <dd>{city.country}</dd>
        <dt>{t('cities.zone')}</dt>
        <dd>{city.zone}</dd>
        <dt>{t('cities.partnerships')}</dt>
        <dd>{row.partnerships}</dd>
        <dt>{t('cities.contacts')}</dt>
        <dd>{row.contacts}</dd>
      </dl>
      <InteractionLog of="city" id={city.id} prefill={{ cities: [{ id: city.id, label: cityLabel(city) }] }} />
    </section>
  );
}
