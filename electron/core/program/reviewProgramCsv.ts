import type { ProgramChange } from '../../shared/commands/programCommands';
import type { ProgramReviewChange } from '../../shared/contracts/programChannels';
import { calendarDaysBetween } from '../../shared/dates/calendarDate';
import { phrase, type Phrase } from '../../shared/i18n/Phrase';
import { programChangeProblem } from '../../shared/program/programChangeProblem';
import { dateOfDay, isDateFixed, parseMinuteOfDay } from '../../shared/program/programDays';
import type { FuzzyDate } from '../../shared/schemas/fuzzyDate';
import type { ProgramItem, ProgramItemData } from '../../shared/schemas/programItem';
import { parseCsv } from '../csv/parseCsv';
import { unguardCell } from '../export/formulaGuard';
import { columnOfHeader, parseKindCell, parseStatusCell, type ProgramColumn } from './programCsvColumns';

export interface CsvReview {
  changes: ProgramReviewChange[];
  /** New items as they would be created, by the change's id. */
  creates: Record<string, ProgramItemData>;
  skipped: { line: number; reason: Phrase }[];
}

interface Context {
  conferenceId: string;
  date: FuzzyDate | null;
  items: readonly ProgramItem[];
  organizers: readonly { id: string; name: string; nameLatin: string }[];
  newId: () => string;
}

/**
 * Compares the partner's edited copy with the program, row by row: a row without an id is a new
 * item; a row with a known id may change the time, a title or the status. Other cells (a place, a
 * description) are the partner's notes and are not read back; a row that was deleted drops nothing.
 * Nothing is applied here: the user accepts changes one by one, then they run as one program.import.
 */
export function reviewProgramCsv(text: string, context: Context): CsvReview {
  const delimiter = sniffDelimiter(text);
  const [header = [], ...rows] = parseCsv(text, delimiter);
  const columns = header.map(columnOfHeader);
  const byId = new Map(context.items.map((item) => [item.id, item]));
  const review: CsvReview = { changes: [], creates: {}, skipped: [] };
  if (!columns.includes('id') || (!columns.includes('titleEn') && !columns.includes('titleRu'))) {
    review.skipped.push({ line: 1, reason: phrase('program.import.notProgram') });
    return review;
  }
  rows.forEach((row, index) => {
    const line = index + 2;
    if (row.every((cell) => cell.trim() === '')) return;
    const cell = (key: ProgramColumn): string | undefined => {
      const at = columns.indexOf(key);
      return at < 0 ? undefined : unguardCell(row[at] ?? '').trim();
    };
    const id = cell('id') ?? '';
    const current = id ? byId.get(id) : undefined;
    if (id && !current) {
      review.skipped.push({ line, reason: phrase('program.import.unknownId', { line, id }) });
      return;
    }
    const when = readTime(cell, context.date, current ?? null, line);
    if ('error' in when) {
      review.skipped.push({ line, reason: when.error });
      return;
    }
    const statusText = cell('status') ?? '';
    const status = statusText === '' ? null : parseStatusCell(statusText);
    if (statusText !== '' && status === null) {
      review.skipped.push({ line, reason: phrase('program.import.badStatus', { line, text: statusText }) });
      return;
    }
    if (!current) {
      const data = newItem(cell, context, when, status);
      if (data.titleEn === '' && data.titleRu === '') {
        review.skipped.push({ line, reason: phrase('program.import.noTitle', { line }) });
        return;
      }
      const newId = context.newId();
      review.creates[newId] = data;
      const after = { titleEn: data.titleEn, titleRu: data.titleRu, day: data.day, start: data.start, minutes: data.minutes, status: data.status };
      const problem = programChangeProblem({ ...data, status: 'idea' }, { status: data.status, statusReason: data.statusReason });
      review.changes.push({ id: newId, isNew: true, before: null, after, kinds: ['new'], change: {}, problem });
      return;
    }
    const change: ProgramChange = {};
    const kinds: ProgramReviewChange['kinds'] = [];
    const titleEn = cell('titleEn');
    const titleRu = cell('titleRu');
    if (titleEn !== undefined && titleEn !== current.titleEn) change.titleEn = titleEn;
    if (titleRu !== undefined && titleRu !== current.titleRu) change.titleRu = titleRu;
    if (change.titleEn !== undefined || change.titleRu !== undefined) kinds.push('title');
    if (when.day !== current.day) change.day = when.day;
    if (when.start !== current.start) change.start = when.start;
    if (when.minutes !== current.minutes) change.minutes = when.minutes;
    if (change.day !== undefined || change.start !== undefined || change.minutes !== undefined) kinds.push('time');
    if (status !== null && status !== current.status) {
      change.status = status;
      if (status === 'dropped') change.statusReason = cell('statusReason') ?? '';
      kinds.push('status');
    }
    if (kinds.length === 0) return;
    const before = { titleEn: current.titleEn, titleRu: current.titleRu, day: current.day, start: current.start, minutes: current.minutes, status: current.status };
    const problem = programChangeProblem(current, change);
    review.changes.push({ id, isNew: false, before, after: { ...before, ...change }, kinds, change, problem });
  });
  return review;
}

/** The delimiter of the header line: the partner's Excel may save with "," or ";". */
function sniffDelimiter(text: string): ',' | ';' {
  const first = text.slice(0, text.search(/\r?\n|$/u));
  return (first.match(/;/gu)?.length ?? 0) >= (first.match(/,/gu)?.length ?? 0) ? ';' : ',';
}

type Time = { day: number | null; start: number | null; minutes: number } | { error: Phrase };

/** Day, start and length from the row; a changed Date (once the date is fixed) moves the day too. */
function readTime(cell: (key: ProgramColumn) => string | undefined, date: FuzzyDate | null, current: ProgramItem | null, line: number): Time {
  const dayText = cell('day');
  let day: number | null = current?.day ?? null;
  if (dayText !== undefined) {
    const match = /(\d+)/u.exec(dayText);
    day = dayText === '' ? null : match ? Number(match[1]) : NaN;
    if (day !== null && (!Number.isInteger(day) || day < 1 || day > 14)) return { error: phrase('program.import.badDay', { line, text: dayText }) };
  }
  const dateText = cell('date');
  const shownDate = current?.day ? dateOfDay(date, current.day) : null;
  if (dateText && dateText !== shownDate && day === (current?.day ?? null) && isDateFixed(date)) {
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(dateText)) return { error: phrase('program.import.badDate', { line, text: dateText }) };
    day = calendarDaysBetween(date.earliest, dateText) + 1;
    if (day < 1 || day > 14) return { error: phrase('program.import.dateOutside', { line, text: dateText }) };
  }
  const startText = cell('start');
  let start = current?.start ?? null;
  if (startText !== undefined) {
    start = startText === '' ? null : parseMinuteOfDay(startText);
    if (startText !== '' && start === null) return { error: phrase('program.import.badTime', { line, text: startText }) };
  }
  const minutesText = cell('minutes');
  let minutes = current?.minutes ?? 60;
  if (minutesText !== undefined && minutesText !== '') {
    minutes = Number(minutesText);
    if (!Number.isInteger(minutes) || minutes < 5 || minutes > 1440) return { error: phrase('program.import.badMinutes', { line, text: minutesText }) };
  }
  return { day, start, minutes };
}

function newItem(
  cell: (key: ProgramColumn) => string | undefined,
  context: Context,
  when: { day: number | null; start: number | null; minutes: number },
  status: ReturnType<typeof parseStatusCell>,
): ProgramItemData {
  const proposer = cell('proposedBy') ?? '';
  const fold = (s: string) => s.trim().toLocaleLowerCase();
  const proposedBy = proposer ? context.organizers.find((o) => fold(o.name) === fold(proposer) || (o.nameLatin !== '' && fold(o.nameLatin) === fold(proposer))) : undefined;
  // Speakers are names in the partner's words, not contacts: kept in the notes, never lost.
  const people = [cell('speakers'), cell('moderators')].filter((s): s is string => !!s).join('; ');
  const notes = [proposer && !proposedBy ? `Proposed by / Предложил: ${proposer}` : '', people ? `Speakers named by the partner / Выступающие по версии партнёра: ${people}` : ''].filter(Boolean).join('\n');
  const finalStatus = status ?? 'proposed';
  return {
    conferenceId: context.conferenceId,
    titleEn: cell('titleEn') ?? '',
    titleRu: cell('titleRu') ?? '',
    descriptionEn: cell('descriptionEn') ?? '',
    descriptionRu: cell('descriptionRu') ?? '',
    kind: parseKindCell(cell('kind') ?? '') ?? 'panel',
    topics: (cell('topics') ?? '').split(/[;,]/u).map((t) => t.trim()).filter(Boolean).slice(0, 20),
    day: when.day,
    start: when.start,
    minutes: when.minutes,
    place: cell('place') ?? '',
    speakerIds: [],
    moderatorIds: [],
    invitations: {},
    proposedById: proposedBy?.id ?? null,
    status: finalStatus,
    statusReason: finalStatus === 'dropped' ? (cell('statusReason') ?? '') : '',
    notes,
  };
}
