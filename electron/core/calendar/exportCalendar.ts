import type { Workspace } from '../../shared/schemas/workspace';
import { nodeFsOps } from '../store/nodeFsOps';
import { writeFileDurable } from '../store/writeFileDurable';
import { calendarEvents } from './calendarEvents';
import { writeIcs } from './writeIcs';

/** Writes the ICS file (whole, durably: a crash leaves the old file or the new one). */
export async function exportCalendar(ws: Readonly<Workspace>, path: string, conferenceId: string | null, now: Date): Promise<{ path: string; events: number }> {
  const events = calendarEvents(ws, conferenceId);
  const name = conferenceId ? (ws.conferences[conferenceId]?.name ?? 'Liaison') : 'Liaison';
  await writeFileDurable(nodeFsOps, path, writeIcs(events, now, name));
  return { path, events: events.length };
}

/** "us-russia-sister-cities-summit.ics": a file name from the conference name. */
export function calendarFileName(ws: Readonly<Workspace>, conferenceId: string | null): string {
  const name = conferenceId ? (ws.conferences[conferenceId]?.name ?? '') : '';
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'liaison-calendar'}.ics`;
}
