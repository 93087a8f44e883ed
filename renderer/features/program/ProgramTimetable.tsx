import type { DragEvent, KeyboardEvent } from 'react';
import type { ProgramRow, ProgramView } from '../../../electron/shared/contracts/programChannels';
import { formatCalendarDate } from '../../../electron/shared/dates/instantInZone';
import { formatMinuteOfDay } from '../../../electron/shared/program/programDays';
import { useT } from '../../i18n/useT';
import { useAppStoreApi } from '../../store/useAppStore';
import { useDateLocale } from '../timelines/dateLocale';
import { SCALE, dayLanes, hourRange, keyboardPlacement, startAtOffset } from './timetablePlacement';

interface Props {
  view: ProgramView;
  onEdit: (item: ProgramRow) => void;
}

/**
 * A conference's program as a timetable (like Indico's): days as columns, hours as rows, parallel
 * items side by side. An item is placed by dragging it onto a day at an hour, or from the
 * keyboard: Alt+↑/↓ moves it by half an hour, Alt+←/→ to the day before or after. Clashes are
 * named on the item itself; a click or Enter opens it for editing.
 */
export function ProgramTimetable({ view, onEdit }: Props) {
  const t = useT();
  const store = useAppStoreApi();
  const locale = useDateLocale();
  const hours = hourRange(view.items);
  const title = (item: ProgramRow) => (locale === 'ru' ? item.titleRu || item.titleEn : item.titleEn || item.titleRu);

  const place = async (item: ProgramRow, day: number, start: number) => {
    if (item.day === day && item.start === start) return;
    const ack = await store.getState().runCommands([{ type: 'program.place', at: new Date().toISOString(), id: item.id, day, start }]);
    if (!ack.ok) store.getState().showToast({ message: ack.error.message, tone: 'error' });
  };
  const onKey = (item: ProgramRow, event: KeyboardEvent) => {
    if (!event.altKey) return;
    const move = keyboardPlacement(item, event.key, view.conference.days, hours.first);
    if (!move) return;
    event.preventDefault();
    void place(item, move.day, move.start);
  };
  // The other item is named in the window's language, as its own card is.
  const otherTitle = (id: string) => {
    const other = view.items.find((row) => row.id === id);
    return other ? title(other) : (view.names[id] ?? '');
  };
  const clashText = (item: ProgramRow) =>
    item.clashes.map((clash) => {
      if (clash.kind === 'speaker') return t('program.clash.speaker', { name: view.names[clash.contactId] ?? '', other: otherTitle(clash.otherId) });
      if (clash.kind === 'room') return t('program.clash.room', { place: clash.place, other: otherTitle(clash.otherId) });
      if (clash.kind === 'arrival') return t('program.clash.arrival', { name: view.names[clash.contactId] ?? '', when: new Date(clash.arrivesAt).toLocaleString(locale) });
      return t(`program.clash.${clash.kind}`);
    });
  const days = Array.from({ length: view.conference.days }, (_, i) => i + 1);
  const unplaced = view.items.filter((item) => item.day === null || item.start === null);

  const card = (item: ProgramRow, lanes?: { lane: number; lanes: number }) => {
    const clashes = clashText(item);
    const people = [...item.speakers, ...item.moderators].map((person) => person.name);
    const time = item.start === null ? '' : `${formatMinuteOfDay(item.start)}–${formatMinuteOfDay((item.start + item.minutes) % 1440)}`;
    const style =
      item.start === null || !lanes
        ? undefined
        : {
            top: (item.start - hours.first * 60) * SCALE,
            height: Math.max(28, item.minutes * SCALE),
            left: `calc(${(lanes.lane * 100) / lanes.lanes}% + 2px)`,
            width: `calc(${100 / lanes.lanes}% - 4px)`,
          };
    return (
      <button
        key={item.id}
        type="button"
        className={`program-item program-${item.status}${clashes.length > 0 ? ' has-clash' : ''}`}
        draggable
        data-testid={`program-item-${item.id}`}
        onDragStart={(event) => {
          event.dataTransfer.setData('text/plain', item.id);
          event.dataTransfer.effectAllowed = 'move';
        }}
        onKeyDown={(event) => onKey(item, event)}
        onClick={() => onEdit(item)}
        style={style}
        aria-description={t('program.moveHint')}
      >
        <span className="program-body">
          <span className="program-head">
            <span className="program-time">{time}</span>
            {/* The kinds of clash in a word each, so even a short card shows it has one; the sentences follow. */}
            {item.clashes.length > 0 && <span className="program-clash-badge">⚠ {[...new Set(item.clashes.map((clash) => t(`program.clashShort.${clash.kind}`)))].join(', ')}</span>}
          </span>
          <strong className="program-title">{title(item)}</strong>
          <span className="program-meta">{[t(`program.status.${item.status}`), item.place, ...people].filter(Boolean).join(' · ')}</span>
          {clashes.map((text) => (
            <span key={text} className="program-clash">
              ⚠ {text}
            </span>
          ))}
        </span>
      </button>
    );
  };
  const dropOn = (day: number) => (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    const item = view.items.find((i) => i.id === event.dataTransfer.getData('text/plain'));
    const start = startAtOffset(event.clientY - event.currentTarget.getBoundingClientRect().top, hours.first);
    if (item) void place(item, day, start);
  };
  const height = (hours.last - hours.first) * 60 * SCALE;
  return (
    <>
      <div className="program-grid" role="group" aria-label={t('program.timetable')}>
        <div className="program-hours" aria-hidden="true">
          {Array.from({ length: hours.last - hours.first }, (_, i) => (
            <div key={i} style={{ height: 60 * SCALE }}>{`${String(hours.first + i).padStart(2, '0')}:00`}</div>
          ))}
        </div>
        {days.map((day) => {
          const date = view.conference.dayDates[day - 1];
          const items = view.items.filter((item) => item.day === day && item.start !== null);
          const lanes = dayLanes(items);
          const name = date ? `${t('program.day', { day })} — ${formatCalendarDate(date, locale)}` : t('program.day', { day });
          return (
            <section key={day} className="program-day" aria-label={name}>
              <h3>{name}</h3>
              <div
                className="program-column"
                data-testid={`program-day-${day}`}
                style={{ height, backgroundSize: `100% ${60 * SCALE}px` }}
                onDragOver={(event) => event.preventDefault()}
                onDrop={dropOn(day)}
              >
                {items.map((item) => card(item, lanes.get(item.id)))}
              </div>
            </section>
          );
        })}
      </div>
      {unplaced.length > 0 && (
        <section className="program-unplaced" aria-label={t('program.unplaced')}>
          <h3>{t('program.unplaced')}</h3>
          {unplaced.map((item) => card(item))}
        </section>
      )}
    </>
  );
}
