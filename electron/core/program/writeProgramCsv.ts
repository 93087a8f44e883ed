import type { ProgramView } from '../../shared/contracts/programChannels';
import { formatMinuteOfDay } from '../../shared/program/programDays';
import { guardCell } from '../export/formulaGuard';
import { writeCsvRow } from '../export/writeCsvRow';
import { kindCell, programColumns, statusCell, type ProgramColumn } from './programCsvColumns';

/**
 * The bilingual spreadsheet for the partner: a UTF-8 BOM (so Excel reads Cyrillic as Cyrillic),
 * ";" between cells (Excel in a Russian locale splits on it; readTheirCopy accepts "," too, for a
 * partner whose Excel saves that way), every cell guarded against formulas.
 */
export function writeProgramCsv(view: ProgramView): string {
  let text = '\uFEFF' + writeCsvRow(programColumns.map((c) => c.header), ';');
  for (const item of view.items) {
    const people = (list: typeof item.speakers) => list.map((p) => (p.latinName && p.latinName !== p.name ? `${p.name} (${p.latinName})` : p.name)).join('; ');
    const cells: Record<ProgramColumn, string> = {
      id: item.id,
      day: item.day === null ? '' : String(item.day),
      date: item.date ?? '',
      start: item.start === null ? '' : formatMinuteOfDay(item.start),
      minutes: String(item.minutes),
      titleEn: item.titleEn,
      titleRu: item.titleRu,
      descriptionEn: item.descriptionEn,
      descriptionRu: item.descriptionRu,
      kind: kindCell(item.kind),
      topics: item.topics.join('; '),
      place: item.place,
      speakers: people(item.speakers),
      moderators: people(item.moderators),
      proposedBy: item.proposedBy?.name ?? '',
      status: statusCell(item.status),
      statusReason: item.statusReason,
    };
    text += writeCsvRow(programColumns.map((c) => guardCell(cells[c.key])), ';');
  }
  return text;
}
