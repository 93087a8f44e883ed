import type { Workspace } from '../../shared/schemas/workspace';
import { nodeFsOps } from '../store/nodeFsOps';
import { writeFileDurable } from '../store/writeFileDurable';
import { cancellableChunks, slices } from '../tasks/cancellableChunks';
import type { Task } from '../tasks/Task';
import { calendarEvents } from './calendarEvents';
import { writeIcs } from './writeIcs';

/**
 * Writes the ICS file (whole, durably: a crash leaves the old file or the new one). With a task,
 * a cancel before the rename leaves the destination as it was.
 */
export async function exportCalendar(
  ws: Readonly<Workspace>,
  path: string,
  conferenceId: string | null,
  now: Date,
  task?: Task,
): Promise<{ path: string; events: number }> {
  const events = calendarEvents(ws, conferenceId);
  const name = conferenceId ? (ws.conferences[conferenceId]?.name ?? 'Liaison') : 'Liaison';
  task?.setPhase('writing', events.length);
  const text = writeIcs(events, now, name);
  task?.report(events.length);
  await writeFileDurable(nodeFsOps, path, task ? cancellableChunks(slices(Buffer.from(text, 'utf8')), task) : text);
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
