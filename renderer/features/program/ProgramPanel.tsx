import { useId, useState } from 'react';
import type { ProgramReview, ProgramRow } from '../../../electron/shared/contracts/programChannels';
import { settle } from '../../api/api';
import { EmptyState } from '../../components/EmptyState';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';
import { useChannelResult } from '../timelines/useChannelResult';
import { ProgramItemDialog } from './ProgramItemDialog';
import { ProgramPrintView } from './ProgramPrintView';
import { ProgramReviewDialog } from './ProgramReviewDialog';
import { ProgramTimetable } from './ProgramTimetable';
import { VenueHoursForm } from './VenueHoursForm';
import './program.css';

type Mode = 'timetable' | 'print';

/**
 * A conference's Program tab: the timetable or the printable program, adding and editing items,
 * the partner's spreadsheet out (CSV, Markdown, ICS) and back in (reviewed change by change).
 */
export function ProgramPanel({ conferenceId }: { conferenceId: string }) {
  const t = useT();
  const api = useAppStore((s) => s.api);
  const store = useAppStoreApi();
  const exportsId = useId();
  const [mode, setMode] = useState<Mode>('timetable');
  const [editing, setEditing] = useState<{ item: ProgramRow | null } | null>(null);
  const [review, setReview] = useState<ProgramReview | null>(null);
  const result = useChannelResult(() => api.program.get({ conferenceId }), conferenceId);
  if (!result) return null;
  if (!result.ok) return <p role="alert">{result.error.message}</p>;
  const view = result.value;

  const exportAs = async (format: 'csv' | 'md' | 'ics') => {
    const done = await settle(api.program.export({ conferenceId, format }), t('error.requestFailed'));
    if (!done.ok) store.getState().showToast({ message: done.error.message, tone: 'error' });
    else if (done.value.path) store.getState().showToast({ message: t('program.exported', { path: done.value.path }) });
  };
  const readPartnerCopy = async () => {
    const read = await settle(api.program.review({ conferenceId }), t('error.requestFailed'));
    if (!read.ok) store.getState().showToast({ message: read.error.message, tone: 'error' });
    else if (read.value.review) setReview(read.value.review);
  };

  return (
    <div className="program">
      <div className="program-toolbar no-print">
        <div className="segmented" role="group" aria-label={t('program.views')}>
          {(['timetable', 'print'] as const).map((m) => (
            <button key={m} type="button" className="button" aria-pressed={mode === m} onClick={() => setMode(m)}>
              {t(`program.view.${m}`)}
            </button>
          ))}
        </div>
        <button type="button" className="button button-primary" onClick={() => setEditing({ item: null })}>
          {t('program.add')}
        </button>
        <button type="button" className="button" onClick={() => void readPartnerCopy()}>
          {t('program.review.open')}
        </button>
        <div className="program-exports" role="group" aria-labelledby={`${exportsId}-label`}>
          <span id={`${exportsId}-label`} className="muted">
            {t('program.export.label')}
          </span>
          {(['csv', 'md', 'ics'] as const).map((format) => (
            <button key={format} type="button" className="button" onClick={() => void exportAs(format)}>
              {t(`program.export.${format}`)}
            </button>
          ))}
        </div>
      </div>
      {mode === 'timetable' && <VenueHoursForm key={`${view.conference.venueHours?.opens ?? ''}-${view.conference.venueHours?.closes ?? ''}`} conference={view.conference} />}
      {view.items.length === 0 && (
        <EmptyState title={t('empty.program.title')} level={3} action={{ label: t('empty.program.action'), onClick: () => setEditing({ item: null }) }}>
          <p>{t('empty.program.text')}</p>
        </EmptyState>
      )}
      {mode === 'timetable' ? <ProgramTimetable view={view} onEdit={(item) => setEditing({ item })} /> : <ProgramPrintView view={view} />}
      {editing && <ProgramItemDialog key={editing.item?.id ?? 'new'} view={view} item={editing.item} onClose={() => setEditing(null)} />}
      {review && <ProgramReviewDialog conferenceId={conferenceId} review={review} onClose={() => setReview(null)} />}
    </div>
  );
}
