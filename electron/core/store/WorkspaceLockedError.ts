import { format, isSameDay } from 'date-fns';
import { englishText, phrase, type Phrase } from '../../shared/i18n/Phrase';
import type { LockHolder, Verdict } from './lock/judgeHolder';
import { momentPhrase } from './momentPhrase';

/**
 * Another Liaison (the app or the `liaison` command) holds the workspace, or held it and is proven
 * gone while the caller asked to be told first (`verdict.kind === 'gone'`: the app offers "Open
 * anyway"). The message names the holder and since when.
 */
export class WorkspaceLockedError extends Error {
  override readonly name = 'WorkspaceLockedError';
  /** The sentence in no language yet, for a UI; `.message` is its English. */
  readonly phrase: Phrase;

  constructor(
    readonly holder: LockHolder,
    readonly verdict: Verdict,
    now: Date = new Date(),
  ) {
    const said = lockedPhrase(holder, verdict, now);
    super(englishText(said));
    this.phrase = said;
  }

  /** Whether the holder is proven gone, so opening anyway cannot meet a second writer. */
  get holderGone(): boolean {
    return this.verdict.kind === 'gone';
  }
}

function lockedPhrase(holder: LockHolder, verdict: Verdict, now: Date): Phrase {
  const who = describeHolder(holder, verdict.kind === 'unknown', now);
  if (verdict.kind === 'gone') return phrase(verdict.why === 'rebooted' ? 'locked.goneRebooted' : 'locked.gone', { holder: who });
  return phrase('locked.open', { holder: who });
}

function describeHolder(holder: LockHolder, elsewhere: boolean, now: Date): Phrase {
  const started = new Date(holder.startedAt);
  // Local time: the person reading this knows when they opened the app today, not in UTC.
  const since = isSameDay(started, now) ? format(started, 'HH:mm') : momentPhrase(started);
  const params = { pid: String(holder.pid), since };
  if (!elsewhere) return phrase(holder.owner === 'app' ? 'locked.app' : 'locked.cli', params);
  return phrase(holder.owner === 'app' ? 'locked.appOn' : 'locked.cliOn', { ...params, host: holder.host });
}
