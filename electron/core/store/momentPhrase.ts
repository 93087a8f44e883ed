import { format } from 'date-fns';
import { phrase, type Phrase } from '../../shared/i18n/Phrase';

const MONTHS = [
  'when.month.1',
  'when.month.2',
  'when.month.3',
  'when.month.4',
  'when.month.5',
  'when.month.6',
  'when.month.7',
  'when.month.8',
  'when.month.9',
  'when.month.10',
  'when.month.11',
  'when.month.12',
] as const;

/**
 * A moment as the user reads it, "5 Mar 2026 14:03" in English (date-fns' "d MMM yyyy HH:mm"),
 * with the month a word of the catalog so the UI can say it in Russian. The date's own getters
 * are read: pass a TZDate to word it in a given zone, a plain Date for the system's.
 */
export function momentPhrase(date: Date): Phrase {
  return phrase('when.dateTime', { day: format(date, 'd'), month: phrase(MONTHS[date.getMonth()] ?? 'when.month.1'), year: format(date, 'yyyy'), time: format(date, 'HH:mm') });
}
