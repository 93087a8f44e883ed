import { useId, type KeyboardEvent } from 'react';
import type { ConferenceTimeline, TimelineItem } from '../../../electron/shared/contracts/timelineChannels';
import { addCalendarDays, calendarDate, calendarDaysBetween, splitCalendarDate } from '../../../electron/shared/dates/calendarDate';
import type { DateLocale } from '../../../electron/shared/dates/formatFuzzyDate';
import { formatShortMonth } from '../../../electron/shared/dates/instantInZone';
import type { Span } from '../../../electron/shared/timelines/scheduleSpan';
import { useT } from '../../i18n/useT';
import { spanWords } from './spanWords';
import { labelText } from '../../i18n/labelText';

const WIDTH = 760;
const LABEL = 200;
const RIGHT = 16;
const AXIS = 52;
const ROW = 30;

interface Props {
  timeline: ConferenceTimeline;
  locale: DateLocale;
  onEdit: (item: TimelineItem) => void;
}

/**
 * The timeline drawn as SVG, without a chart library: a months axis, a line for today, spans that
 * are still ranges as bars, dated milestones as diamonds, dependencies as arrows. Every item is a
 * focusable button with a spoken label, so the chart works from the keyboard and a screen reader.
 */
export function TimelineChart({ timeline, locale, onEdit }: Props) {
  const t = useT();
  // An id usable inside url(#…): useId's colons or guillemets are left out.
  const ids = `chart${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const { conference, today, items } = timeline;
  const withSpan = items.filter((item): item is TimelineItem & { span: Span } => item.span !== null);
  const planSpans: Span[] = [...withSpan.filter((item) => item.kind !== 'task').map((item) => item.span), ...(conference.date ? [conference.date] : [])];
  const nearPlan = (span: Span) =>
    planSpans.length === 0 || planSpans.some((s) => Math.abs(calendarDaysBetween(span.earliest, s.latest)) <= 92 || Math.abs(calendarDaysBetween(span.latest, s.earliest)) <= 92 || (span.earliest <= s.latest && s.earliest <= span.latest));
  // A task is dated by when it is due, often today's week: years from the plan it would stretch
  // a 2019 axis to 2026, so it is listed under the chart instead, like an undated one.
  const dated = withSpan.filter((item) => item.kind !== 'task' || nearPlan(item.span));
  const spans: Span[] = [...dated.map((item) => item.span), ...(conference.date ? [conference.date] : [])];
  // Today joins the axis only when it is near the plan; years away, an arrow at the edge points to it.
  const near = nearPlan({ earliest: today, latest: today });
  if (near) spans.push({ earliest: today, latest: today });
  const first = spans.reduce((min, s) => (s.earliest < min ? s.earliest : min), spans[0]?.earliest ?? today);
  const last = spans.reduce((max, s) => (s.latest > max ? s.latest : max), spans[0]?.latest ?? today);
  const start = monthStart(first);
  const end = nextMonthStart(last);
  const totalDays = Math.max(1, calendarDaysBetween(start, end));
  const x = (date: string) => LABEL + (calendarDaysBetween(start, date) / totalDays) * (WIDTH - LABEL - RIGHT);
  const rows = 1 + dated.length;
  const height = AXIS + rows * ROW + 10;
  const rowY = (index: number) => AXIS + index * ROW + ROW / 2;
  const months: { date: string; label: string }[] = [];
  for (let m = start; m < end; m = nextMonthStart(m)) {
    const { year, month } = splitCalendarDate(m);
    const name = formatShortMonth(year, month, locale);
    months.push({ date: m, label: month === 1 || m === start ? `${name} ${year}` : name });
  }
  // Over a long plan, label every second, third, ... month so the labels never overlap: room for
  // the longest label with its year ("сент. 2019" is wider than "Sep 2019"), about 7 units a letter.
  const widest = Math.max(0, ...months.map((m) => `${m.label.split(' ')[0] ?? ''} ${splitCalendarDate(m.date).year}`.length));
  const step = Math.max(1, Math.ceil((widest * 7 + 12) / ((WIDTH - LABEL - RIGHT) / Math.max(1, months.length))));
  const indexOf = new Map(dated.map((item, i) => [item.id, i + 1]));
  const titleOf = (item: TimelineItem) => labelText(t, locale, item.titlePhrase, item.title);
  const statusText = (item: TimelineItem) => `${t(`timelines.status.${item.status}`)}${item.overdue ? `, ${t('timelines.itemOverdue')}` : ''}`;
  const label = (item: TimelineItem & { span: Span }) =>
    t('timelines.itemLabel', { kind: t(`timelines.kind.${item.kind}`), title: titleOf(item), when: spanWords(item.span, locale), status: statusText(item) });
  const activate = (item: TimelineItem) => (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onEdit(item);
    }
  };
  const undated = items.filter((item) => !dated.includes(item as TimelineItem & { span: Span }));
  // Near the right edge the word "Today" is set to the left of its line, or it would be cut.
  const todayAtEdge = x(today) > WIDTH - RIGHT - 72;

  return (
    <div className="timeline-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="group" aria-label={t('timelines.chart', { name: conference.name })}>
        <defs>
          <marker id="timeline-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" className="dependency-head" />
          </marker>
          {/* Row labels share the left margin: a longer title fades out at its edge. The whole title
              stays in the text, so what is seen is part of the button's spoken name (axe's
              label-content-name-mismatch failed on a title cut mid-word with "…"). */}
          <linearGradient id={`${ids}-fade`} x1="0" x2={LABEL - 8} y1="0" y2="0" gradientUnits="userSpaceOnUse">
            <stop offset="0.86" stopColor="white" />
            <stop offset="1" stopColor="black" />
          </linearGradient>
          <mask id={`${ids}-label`} maskUnits="userSpaceOnUse" x="0" y="0" width={LABEL - 8} height={height}>
            <rect x="0" y="0" width={LABEL - 8} height={height} fill={`url(#${ids}-fade)`} />
          </mask>
        </defs>
        <g aria-hidden="true">
          {months.map((m, i) =>
            i % step === 0 ? (
              <g key={m.date}>
                <line x1={x(m.date)} x2={x(m.date)} y1={AXIS - 8} y2={height - 6} className="month-line" />
                <text x={x(m.date) + 4} y={AXIS - 14} className="month-label">
                  {step > 1 ? `${m.label.split(' ')[0] ?? ''} ${splitCalendarDate(m.date).year}` : m.label}
                </text>
              </g>
            ) : null,
          )}
        </g>
        {conference.date && (
          <g role="img" aria-label={`${conference.name}: ${spanWords(conference.date, locale)}`}>
            <text x={8} y={rowY(0) + 4} className="row-label row-label-conference" mask={`url(#${ids}-label)`}>
              {conference.name}
            </text>
            <rect
              x={x(conference.date.earliest)}
              y={rowY(0) - 9}
              width={Math.max(3, x(addCalendarDays(conference.date.latest, 1)) - x(conference.date.earliest))}
              height={18}
              rx={4}
              className={conference.date.earliest === conference.date.latest ? 'bar bar-conference' : 'bar bar-conference bar-tentative'}
            />
          </g>
        )}
        <g aria-hidden="true">
          {dated.flatMap((item) =>
            item.dependsOnIds.flatMap((depId) => {
              const dep = dated.find((d) => d.id === depId);
              const from = indexOf.get(depId);
              const to = indexOf.get(item.id);
              if (!dep || from === undefined || to === undefined) return [];
              const x1 = x(addCalendarDays(dep.span.latest, 1));
              const x2 = x(item.span.earliest);
              return [
                <path
                  key={`${depId}-${item.id}`}
                  d={`M ${x1} ${rowY(from)} C ${x1 + 24} ${rowY(from)}, ${x2 - 24} ${rowY(to)}, ${x2} ${rowY(to)}`}
                  className="dependency-line"
                  markerEnd="url(#timeline-arrow)"
                />,
              ];
            }),
          )}
        </g>
        {dated.map((item, i) => {
          const y = rowY(i + 1);
          const x1 = x(item.span.earliest);
          const x2 = x(addCalendarDays(item.span.latest, 1));
          const single = item.span.earliest === item.span.latest;
          const classes = `timeline-item${item.overdue ? ' is-overdue' : ''}${item.status === 'done' ? ' is-done' : ''}`;
          return (
            <g key={item.id} className={classes} role="button" tabIndex={0} aria-label={label(item)} onClick={() => onEdit(item)} onKeyDown={activate(item)}>
              <rect x={0} y={y - ROW / 2} width={WIDTH} height={ROW} className="row-hit" />
              <text x={8} y={y + 4} className="row-label" mask={`url(#${ids}-label)`}>
                {titleOf(item)}
              </text>
              {single && item.kind === 'milestone' ? (
                <polygon points={`${x1},${y - 9} ${x1 + 9},${y} ${x1},${y + 9} ${x1 - 9},${y}`} className="milestone-diamond" />
              ) : (
                <rect x={x1} y={y - 7} width={Math.max(4, x2 - x1)} height={14} rx={3} className={single ? 'bar' : 'bar bar-tentative'} />
              )}
            </g>
          );
        })}
        {today >= start && today < end ? (
          <g aria-hidden="true">
            <line x1={x(today)} x2={x(today)} y1={AXIS - 6} y2={height - 6} className="today-line" />
            <text x={todayAtEdge ? x(today) - 4 : x(today) + 4} y={height - 10} className="today-label" textAnchor={todayAtEdge ? 'end' : 'start'}>
              {t('timelines.today')}
            </text>
          </g>
        ) : (
          <text aria-hidden="true" x={today >= end ? WIDTH - RIGHT : LABEL} y={AXIS - 34} className="today-label" textAnchor={today >= end ? 'end' : 'start'}>
            {today >= end ? `${t('timelines.today')} →` : `← ${t('timelines.today')}`}
          </text>
        )}
      </svg>
      {undated.length > 0 && (
        <div className="undated">
          <h4>{t('timelines.undated')}</h4>
          <ul>
            {undated.map((item) => (
              <li key={item.id}>
                <button type="button" className="button button-quiet" onClick={() => onEdit(item)}>
                  {item.span ? `${titleOf(item)} (${spanWords(item.span, locale)})` : item.schedule?.kind === 'relative' ? t('timelines.undatedReason', { title: titleOf(item), days: item.schedule.daysBefore }) : titleOf(item)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function monthStart(date: string): string {
  const { year, month } = splitCalendarDate(date);
  return calendarDate(year, month, 1);
}

function nextMonthStart(date: string): string {
  const { year, month } = splitCalendarDate(date);
  return month === 12 ? calendarDate(year + 1, 1, 1) : calendarDate(year, month + 1, 1);
}

