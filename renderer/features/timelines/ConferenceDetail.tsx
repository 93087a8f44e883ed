import { useId, useState } from 'react';
import type { TimelineItem } from '../../../electron/shared/contracts/timelineChannels';
import { formatFuzzyDate } from '../../../electron/shared/dates/formatFuzzyDate';
import type { MessageKey } from '../../../electron/shared/i18n/en';
import { candidacyStageKeys } from '../../../electron/shared/negotiations/candidacyStages';
import { countdown } from '../../../electron/shared/timelines/countdown';
import { settle } from '../../api/api';
import { EmptyState } from '../../components/EmptyState';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';
import { ConferenceDateForm } from './ConferenceDateForm';
import { ConferenceDialog } from './ConferenceDialog';
import { countdownText } from './countdownText';
import { useDateLocale } from './dateLocale';
import { ItemFormDialog } from './ItemFormDialog';
import { itemCommand, valuesOf } from './itemCommands';
import { RecruitmentPanel } from './RecruitmentPanel';
import { ProgramPanel } from '../program/ProgramPanel';
import { TimelineChart } from './TimelineChart';
import { TimelineList } from './TimelineList';
import { useChannelResult } from './useChannelResult';
import { labelText } from '../../i18n/labelText';

type View = 'timeline' | 'list' | 'recruitment' | 'program';
const views: readonly View[] = ['timeline', 'list', 'recruitment', 'program'];

/** One conference: its date and place, the countdown, and the timeline, list and recruitment views. */
export function ConferenceDetail({ conferenceId }: { conferenceId: string }) {
  const t = useT();
  const api = useAppStore((s) => s.api);
  const store = useAppStoreApi();
  const locale = useDateLocale();
  const id = useId();
  const focus = useAppStore((s) => s.conferenceFocus);
  const [view, setView] = useState<View>(focus?.conferenceId === conferenceId ? focus.view : 'timeline');
  const [editing, setEditing] = useState<{ item: TimelineItem | null } | null>(null);
  const [editingConference, setEditingConference] = useState(false);
  const result = useChannelResult(() => api.timelines.timeline({ conferenceId }), conferenceId);

  if (!result) return null;
  if (!result.ok)
    return (
      <p className="banner banner-error" role="alert">
        {result.error.message}
      </p>
    );
  const { conference, today, items } = result.value;

  const exportCalendar = async () => {
    const exported = await settle(api.calendar.export({ conferenceId }), t('error.requestFailed'));
    if (!exported.ok) store.getState().showToast({ message: exported.error.message, tone: 'error' });
    else if (exported.value.path) store.getState().showToast({ message: t('timelines.calendarExported', { count: exported.value.events, path: exported.value.path }) });
  };
  const remove = async (item: TimelineItem) => {
    const ack = await store.getState().runCommands([{ type: item.kind === 'milestone' ? 'milestone.delete' : 'task.delete', at: new Date().toISOString(), ids: [item.id] }]);
    if (ack.ok) store.getState().showToast({ message: t('timelines.deleted', { title: labelText(t, locale, item.titlePhrase, item.title) }), undo: true });
    else store.getState().showToast({ message: ack.error.message, tone: 'error' });
  };
  const setStatus = async (item: TimelineItem, status: TimelineItem['status']) => {
    const ack = await store.getState().runCommands([itemCommand({ ...valuesOf(item, conferenceId), status }, item.id, 'update')]);
    if (!ack.ok) store.getState().showToast({ message: ack.error.message, tone: 'error' });
  };

  return (
    <article className="conference-detail" aria-labelledby={`${id}-name`}>
      <header className="detail-header">
        <h2 id={`${id}-name`}>
          {conference.name}
          {conference.example && <span className="badge">{t('timelines.example')}</span>}
        </h2>
        <div className="actions">
          <button type="button" className="button" onClick={() => void exportCalendar()}>
            {t('timelines.exportCalendar')}
          </button>
          <button type="button" className="button" onClick={() => setEditingConference(true)}>
            {t('conferenceForm.edit')}
          </button>
        </div>
      </header>
      <dl className="detail-fields">
        <dt>{t('timelines.date')}</dt>
        <dd data-testid="conference-date">{conference.date ? formatFuzzyDate(conference.date, locale) : t('timelines.noDate')}</dd>
        {conference.date && (
          <>
            <dt>{t('timelines.countdown')}</dt>
            <dd data-testid="conference-countdown">{countdownText(t, countdown(conference.date, today))}</dd>
          </>
        )}
        <dt>{t('timelines.place')}</dt>
        <dd>
          {conference.city ? (
            conference.city.name
          ) : (
            <>
              <span>{t('timelines.negotiating')}</span>
              <span className="muted block">
                {conference.candidacies.length > 0
                  ? t('timelines.candidates', { list: conference.candidacies.map((c) => `${c.cityName} (${stageWord(t, c.stage, locale)})`).join(', ') })
                  : t('timelines.noCandidates')}
              </span>
              {conference.tentativeCities.length > 0 && <span className="muted block">{t('timelines.tentative', { list: conference.tentativeCities.map((c) => c.name).join(', ') })}</span>}
              {/* Through the store by section id: importing the section table here would close an import circle (sections -> TimelinesScreen -> here). */}
              <button type="button" className="button button-quiet" onClick={() => store.getState().showNegotiations(conference.id)}>
                {t('timelines.openNegotiations')}
              </button>
            </>
          )}
        </dd>
        {conference.organizers.length > 0 && (
          <>
            <dt>{t('timelines.organizers')}</dt>
            <dd>{conference.organizers.map((o) => o.name).join(', ')}</dd>
          </>
        )}
        {conference.notes && (
          <>
            <dt>{t('timelines.notes')}</dt>
            <dd className="detail-notes">{conference.notes}</dd>
          </>
        )}
      </dl>
      <div role="tablist" aria-label={t('timelines.views')} className="tabs">
        {views.map((v) => (
          <button
            key={v}
            id={`${id}-tab-${v}`}
            type="button"
            role="tab"
            aria-selected={view === v}
            aria-controls={`${id}-panel`}
            tabIndex={view === v ? 0 : -1}
            className="tab"
            onClick={() => setView(v)}
            onKeyDown={(event) => {
              const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
              if (!step) return;
              event.preventDefault();
              const next = views[(views.indexOf(v) + step + views.length) % views.length] ?? 'timeline';
              setView(next);
              document.getElementById(`${id}-tab-${next}`)?.focus();
            }}
          >
            {t(`timelines.view.${v}`)}
          </button>
        ))}
      </div>
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-tab-${view}`} className="tab-panel">
        {/* The date and the plan's actions belong to the plan's views; the tabs stay near the top, so a
            1024×700 window shows every tab (Program included) without scrolling. */}
        {(view === 'timeline' || view === 'list') && (
          <>
          <ConferenceDateForm key={`${conference.id}-${conference.date?.label ?? ''}`} conference={conference} />
          <div className="actions">
            <button type="button" className="button button-primary" onClick={() => setEditing({ item: null })}>
              {t('timelines.addItem')}
            </button>
          </div>
          </>
        )}
        {view === 'timeline' && (items.length === 0 && !conference.date ? (
            <EmptyState title={t('empty.timeline.title')} level={3}>
              <p>{t('empty.timeline.text')}</p>
            </EmptyState>
          ) : <TimelineChart timeline={result.value} locale={locale} onEdit={(item) => setEditing({ item })} />)}
        {view === 'list' && (
          <TimelineList items={items} today={today} locale={locale} onEdit={(item) => setEditing({ item })} onDelete={(item) => void remove(item)} onStatus={(item, status) => void setStatus(item, status)} />
        )}
        {view === 'recruitment' && <RecruitmentPanel conference={conference} />}
        {view === 'program' && <ProgramPanel conferenceId={conference.id} />}
      </div>
      {editingConference && <ConferenceDialog conference={conference} onClose={() => setEditingConference(false)} onSaved={() => setEditingConference(false)} />}
      {editing && <ItemFormDialog key={editing.item?.id ?? 'new'} conferenceId={conferenceId} item={editing.item} items={items} onClose={() => setEditing(null)} />}
    </article>
  );
}

/** A candidacy's stage as a word of the window's language ("site visit", «визит на место»); an unknown one as stored. */
function stageWord(t: ReturnType<typeof useT>, stage: string, locale: string): string {
  const key = (candidacyStageKeys as Readonly<Record<string, MessageKey | undefined>>)[stage];
  return key ? t(key).toLocaleLowerCase(locale) : stage;
}
