import type { DateLocale } from '../../../electron/shared/dates/formatFuzzyDate';
import { formatFuzzyDate } from '../../../electron/shared/dates/formatFuzzyDate';
import type { Span } from '../../../electron/shared/timelines/scheduleSpan';

/** A computed span in words: "late September – early October 2019", or one day. */
export function spanWords(span: Span, locale: DateLocale): string {
  return formatFuzzyDate({ ...span, precision: span.earliest === span.latest ? 'day' : 'range', uncertain: false, label: '' }, locale);
}
