import type { FuzzyDate, FuzzyPrecision } from '../schemas/fuzzyDate';
import { calendarDate, daysInMonth, isValidCalendarDate } from './calendarDate';
import type { Part, Season } from './fuzzyDateWords';
import { isFiller, isHedge, isLastWord, isQuarterWord, isRangeWord, isWeekWord, monthOf, ordinalOf, partOf, seasonOf } from './fuzzyDateWords';

export type ParseFuzzyDateResult = { ok: true; value: FuzzyDate } | { ok: false; reason: string };

/**
 * Reads a date as people write it when they only half know it, in English or Russian:
 * "2019-10-03", "October 2019", "first week of October 2019" («первая неделя октября 2019»), "late Sep – early Oct 2019", "2019-09/2019-10", "autumn 2020",
 * "2020?", "Q3 2020", "конец сентября – начало октября 2019", "осень 2020".
 *
 * Our own tokenizer and grammar rather than chrono-node: chrono reads instants in running text,
 * not spans, and knows neither seasons, quarters, "early/mid/late" nor Russian month cases.
 * Conventions (DESIGN.md): early = days 1–10, mid = 11–20, late = 21–end; seasons are northern
 * meteorological ("winter 2020" = 2019-12-01..2020-02-29); "?" or a hedge word ("probably",
 * "вероятно", "может быть") sets `uncertain`. A date with no year is the next one that has not
 * ended by `now`.
 */
export function parseFuzzyDate(text: string, now: Date = new Date()): ParseFuzzyDateResult {
  const label = text.trim().replace(/\s+/g, ' ');
  const refuse = (why: string): ParseFuzzyDateResult => ({
    ok: false,
    reason: `“${label.length > 60 ? `${label.slice(0, 60)}…` : label}” is not a date Liaison can read: ${why}. Try “October 2019”, “late September – early October 2019”, “Q3 2020” or “2019-10-03”.`,
  });
  if (label === '') return { ok: false, reason: 'Enter a date, for example “October 2019”, “late September – early October 2019”, “Q3 2020” or “2019-10-03”.' };
  if (label.length > 200) return refuse('it is longer than 200 characters');

  const tokens = tokenize(label);
  if ('why' in tokens) return refuse(tokens.why);
  const read = readPieces(tokens.list);
  if ('why' in read) return refuse(read.why);
  const span = resolveSpan(read.pieces, now);
  if ('why' in span) return refuse(span.why);
  return { ok: true, value: { ...span, uncertain: read.uncertain, label } };
}

type Token =
  | { kind: 'word'; text: string }
  | { kind: 'number'; value: number; text: string }
  | { kind: 'year'; value: number }
  | { kind: 'iso'; year: number; month: number; day?: number; text: string }
  | { kind: 'quarter'; value: number }
  | { kind: 'separator' }
  | { kind: 'hedge' };

type Failure = { why: string };

const scanners: readonly [RegExp, (match: RegExpExecArray) => Token | Failure | null][] = [
  [/(?:[\s,]|\.(?!\.))+/y, () => null],
  [/(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/y, (m) => ({ kind: 'iso', year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), text: m[0] })],
  [/(\d{4})-(\d{1,2})(?![\d-])/y, (m) => ({ kind: 'iso', year: Number(m[1]), month: Number(m[2]), text: m[0] })],
  [/(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/y, (m) => ({ kind: 'iso', year: Number(m[3]), month: Number(m[2]), day: Number(m[1]), text: m[0] })],
  [/\d{1,2}\/\d{1,2}\/\d{2,4}/y, (m) => ({ why: `“${m[0]}” could be read month-first or day-first; write it as year-month-day (2019-10-03) or with the month’s name` })],
  [/q([1-4])(?![\p{L}\d])/uy, (m) => ({ kind: 'quarter', value: Number(m[1]) })],
  [/([1-4])q(?![\p{L}\d])/uy, (m) => ({ kind: 'quarter', value: Number(m[1]) })],
  [/\d{4}(?![\p{L}\d])/uy, (m) => ({ kind: 'year', value: Number(m[0]) })],
  [/(\d{1,2})(?:st|nd|rd|th|-?(?:го|е|й|м|ое))?(?![\p{L}\d])/uy, (m) => ({ kind: 'number', value: Number(m[1]), text: m[0] })],
  [/\p{L}+/uy, (m) => ({ kind: 'word', text: m[0] })],
  [/[–—‒―-]+|\/|\.\.|…/y, () => ({ kind: 'separator' })],
  [/\?+/y, () => ({ kind: 'hedge' })],
];

function tokenize(label: string): { list: Token[] } | Failure {
  // "mid-September", "может быть": joined words that the grammar reads as two.
  const text = label
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[“”«»"']/g, ' ')
    .replace(/\b(mid|early|late)-(?=\p{L}|\d)/gu, '$1 ')
    .replace(/может\s+быть/g, 'вероятно');
  const list: Token[] = [];
  let at = 0;
  scan: while (at < text.length) {
    for (const [pattern, make] of scanners) {
      pattern.lastIndex = at;
      const match = pattern.exec(text);
      if (!match) continue;
      at = pattern.lastIndex;
      const token = make(match);
      if (token && 'why' in token) return token;
      if (token) list.push(token);
      continue scan;
    }
    const rest = text.slice(at);
    const bad = /^\d+/.exec(rest)?.[0] ?? rest.charAt(0);
    return { why: /^\d+$/.test(bad) ? `“${bad}” is neither a day (1–31) nor a year` : `“${bad}” is not part of any date` };
  }
  return { list };
}

interface Piece {
  part?: Part;
  /** A week of the month: 1–4 counted from its first day, 5 for its last seven days. */
  week?: number;
  day?: number;
  month?: number;
  season?: Season;
  quarter?: number;
  year?: number;
}

function readPieces(tokens: Token[]): { pieces: Piece[]; uncertain: boolean } | Failure {
  const pieces: Piece[] = [];
  let piece: Piece = {};
  let uncertain = false;
  const set = <K extends keyof Piece>(key: K, value: Piece[K], what: string): Failure | null => {
    if (piece[key] !== undefined) return { why: `it names ${what} twice without “–” or “to” between them` };
    piece[key] = value;
    return null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) break;
    const next = tokens[i + 1];
    const quarterFollows = next?.kind === 'word' && isQuarterWord(next.text);
    let failure: Failure | null = null;
    switch (token.kind) {
      case 'hedge':
        uncertain = true;
        break;
      case 'separator':
        if (Object.keys(piece).length === 0) return { why: pieces.length === 0 ? 'it starts with a range mark but no date before it' : 'it has two range marks in a row' };
        pieces.push(piece);
        piece = {};
        if (pieces.length > 1) return { why: 'it has more than two ends; a range is “from – to”' };
        break;
      case 'year':
        failure = set('year', token.value, 'a year');
        break;
      case 'iso':
        if (!isValidCalendarDate(token.year, token.month, token.day ?? 1)) return { why: `“${token.text}” is not a ${token.day === undefined ? 'month' : 'day'} of the calendar` };
        failure = set('year', token.year, 'a year') ?? set('month', token.month, 'a month') ?? (token.day === undefined ? null : set('day', token.day, 'a day'));
        break;
      case 'quarter':
        failure = set('quarter', token.value, 'a quarter');
        break;
      case 'number':
        if (quarterFollows && token.value >= 1 && token.value <= 4) {
          failure = set('quarter', token.value, 'a quarter');
          i++;
        } else if (token.value >= 1 && token.value <= 31) failure = set('day', token.value, 'a day');
        else return { why: `“${token.text}” is neither a day (1–31) nor a year` };
        break;
      case 'word': {
        const word = token.text;
        const ordinal = ordinalOf(word);
        const weekFollows = next?.kind === 'word' && isWeekWord(next.text);
        if (weekFollows && (ordinal !== undefined || isLastWord(word))) {
          failure = set('week', ordinal ?? 5, 'a week');
          i++;
        } else if (quarterFollows && ordinal !== undefined) {
          failure = set('quarter', ordinal, 'a quarter');
          i++;
        } else if (isQuarterWord(word)) return { why: 'it says “quarter” without which one (Q1–Q4)' };
        else if (isHedge(word)) uncertain = true;
        else if (isRangeWord(word)) {
          if (Object.keys(piece).length === 0) return { why: `“${word}” has no date before it` };
          pieces.push(piece);
          piece = {};
          if (pieces.length > 1) return { why: 'it has more than two ends; a range is “from – to”' };
        } else if (isFiller(word)) break;
        else {
          const month = monthOf(word);
          const season = seasonOf(word);
          const part = partOf(word);
          if (month !== undefined) failure = set('month', month, 'a month');
          else if (season !== undefined) failure = set('season', season, 'a season');
          else if (part !== undefined) failure = set('part', part, '“early”, “mid” or “late”');
          else return { why: `“${word}” is not a month, season, quarter or year` };
        }
        break;
      }
    }
    if (failure) return failure;
  }
  if (Object.keys(piece).length === 0) {
    if (pieces.length === 0) return { why: 'it has no month, season, quarter or year in it' };
    return { why: 'the range has no second end' };
  }
  pieces.push(piece);
  return { pieces, uncertain };
}

interface Span {
  earliest: string;
  latest: string;
  precision: FuzzyPrecision;
}

const seasonStart: Record<Season, number> = { winter: 12, spring: 3, summer: 6, autumn: 9 };
const partDays: Record<Part, [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, 31] };
const partMonthsOfYear: Record<Part, [number, number]> = { early: [1, 4], mid: [5, 8], late: [9, 12] };

/** The span of one end of a range, in the given year. */
function resolvePiece(piece: Piece, year: number): Span | Failure {
  const { part, day, month, season, quarter, week } = piece;
  if (week !== undefined && (month === undefined || day !== undefined || part !== undefined || season !== undefined || quarter !== undefined)) {
    return { why: month === undefined ? 'a week needs its month (“first week of October 2019”)' : 'a week cannot be combined with a day or “early/late”' };
  }
  const monthSpan = (y: number, from: number, to: number): [string, string] => [calendarDate(y, from, 1), calendarDate(y, to, daysInMonth(y, to))];
  if (quarter !== undefined) {
    if (part !== undefined || day !== undefined || month !== undefined || season !== undefined) return { why: 'a quarter cannot be combined with a month, season or “early/late”' };
    const [earliest, latest] = monthSpan(year, quarter * 3 - 2, quarter * 3);
    return { earliest, latest, precision: 'quarter' };
  }
  if (season !== undefined) {
    if (day !== undefined || month !== undefined) return { why: 'a season cannot be combined with a month or a day' };
    // Winter belongs to the year it ends in: "winter 2020" is December 2019 to February 2020.
    const first = seasonStart[season];
    const offset = part === undefined ? [0, 2] : { early: [0, 0], mid: [1, 1], late: [2, 2] }[part];
    const monthAt = (k: number): { y: number; m: number } => {
      const absolute = (season === 'winter' ? year - 1 : year) * 12 + (first - 1) + k;
      return { y: Math.floor(absolute / 12), m: (absolute % 12) + 1 };
    };
    const from = monthAt(offset[0] ?? 0);
    const to = monthAt(offset[1] ?? 2);
    return { earliest: calendarDate(from.y, from.m, 1), latest: calendarDate(to.y, to.m, daysInMonth(to.y, to.m)), precision: 'season' };
  }
  if (month !== undefined) {
    if (day !== undefined) {
      if (part !== undefined) return { why: 'a day cannot be combined with “early”, “mid” or “late”' };
      if (!isValidCalendarDate(year, month, day)) return { why: `${year}-${String(month).padStart(2, '0')} has no day ${day}` };
      const date = calendarDate(year, month, day);
      return { earliest: date, latest: date, precision: 'day' };
    }
    if (week !== undefined) {
      const last = daysInMonth(year, month);
      const [from, to] = week === 5 ? [last - 6, last] : [(week - 1) * 7 + 1, week * 7];
      return { earliest: calendarDate(year, month, from), latest: calendarDate(year, month, to), precision: 'part-of-month' };
    }
    if (part !== undefined) {
      const [from, to] = partDays[part];
      return { earliest: calendarDate(year, month, from), latest: calendarDate(year, month, Math.min(to, daysInMonth(year, month))), precision: 'part-of-month' };
    }
    const [earliest, latest] = monthSpan(year, month, month);
    return { earliest, latest, precision: 'month' };
  }
  if (day !== undefined) return { why: `the day ${day} has no month` };
  if (part !== undefined) {
    if (piece.year === undefined) return { why: `“${part}” needs a month, season or year after it` };
    const [earliest, latest] = monthSpan(year, ...partMonthsOfYear[part]);
    return { earliest, latest, precision: 'range' };
  }
  const [earliest, latest] = monthSpan(year, 1, 12);
  return { earliest, latest, precision: 'year' };
}

function resolveSpan(pieces: Piece[], now: Date): Span | Failure {
  let [left, right] = pieces;
  if (!left) return { why: 'it has no date in it' };
  // "зима 2019–2020", "winter 2019/2020": one winter named by both its years.
  if (right && left.season === 'winter' && left.year !== undefined && right.year === left.year + 1 && Object.keys(right).length === 1) {
    left = { ...left, year: right.year };
    right = undefined;
  }
  if (!right) {
    const only = left;
    if (only.year !== undefined) return resolvePiece(only, only.year);
    return withNextYear(now, (year) => resolvePiece(only, year));
  }
  // "3–5 October", "October 3–5", "early to mid October": an end borrows the other's month.
  const bare = (p: Piece): boolean => p.month === undefined && p.season === undefined && p.quarter === undefined;
  if (bare(left) && (left.day !== undefined || left.part !== undefined) && right.month !== undefined) left = { ...left, month: right.month };
  if (bare(right) && (right.day !== undefined || right.part !== undefined) && left.month !== undefined) right = { ...right, month: left.month };
  const l = left;
  const r = right;
  const both = (leftYear: number, rightYear: number): Span | Failure => {
    const a = resolvePiece(l, leftYear);
    if ('why' in a) return a;
    const b = resolvePiece(r, rightYear);
    if ('why' in b) return b;
    if (a.earliest > b.latest) return { why: `its first end (${a.earliest}) is after its second (${b.latest})` };
    return { earliest: a.earliest, latest: b.latest, precision: 'range' };
  };
  // An end with no year takes the other's; "December – January 2020" crosses into the year before.
  const crossing = (year: number, shift: number, other: Span | Failure, mine: Piece): number => {
    const attempt = resolvePiece(mine, year);
    if ('why' in attempt || 'why' in other) return year;
    return shift < 0 ? (attempt.earliest > other.earliest ? year - 1 : year) : attempt.latest < other.latest ? year + 1 : year;
  };
  if (l.year !== undefined && r.year !== undefined) return both(l.year, r.year);
  if (r.year !== undefined) return both(crossing(r.year, -1, resolvePiece(r, r.year), l), r.year);
  if (l.year !== undefined) return both(l.year, crossing(l.year, 1, resolvePiece(l, l.year), r));
  return withNextYear(now, (year) => {
    const leftYear = crossing(year, -1, resolvePiece(r, year), l);
    return both(leftYear, year);
  });
}

/** For a date written without a year: this year's, unless it has already ended, then next year's. */
function withNextYear(now: Date, resolve: (year: number) => Span | Failure): Span | Failure {
  const today = calendarDate(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
  const thisYear = resolve(now.getUTCFullYear());
  if ('why' in thisYear || thisYear.latest >= today) return thisYear;
  return resolve(now.getUTCFullYear() + 1);
}
