import { useId, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { HistoryList } from './HistoryList';
import { useLoaded } from './useLoaded';

/** The conference's negotiation history, for every candidate or one. Undo takes a line back with its change. */
export function HistoryView({ conferenceId, cities }: { conferenceId: string; cities: { id: string; city: string }[] }) {
  const t = useT();
  const api = useAppStore((s) => s.api);
  const filterId = useId();
  const [candidacyId, setCandidacyId] = useState<string>('');
  const chosen = cities.some((c) => c.id === candidacyId) ? candidacyId : '';
  const { data, error } = useLoaded(`${conferenceId}/${chosen}`, () => api.negotiations.history({ conferenceId, candidacyId: chosen || null }));
  return (
    <div className="neg-history-view">
      <div className="neg-toolbar">
        <label htmlFor={filterId}>{t('neg.history.filter')}</label>
        <select id={filterId} value={chosen} onChange={(event) => setCandidacyId(event.target.value)}>
          <option value="">{t('neg.history.allCities')}</option>
          {cities.map((c) => (
            <option key={c.id} value={c.id}>
              {c.city}
            </option>
          ))}
        </select>
      </div>
      {error && !data && <p role="alert">{error}</p>}
      {data ? <HistoryList lines={data.lines} showCity={chosen === ''} /> : !error && <p className="muted">{t('neg.loading')}</p>}
    </div>
  );
}
