import { readFile } from 'node:fs/promises';
import type { ProgramExportFormat, ProgramReview } from '../../shared/contracts/programChannels';
import type { CalendarDate } from '../../shared/schemas/common';
import type { Conference } from '../../shared/schemas/conference';
import type { Workspace } from '../../shared/schemas/workspace';
import { calendarFileName } from '../calendar/exportCalendar';
import { phrase } from '../../shared/i18n/Phrase';
import { CommandError } from '../commands/CommandError';
import { decodeText } from '../import/decodeText';
import { nodeFsOps } from '../store/nodeFsOps';
import { writeFileDurable } from '../store/writeFileDurable';
import { programItemsOf, programView } from './programView';
import { reviewProgramCsv } from './reviewProgramCsv';
import { writeProgramCsv } from './writeProgramCsv';
import { writeProgramIcs } from './writeProgramIcs';
import { writeProgramMarkdown } from './writeProgramMarkdown';

/** The program in one of its formats, as text. */
export function programText(ws: Readonly<Workspace>, conference: Conference, format: ProgramExportFormat, today: CalendarDate, now: Date): string {
  const view = programView(ws, conference, today);
  if (format === 'csv') return writeProgramCsv(view);
  if (format === 'ics') return writeProgramIcs(view, now);
  return writeProgramMarkdown(view);
}

/** Writes the program durably (a crash leaves the old file or the new one). */
export async function exportProgram(ws: Readonly<Workspace>, conference: Conference, format: ProgramExportFormat, path: string, today: CalendarDate, now: Date): Promise<{ path: string; items: number }> {
  await writeFileDurable(nodeFsOps, path, programText(ws, conference, format, today, now));
  return { path, items: programItemsOf(ws, conference.id).length };
}

/** "us-russia-sister-cities-summit-program.csv". */
export function programFileName(ws: Readonly<Workspace>, conferenceId: string, format: ProgramExportFormat): string {
  return calendarFileName(ws, conferenceId).replace(/\.ics$/u, `-program.${format}`);
}

/**
 * Reads the partner's edited copy (UTF-8 with or without a BOM, or the code page a Russian Excel
 * saves in) and compares it with the program. Nothing is changed.
 */
export async function reviewProgramFile(ws: Readonly<Workspace>, conference: Conference, path: string): Promise<ProgramReview> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    throw new CommandError('not-found', phrase('program.import.unreadable', { path }));
  }
  const { text } = decodeText(bytes);
  const review = reviewProgramCsv(text, {
    conferenceId: conference.id,
    date: conference.date,
    items: programItemsOf(ws, conference.id),
    organizers: conference.organizerIds.flatMap((id) => {
      const organization = ws.organizations[id];
      return organization ? [{ id, name: organization.name, nameLatin: organization.nameLatin }] : [];
    }),
    newId: () => crypto.randomUUID(),
  });
  return { path, ...review };
}
