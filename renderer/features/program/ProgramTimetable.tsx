import type { KeyboardEvent } from 'react';
import type { ProgramRow } from '../../../electron/shared/contracts/programChannels';
import { formatCalendarDate } from '../../../electron/shared/dates/instantInZone';
import { formatMinuteOfDay } from '../../../electron/shared/program/programDays';
import { settle } from '../../api/api';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';
import { useDateLocale } from '../timelines/dateLocale';
import { useChannelResult } from '../timelines/useChannelResult';
import './program.css';

const FIRST_HOUR = 8;
const LAST_HOUR = 21;
const STEP = 30;
/** Pixels per minute of the hour rows. */
const SCALE = 1;

/**
 * A conference's program as a timetable (like Indico's): days as columns, hours as rows. An item
 * is placed by dragging it onto a day at an hour, or from the keyboard: Alt+↑/↓ moves it by half
 * an hour, Alt+←/→ to the day before or after. Clashes are named on the item itself.
 */
export function ProgramTimetable({ conferenceId }: { conferenceId: string }) {
  const t = useT();
  const api = useAppStore((s) => s.api);
  const store = useAppStoreApi();
  const locale = useDateLocale();
  const result = useChannelResult(() => api.program.get({ conferenceId }), conferenceId);
  if (!result) return null;
  if (!result.ok) return <p role="alert">{result.error.message}</p>;
  const view = result.value;
  const title = (item: ProgramRow) => (locale === 'ru' ? item.titleRu || item.titleEn : item.titleEn || item.titleRu);

  const place = async (item: ProgramRow, day: number | null, start: number | null) => {
    const ack = await store.getState().runCommands([{ type: 'program.place', at: new Date().toISOString(), id: item.id, day, start }]);
    if (!ack.ok) store.getState().showToast({ message: ack.error.message, tone: 'error' });
  };
  const onKey = (item: ProgramRow, event: KeyboardEvent) => {
    if (!event.altKey) return;
    const day = item.day ?? 1;
    const start = item.start ?? FIRST_HOUR * 60;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [day, Math.max(0, start - STEP)],
      ArrowDown: [day, Math.min(24 * 60 - STEP, start + STEP)],
      ArrowLeft: [Math.max(1, day - 1), start],
      ArrowRight: [Math.min(view.conference.days + 1, 14, day + 1), start],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    void place(item, move[0], move[1]);
  };
  const clashText = (item: ProgramRow) =>
    item.clashes.map((clash) => {
      if (clash.kind === 'speaker') return t('program.clash.speaker', { name: view.names[clash.contactId] ?? '', other: view.names[clash.otherId] ?? '' });
      if (clash.kind === 'room') return t('program.clash.room', { place: clash.place, other: view.names[clash.otherId] ?? '' });
      if (clash.kind === 'arrival') return t('program.clash.arrival', { name: view.names[clash.contactId] ?? '', when: new Date(clash.arrivesAt).toLocaleString(locale) });
      return t(`program.clash.${clash.kind}`);
    });
  const exportAs = async (format: 'csv' | 'md' | 'ics') => {
    const done = await settle(api.program.export({ conferenceId, format }), t('error.requestFailed'));
    if (!done.ok) store.getState().showToast({ message: done.error.message, tone: 'error' });
    else if (done.value.path) store.getState().showToast({ message: t('program.exported', { path: done.value.path }) });
  };
  const days = Array.from({ length: view.conference.days }, (_, i) => i + 1);
  const unplaced = view.items.filter((item) => item.day === null || item.start === null);
  const card = (item: ProgramRow) => {
    const clashes = clashText(item);
    return (
      <button
        key={item.id}
        type="button"
        className={`program-item program-${item.status}${clashes.length > 0 ? ' has-clash' : ''}`}
        draggable
        data-testid={`program-item-${item.id}`}
        onDragStart={(event) => event.dataTransfer.setData('text/plain', item.id)}
        onKeyDown={(event) => onKey(item, event)}
        style={item.start === null ? undefined : { top: (item.start - FIRST_HOUR * 60) * SCALE, height: Math.max(24, item.minutes * SCALE) }}
        aria-description={t('program.moveHint')}
      >
        <span className="program-time">{item.start === null ? '' : `${formatMinuteOfDay(item.start)} `}</span>
        <strong>{title(item)}</strong>
        <span className="program-meta">{[t(`program.status.${item.status}`), item.place, ...item.speakers.map((s) => s.name)].filter(Boolean).join(' · ')}</span>
        {clashes.map((text) => (
          <span key={text} className="program-clash" role="note">
            ⚠ {text}
          </span>
        ))}
      </button>
    );
  };
  const dropOn = (day: number) => (event: React.DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    const item = view.items.find((i) => i.id === event.dataTransfer.getData('text/plain'));
    const top = event.clientY - event.currentTarget.getBoundingClientRect().top;
    const start = FIRST_HOUR * 60 + Math.round(top / SCALE / STEP) * STEP;
    if (item) void place(item, day, Math.max(0, Math.min(24 * 60 - STEP, start)));
  };
  return (
    <div className="program">
      <div className="program-toolbar">
        {(['csv', 'md', 'ics'] as const).map((format) => (
          <button key={format} type="button" className="button" onClick={() => void exportAs(format)}>
            {t(`program.export.${format}`)}
          </button>
        ))}
      </div>
      <div className="program-grid" role="grid" aria-label={t('program.timetable')}>
        <div className="program-hours" aria-hidden="true">
          {Array.from({ length: LAST_HOUR - FIRST_HOUR }, (_, i) => (
            <div key={i} style={{ height: 60 * SCALE }}>{`${String(FIRST_HOUR + i).padStart(2, '0')}:00`}</div>
          ))}
        </div>
        {days.map((day) => {
          const date = view.conference.dayDates[day - 1];
          return (
            <div key={day} className="program-day" role="gridcell">
              <h3>{date ? `${t('program.day', { day })} — ${formatCalendarDate(date, locale)}` : t('program.day', { day })}</h3>
              <div className="program-column" style={{ height: (LAST_HOUR - FIRST_HOUR) * 60 * SCALE }} onDragOver={(event) => event.preventDefault()} onDrop={dropOn(day)}>
                {view.items.filter((item) => item.day === day && item.start !== null).map(card)}
              </div>
            </div>
          );
        })}
      </div>
      {unplaced.length > 0 && (
        <section className="program-unplaced">
          <h3>{t('program.unplaced')}</h3>
          {unplaced.map(card)}
        </section>
      )}
    </div>
  );
}
