import type { CommandOf } from '../commands/commandSchemas';
import type { CandidacyStage } from '../schemas/candidacy';
import { checkStageMove, type StageRuleCandidacy } from './stageRules';
import { addCalendarDaysTo } from './todayIn';

/** How long the other candidates may wait to hear the decision. */
export const TELL_THEM_WITHIN_DAYS = 7;

export interface CandidacyMoveRequest {
  id: string;
  stage: CandidacyStage;
  reason: string;
  /** The command's instant. */
  at: string;
  /** Today in the home zone: "tell them" steps fall due a week later. */
  today: string;
  newId: () => string;
}

/**
 * The `candidacy.move` command with everything non-deterministic inside: when the move selects a
 * city, a new task id for each other candidacy still in the race and the date they fall due. The
 * rules are checked again when the command is applied; a move they forbid is still built, so the
 * refusal comes back with its sentence from one place.
 */
export function buildCandidacyMove(
  candidacies: Iterable<StageRuleCandidacy>,
  request: CandidacyMoveRequest,
): CommandOf<'candidacy.move'> {
  const all = [...candidacies];
  const candidacy = all.find((c) => c.id === request.id);
  const verdict = candidacy
    ? checkStageMove({ candidacy, to: request.stage, reason: request.reason, siblings: all, cityName: () => '' })
    : null;
  const tellThem = verdict?.ok ? verdict.tellThem : [];
  return {
    type: 'candidacy.move',
    at: request.at,
    id: request.id,
    stage: request.stage,
    reason: request.reason.trim(),
    tellTasks: tellThem.map((candidacyId) => ({ candidacyId, taskId: request.newId() })),
    tellDue: tellThem.length > 0 ? addCalendarDaysTo(request.today, TELL_THEM_WITHIN_DAYS) : null,
  };
}
