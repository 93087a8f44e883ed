import { useId, useState } from 'react';
import { formatFuzzyDate } from '../../../electron/shared/dates/formatFuzzyDate';
import { calendarDateInZone } from '../../../electron/shared/dates/instantInZone';
import { fuzzyOverlaps } from '../../../electron/shared/dates/fuzzyOverlaps';
import { parseFuzzyDate } from '../../../electron/shared/dates/parseFuzzyDate';
import { EmptyState } from '../../components/EmptyState';
import { Field } from '../../components/Field';
import { ListHeader } from '../../components/ListHeader';
import { countdown } from '../../../electron/shared/timelines/countdown';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { ConferenceDetail } from './ConferenceDetail';
import { ConferenceDialog } from './ConferenceDialog';
import { countdownText } from './countdownText';
import { useDateLocale } from './dateLocale';
import { useChannelResult } from './useChannelResult';
import './timelines.css';

/** The Conferences section: every conference with its (fuzzy) date and countdown, and the one chosen. */
export function TimelinesScreen() {
  const t = useT();
  const api = useAppStore((s) => s.api);
  const homeZone = useAppStore((s) => s.settings?.homeZone ?? 'Europe/Moscow');
  const locale = useDateLocale();
  const focus = useAppStore((s) => s.conferenceFocus);
  // A conference another screen asked for (a contact's participation): the screen mounts with it chosen.
  const [selected, setSelected] = useState<string | null>(focus?.conferenceId ?? null);
  const [creating, setCreating] = useState(false);
  const result = useChannelResult(() => api.timelines.conferences({}), 'conferences');
  const filterId = useId();
  const [filter, setFilter] = useState('');
  // "2020", "autumn 2019": the conferences whose (fuzzy) dates may fall in it.
  const within = filter.trim() ? parseFuzzyDate(filter) : null;
  const all = result?.ok ? result.value : [];
  const conferences = within?.ok ? all.filter((c) => c.date !== null && fuzzyOverlaps(c.date, within.value)) : all;
  const chosen = conferences.find((c) => c.id === selected) ?? conferences[0] ?? null;
  const today = calendarDateInZone(new Date(), homeZone);

  return (
    <div className="screen timelines">
      <ListHeader title={t('timelines.title')} count={null} newLabel={t('timelines.new')} onNew={() => setCreating(true)} />
      {result && !result.ok && (
        <p className="banner banner-error" role="alert">
          {result.error.message}
        </p>
      )}
      <div className="timelines-body">
        <nav className="conference-list" aria-label={t('timelines.list')}>
          <Field id={filterId} label={t('timelines.filter')} hint={within?.ok ? undefined : t('timelines.filterHint')} error={within && !within.ok ? within.reason : undefined}>
            {(control) => <input {...control} type="search" value={filter} autoComplete="off" onChange={(event) => setFilter(event.target.value)} />}
          </Field>
          {result?.ok && all.length > 0 && conferences.length === 0 && <p className="empty">{t('timelines.noneInFilter')}</p>}
          <ul>
            {conferences.map((c) => (
              <li key={c.id}>
                <button type="button" className="conference-option" aria-current={chosen?.id === c.id ? 'true' : undefined} onClick={() => setSelected(c.id)}>
                  <span className="conference-option-name">{c.name}</span>
                  <span className="conference-option-meta">{c.date ? formatFuzzyDate(c.date, locale) : t('timelines.noDate')}</span>
                  {c.date && <span className="conference-option-meta">{countdownText(t, countdown(c.date, today))}</span>}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="conference-pane">
          {chosen ? <ConferenceDetail key={chosen.id} conferenceId={chosen.id} /> : result?.ok && conferences.length > 0 && <p className="empty">{t('timelines.selectPrompt')}</p>}
          {result?.ok && all.length === 0 && (
            <EmptyState title={t('empty.timelines.title')} action={{ label: t('empty.timelines.action'), onClick: () => setCreating(true) }}>
              <p>{t('empty.timelines.text')}</p>
            </EmptyState>
          )}
        </div>
      </div>
      {creating && (
        <ConferenceDialog
          conference={null}
          onClose={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            setSelected(id);
          }}
        />
      )}
    </div>
  );
}
