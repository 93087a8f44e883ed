import { format, isSameDay } from 'date-fns';
import type { LockInfo } from './WorkspaceLock';

/** Another Liaison (the app or the `liaison` command) holds the workspace; the message names it. */
export class WorkspaceLockedError extends Error {
  override readonly name = 'WorkspaceLockedError';

  constructor(
    readonly holder: LockInfo,
    readonly sameHost: boolean,
    now: Date = new Date(),
  ) {
    super(`Liaison is already open on this workspace (${describeHolder(holder, sameHost, now)}). Close it first.`);
  }
}

function describeHolder(holder: LockInfo, sameHost: boolean, now: Date): string {
  const who = holder.owner === 'app' ? 'the app' : 'the liaison command';
  const where = sameHost ? '' : ` on ${holder.host}`;
  const started = new Date(holder.startedAt);
  // Local time: the person reading this knows when they opened the app today, not in UTC.
  const since = isSameDay(started, now) ? format(started, 'HH:mm') : format(started, 'd MMM yyyy HH:mm');
  return `${who}${where}, process ${holder.pid}, since ${since}`;
}
