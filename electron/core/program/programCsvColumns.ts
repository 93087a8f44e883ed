import { en } from '../../shared/i18n/en';
import { ru } from '../../shared/i18n/ru';
import { ProgramKindSchema, ProgramStatusSchema, type ProgramKind, type ProgramStatus } from '../../shared/schemas/programItem';

/**
 * The partner's spreadsheet: one row per item, every header in both languages so either side can
 * read it, and a stable item id so an edited copy finds its items again. Columns are found by
 * header on the way back (either language, or both as written), so a partner who moves or deletes
 * a column loses nothing else.
 */
export const programColumns = [
  { key: 'id', header: 'ID' },
  { key: 'day', header: 'Day / День' },
  { key: 'date', header: 'Date / Дата' },
  { key: 'start', header: 'Start / Начало' },
  { key: 'minutes', header: 'Minutes / Минут' },
  { key: 'titleEn', header: 'Title (EN) / Название (англ.)' },
  { key: 'titleRu', header: 'Title (RU) / Название (рус.)' },
  { key: 'descriptionEn', header: 'Description (EN) / Описание (англ.)' },
  { key: 'descriptionRu', header: 'Description (RU) / Описание (рус.)' },
  { key: 'kind', header: 'Kind / Формат' },
  { key: 'topics', header: 'Topics / Темы' },
  { key: 'place', header: 'Place / Место' },
  { key: 'speakers', header: 'Speakers / Выступающие' },
  { key: 'moderators', header: 'Moderators / Модераторы' },
  { key: 'proposedBy', header: 'Proposed by / Предложил' },
  { key: 'status', header: 'Status / Статус' },
  { key: 'statusReason', header: 'Reason / Причина' },
] as const;
export type ProgramColumn = (typeof programColumns)[number]['key'];

const fold = (text: string): string => text.trim().replace(/\s+/gu, ' ').toLocaleLowerCase();

/** Which column a header names: the bilingual header, or either half of it. */
export function columnOfHeader(header: string): ProgramColumn | null {
  const wanted = fold(header);
  for (const column of programColumns) {
    const names = [column.header, ...column.header.split(' / ')].map(fold);
    if (names.includes(wanted)) return column.key;
  }
  return null;
}

/** "Agreed by both / Согласовано сторонами": both languages in one cell. */
export function statusCell(status: ProgramStatus): string {
  return `${en[`program.status.${status}`]} / ${ru[`program.status.${status}`]}`;
}

export function kindCell(kind: ProgramKind): string {
  return `${en[`program.kind.${kind}`]} / ${ru[`program.kind.${kind}`]}`;
}

/** Words a partner may type for a status besides the labels ("согласовано", "ok"). */
const statusWords: Record<string, ProgramStatus> = { согласовано: 'agreed', ok: 'agreed', утверждено: 'confirmed', снято: 'dropped', предложено: 'proposed', идея: 'idea' };

/** A status cell read back: the code, either language's label, both, or a common word; null if none. */
export function parseStatusCell(cell: string): ProgramStatus | null {
  const wanted = fold(cell);
  if (wanted === '') return null;
  for (const status of ProgramStatusSchema.options) {
    const names = [status, en[`program.status.${status}`], ru[`program.status.${status}`], statusCell(status)].map(fold);
    if (names.includes(wanted)) return status;
  }
  return statusWords[wanted] ?? null;
}

export function parseKindCell(cell: string): ProgramKind | null {
  const wanted = fold(cell);
  for (const kind of ProgramKindSchema.options) {
    const names = [kind, en[`program.kind.${kind}`], ru[`program.kind.${kind}`], kindCell(kind)].map(fold);
    if (names.includes(wanted)) return kind;
  }
  return null;
}
