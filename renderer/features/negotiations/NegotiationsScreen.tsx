import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { ConferenceDialog } from '../timelines/ConferenceDialog';
import { useT } from '../../i18n/useT';
import type { NegotiationView } from '../../store/negotiationsSlice';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';
import { AddCandidateDialog } from './AddCandidateDialog';
import { BoardView } from './BoardView';
import { BriefView } from './BriefView';
import { CandidacyPanel } from './CandidacyPanel';
import { SyncConflictBanner } from '../sync/SyncConflictBanner';
import { SyncRuleNotice } from '../sync/SyncRuleNotice';
import { CompareView } from './CompareView';
import { HistoryView } from './HistoryView';
import { MoveDialog } from './MoveDialog';
import { TableView } from './TableView';
import { TellThemDialog } from './TellThemDialog';
import { useFormats } from './useFormats';
import { useLoaded } from './useLoaded';
import './negotiations.css';

const views: { id: NegotiationView; key: 'neg.view.board' | 'neg.view.table' | 'neg.view.compare' | 'neg.view.history' | 'neg.view.brief' }[] = [
  { id: 'board', key: 'neg.view.board' },
  { id: 'table', key: 'neg.view.table' },
  { id: 'compare', key: 'neg.view.compare' },
  { id: 'history', key: 'neg.view.history' },
  { id: 'brief', key: 'neg.view.brief' },
];

/** Host-city negotiations: pick a conference, then its board, table, comparison, history or brief. */
export function NegotiationsScreen() {
  const t = useT();
  const store = useAppStoreApi();
  const api = useAppStore((s) => s.api);
  const formats = useFormats();
  const conferenceId = useAppStore((s) => s.negotiationConferenceId);
  const view = useAppStore((s) => s.negotiationView);
  const openId = useAppStore((s) => s.openCandidacyId);
  const pendingMove = useAppStore((s) => s.pendingMove);
  const tellThem = useAppStore((s) => s.tellThem);
  const selectId = useId();
  const tabsId = useId();
  const [adding, setAdding] = useState(false);
  const [creatingConference, setCreatingConference] = useState(false);
  const tabRefs = useRef(new Map<NegotiationView, HTMLButtonElement>());

  const { data: conferences, error: conferencesError } = useLoaded('conferences', () => api.negotiations.conferences({}));
  const chosen = conferences?.find((c) => c.id === conferenceId) ?? conferences?.[0] ?? null;
  useEffect(() => {
    if (chosen && chosen.id !== conferenceId) store.getState().setNegotiationConference(chosen.id);
  }, [chosen, conferenceId, store]);
  const { data: board, error: boardError } = useLoaded(chosen ? `board/${chosen.id}` : null, () => api.negotiations.board({ conferenceId: chosen?.id ?? '' }));
  const current = board && chosen && board.conference.id === chosen.id ? board : null;

  const { setNegotiationView, openCandidacy } = store.getState();
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = views.findIndex((v) => v.id === view);
    const next = event.key === 'ArrowRight' ? index + 1 : event.key === 'ArrowLeft' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? views.length - 1 : null;
    if (next === null) return;
    event.preventDefault();
    const target = views[(next + views.length) % views.length];
    if (!target) return;
    setNegotiationView(target.id);
    tabRefs.current.get(target.id)?.focus();
  };

  if (conferencesError && !conferences) {
    return (
      <div className="screen negotiations">
        <h1>{t('neg.title')}</h1>
        <p role="alert">{conferencesError}</p>
      </div>
    );
  }

  return (
    <div className="screen negotiations">
      <header className="screen-header no-print">
        <h1>{t('neg.title')}</h1>
        {conferences && conferences.length > 0 && (
          <div className="screen-header-end">
            <label htmlFor={selectId}>{t('neg.conference')}</label>
            <select id={selectId} value={chosen?.id ?? ''} onChange={(event) => store.getState().setNegotiationConference(event.target.value)}>
              {conferences.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
            <button data-command="new-record" type="button" className="button button-primary" disabled={!current} onClick={() => setAdding(true)}>
              {t('neg.add.button')}
            </button>
          </div>
        )}
      </header>
      {conferences?.length === 0 && (
        <EmptyState title={t('empty.negotiations.title')} action={{ label: t('empty.negotiations.action'), onClick: () => setCreatingConference(true) }}>
          <p>{t('empty.negotiations.text')}</p>
          <p>{t('neg.noConferences')}</p>
        </EmptyState>
      )}
      {creatingConference && (
        <ConferenceDialog
          conference={null}
          onClose={() => setCreatingConference(false)}
          onSaved={(id) => {
            setCreatingConference(false);
            store.getState().setNegotiationConference(id);
          }}
        />
      )}
      {chosen && (
        <p className="muted neg-summary no-print">
          {[
            chosen.date ? formats.fuzzy(chosen.date) : t('neg.brief.noDates'),
            chosen.host ? t('neg.hostIs', { host: chosen.host }) : t('neg.brief.notDecided'),
            t('neg.brief.candidateCount', { count: chosen.candidates, inRace: chosen.inRace }),
          ].join(' · ')}
        </p>
      )}
      {chosen && <SyncRuleNotice conferenceId={chosen.id} />}
      {chosen && <SyncConflictBanner kind="conferences" id={chosen.id} />}
      {boardError && !current && <p role="alert">{boardError}</p>}

      {chosen && current && openId && <CandidacyPanel key={openId} id={openId} onBack={() => openCandidacy(null)} />}
      {chosen && current && !openId && (
        <>
          <div className="neg-tabs no-print" role="tablist" aria-label={t('neg.views')} onKeyDown={onTabKey}>
            {views.map((v) => (
              <button
                key={v.id}
                ref={(element) => {
                  if (element) tabRefs.current.set(v.id, element);
                  else tabRefs.current.delete(v.id);
                }}
                type="button"
                role="tab"
                id={`${tabsId}-${v.id}`}
                aria-selected={view === v.id}
                aria-controls={`${tabsId}-panel`}
                tabIndex={view === v.id ? 0 : -1}
                className="neg-tab"
                onClick={() => setNegotiationView(v.id)}
              >
                {t(v.key)}
              </button>
            ))}
          </div>
          <div id={`${tabsId}-panel`} role="tabpanel" aria-labelledby={`${tabsId}-${view}`} className="neg-view">
            {view === 'board' && (current.rows.length === 0 ? <p className="empty">{t('neg.noCandidates')}</p> : <BoardView board={current} onOpen={openCandidacy} />)}
            {view === 'table' && <TableView board={current} onOpen={openCandidacy} />}
            {view === 'compare' && <CompareView conferenceId={chosen.id} />}
            {view === 'history' && <HistoryView conferenceId={chosen.id} cities={current.rows.map((r) => ({ id: r.id, city: r.city }))} />}
            {view === 'brief' && <BriefView conferenceId={chosen.id} />}
          </div>
        </>
      )}

      {adding && current && (
        <AddCandidateDialog
          conferenceId={current.conference.id}
          conference={current.conference.name}
          taken={current.rows.map((r) => r.cityId)}
          onClose={() => setAdding(false)}
          onAdded={() => setAdding(false)}
        />
      )}
      {pendingMove && <MoveDialog key={`${pendingMove.candidacyId}-${pendingMove.to}`} move={pendingMove} />}
      {tellThem && !pendingMove && <TellThemDialog tellThem={tellThem} />}
    </div>
  );
}
