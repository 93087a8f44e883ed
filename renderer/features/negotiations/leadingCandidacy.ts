import type { ComparisonColumn } from '../../../electron/shared/contracts/negotiationChannels';
import { isOutOfRace } from '../../../electron/shared/negotiations/candidacyStages';

/**
 * The candidacy Compare marks as leading: the highest score among cities still in the race. None
 * while nothing is rated or two share the top score, since "leading" on a tie would pick one by
 * the order of the columns.
 */
export function leadingCandidacy(columns: readonly ComparisonColumn[]): string | null {
  const scored = columns.filter((c) => !isOutOfRace(c.stage) && c.score.score !== null);
  const top = Math.max(...scored.map((c) => c.score.score ?? 0));
  const leaders = scored.filter((c) => c.score.score === top);
  return leaders.length === 1 ? (leaders[0]?.candidacyId ?? null) : null;
}
