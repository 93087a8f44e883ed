import type { CandidacyStage } from '../schemas/candidacy';
import { candidacyStageNames, isOutOfRace } from './candidacyStages';

/** The part of a candidacy the stage rules look at. */
export interface StageRuleCandidacy {
  id: string;
  conferenceId: string;
  cityId: string;
  stage: CandidacyStage;
}

export interface StageMove {
  candidacy: StageRuleCandidacy;
  to: CandidacyStage;
  reason: string;
  /** Every candidacy of the same conference, the moving one included or not. */
  siblings: readonly StageRuleCandidacy[];
  /** The city's name as the user knows it, for the sentences. */
  cityName: (cityId: string) => string;
}

export type StageRule = 'same-stage' | 'reason-required' | 'one-selected';

/**
 * What a move does besides changing the stage: `host` is the conference's new place (`undefined`
 * leaves it as it is, `null` clears it), `tellThem` the candidacies still in the race that must
 * be told the decision.
 */
export type StageMoveVerdict =
  | { ok: true; host: string | null | undefined; tellThem: string[] }
  | { ok: false; rule: StageRule; message: string };

/**
 * The rules of the host-city race, in one place: any move is allowed except what these forbid.
 * 1. Leaving the race (withdrawn, declined) needs a non-empty reason.
 * 2. Only one candidacy per conference can be selected.
 * 3. Selecting fixes the conference's place and asks for a "tell them" step for every other
 *    candidacy still in the race.
 * 4. Moving a selected candidacy anywhere else clears the conference's place.
 */
export function checkStageMove({ candidacy, to, reason, siblings, cityName }: StageMove): StageMoveVerdict {
  const city = cityName(candidacy.cityId);
  if (candidacy.stage === to) {
    return { ok: false, rule: 'same-stage', message: `${city} is already at “${candidacyStageNames[to]}”.` };
  }
  if (isOutOfRace(to) && reason.trim() === '') {
    return {
      ok: false,
      rule: 'reason-required',
      message: `Moving ${city} to “${candidacyStageNames[to]}” takes it out of the race: give the reason.`,
    };
  }
  const others = siblings.filter((other) => other.id !== candidacy.id && other.conferenceId === candidacy.conferenceId);
  if (to === 'selected') {
    const selected = others.find((other) => other.stage === 'selected');
    if (selected) {
      return {
        ok: false,
        rule: 'one-selected',
        message: `${cityName(selected.cityId)} is already selected for this conference; only one city can host. Move ${cityName(selected.cityId)} to another stage first.`,
      };
    }
    const tellThem = others.filter((other) => !isOutOfRace(other.stage)).map((other) => other.id);
    return { ok: true, host: candidacy.cityId, tellThem };
  }
  if (candidacy.stage === 'selected') return { ok: true, host: null, tellThem: [] };
  return { ok: true, host: undefined, tellThem: [] };
}
