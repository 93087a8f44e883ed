import { calendarDaysBetween } from '../dates/calendarDate';
import type { CalendarDate } from '../schemas/common';
import type { Span } from './scheduleSpan';

/**
 * How far a span is from today, in days: "in 45–65 days" (future, from 45 to 65), "today",
 * "any day now, within 12 days" (today falls inside the range), "3–5 days ago" (past).
 */
export type Countdown =
  | { kind: 'future'; from: number; to: number }
  | { kind: 'today' }
  | { kind: 'within'; to: number }
  | { kind: 'past'; from: number; to: number };

export function countdown(span: Span, today: CalendarDate): Countdown {
  const toEarliest = calendarDaysBetween(today, span.earliest);
  const toLatest = calendarDaysBetween(today, span.latest);
  if (toEarliest > 0) return { kind: 'future', from: toEarliest, to: toLatest };
  if (toLatest < 0) return { kind: 'past', from: -toLatest, to: -toEarliest };
  if (toEarliest === 0 && toLatest === 0) return { kind: 'today' };
  return { kind: 'within', to: toLatest };
}
