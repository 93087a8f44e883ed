import type { FuzzyDate } from '../schemas/fuzzyDate';
import { daysInMonth, splitCalendarDate } from './calendarDate';

export type DateLocale = 'en' | 'ru';

const monthNames = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ru: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
} as const;
/** Russian needs the genitive after a day or a part: "3 октября", "конец сентября". */
const russianGenitive = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'] as const;
const seasonNames = {
  en: { 12: 'winter', 3: 'spring', 6: 'summer', 9: 'autumn' },
  ru: { 12: 'зима', 3: 'весна', 6: 'лето', 9: 'осень' },
} as const;
const partNames = {
  en: { early: 'early', mid: 'mid', late: 'late' },
  ru: { early: 'начало', mid: 'середина', late: 'конец' },
} as const;
const romanQuarters = ['I', 'II', 'III', 'IV'] as const;
const dash = ' – ';

/**
 * A fuzzy date in words, in the UI language: "late September – early October 2019",
 * "конец сентября – начало октября 2019", "probably 2020", "Q3 2020", "winter 2019–2020".
 * Built from the span, not the label, so it reads the same however the user typed it, and
 * `parseFuzzyDate` reads the result back to the same span.
 */
export function formatFuzzyDate(date: FuzzyDate, locale: DateLocale): string {
  const words = describeSpan(date, locale);
  if (!date.uncertain) return words;
  return locale === 'ru' ? `вероятно, ${words}` : `probably ${words}`;
}

function describeSpan(date: FuzzyDate, locale: DateLocale): string {
  const a = splitCalendarDate(date.earliest);
  const b = splitCalendarDate(date.latest);
  const startsMonth = a.day === 1;
  const endsMonth = b.day === daysInMonth(b.year, b.month);
  const monthsLong = (b.year - a.year) * 12 + (b.month - a.month) + 1;

  if (date.precision === 'season' && startsMonth && endsMonth && monthsLong === 3 && a.month in seasonNames.en) {
    const name = seasonNames[locale][a.month as 12 | 3 | 6 | 9];
    return a.month === 12 ? `${name} ${a.year}–${b.year}` : `${name} ${a.year}`;
  }
  if (date.precision === 'quarter' && startsMonth && endsMonth && monthsLong === 3 && a.year === b.year && (a.month - 1) % 3 === 0) {
    const quarter = (a.month - 1) / 3;
    return locale === 'ru' ? `${romanQuarters[quarter]} квартал ${a.year}` : `Q${quarter + 1} ${a.year}`;
  }
  if (startsMonth && endsMonth && a.month === 1 && b.month === 12) return a.year === b.year ? yearWord(a.year, locale) : `${a.year}–${b.year}`;

  const sameYear = a.year === b.year;
  if (date.earliest === date.latest) return withYear(dayWords(a.month, a.day, locale), a.year, locale);
  if (sameYear && a.month === b.month) {
    const part = partOf(a.day, b.day, daysInMonth(a.year, a.month));
    if (part) return withYear(partWords(part, a.month, locale), a.year, locale);
    if (startsMonth && endsMonth) return withYear(monthNames[locale][a.month - 1] ?? '', a.year, locale);
    if (locale === 'ru') return `${a.day}–${b.day} ${russianGenitive[a.month - 1]} ${a.year}`;
    return `${monthNames.en[a.month - 1]} ${a.day}–${b.day}, ${a.year}`;
  }
  const from = startWords(a.year, a.month, a.day, locale);
  const to = endWords(b.year, b.month, b.day, locale);
  return sameYear ? withYear(`${from}${dash}${to}`, a.year, locale) : `${withYear(from, a.year, locale)}${dash}${withYear(to, b.year, locale)}`;
}

type Part = 'early' | 'mid' | 'late';

function partOf(first: number, last: number, monthLength: number): Part | undefined {
  if (first === 1 && last === 10) return 'early';
  if (first === 11 && last === 20) return 'mid';
  if (first === 21 && last === monthLength) return 'late';
  return undefined;
}

function partWords(part: Part, month: number, locale: DateLocale): string {
  return locale === 'ru' ? `${partNames.ru[part]} ${russianGenitive[month - 1]}` : `${partNames.en[part]} ${monthNames.en[month - 1]}`;
}

function dayWords(month: number, day: number, locale: DateLocale): string {
  return locale === 'ru' ? `${day} ${russianGenitive[month - 1]}` : `${monthNames.en[month - 1]} ${day}`;
}

/** The opening end of a range is named by where it starts: the 21st opens "late September". */
function startWords(year: number, month: number, day: number, locale: DateLocale): string {
  if (day === 1) return monthNames[locale][month - 1] ?? '';
  if (day === 11) return partWords('mid', month, locale);
  if (day === 21) return partWords('late', month, locale);
  return dayWords(month, day, locale);
}

/** The closing end is named by where it ends: the 10th closes "early October". */
function endWords(year: number, month: number, day: number, locale: DateLocale): string {
  if (day === daysInMonth(year, month)) return monthNames[locale][month - 1] ?? '';
  if (day === 10) return partWords('early', month, locale);
  if (day === 20) return partWords('mid', month, locale);
  return dayWords(month, day, locale);
}

function withYear(words: string, year: number, locale: DateLocale): string {
  // "October 3, 2019" reads better with a comma; the other English forms take none.
  if (locale === 'en' && /\d$/.test(words)) return `${words}, ${year}`;
  return `${words} ${year}`;
}

function yearWord(year: number, locale: DateLocale): string {
  return locale === 'ru' ? `${year} год` : String(year);
}
