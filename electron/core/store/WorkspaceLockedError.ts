import { format, isSameDay } from 'date-fns';
import { englishText, phrase, type Phrase } from '../../shared/i18n/Phrase';
import { momentPhrase } from './momentPhrase';
import type { LockInfo } from './WorkspaceLock';

/** Another Liaison (the app or the `liaison` command) holds the workspace; the message names it. */
export class WorkspaceLockedError extends Error {
  override readonly name = 'WorkspaceLockedError';
  /** The sentence in no language yet, for a UI; `.message` is its English. */
  readonly phrase: Phrase;

  constructor(
    readonly holder: LockInfo,
    readonly sameHost: boolean,
    now: Date = new Date(),
  ) {
    const said = phrase('locked.open', { holder: describeHolder(holder, sameHost, now) });
    super(englishText(said));
    this.phrase = said;
  }
}

function describeHolder(holder: LockInfo, sameHost: boolean, now: Date): Phrase {
  const started = new Date(holder.startedAt);
  // Local time: the person reading this knows when they opened the app today, not in UTC.
  const since = isSameDay(started, now) ? format(started, 'HH:mm') : momentPhrase(started);
  const params = { pid: String(holder.pid), since };
  if (sameHost) return phrase(holder.owner === 'app' ? 'locked.app' : 'locked.cli', params);
  return phrase(holder.owner === 'app' ? 'locked.appOn' : 'locked.cliOn', { ...params, host: holder.host });
}
