import { formatCalendarDate } from './instantInZone';

/**
 * A birthday or anniversary in the UI's locale: `1961-04-12` as a whole date ("Apr 12, 1961",
 * «12 апр. 1961 г.»), `--04-12` as its day and month alone ("April 12", «12 апреля»: Intl puts
 * them in each language's order), since the year is not known. The caller says so in its words.
 */
export function formatPartialDate(date: string, locale: string): { text: string; hasYear: boolean } {
  if (!date.startsWith('--')) return { text: formatCalendarDate(date, locale), hasYear: true };
  const [month = 1, day = 1] = date.slice(2).split('-').map(Number);
  // 2000 is a leap year, so February 29 without a year is shown too.
  const text = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, day)));
  return { text, hasYear: false };
}
