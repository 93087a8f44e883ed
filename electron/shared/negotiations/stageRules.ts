import type { CandidacyStage } from '../schemas/candidacy';
import { englishText, phrase, type Phrase } from '../i18n/Phrase';
import { candidacyStageKeys, isOutOfRace } from './candidacyStages';

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
  | { ok: false; rule: StageRule; message: string; phrase: Phrase };

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
    return refused('same-stage', phrase('errors.sameStage', { city, stage: { key: candidacyStageKeys[to] } }));
  }
  if (isOutOfRace(to) && reason.trim() === '') {
    return refused('reason-required', phrase('errors.reasonRequired', { city, stage: { key: candidacyStageKeys[to] } }));
  }
  const others = siblings.filter((other) => other.id !== candidacy.id && other.conferenceId === candidacy.conferenceId);
  if (to === 'selected') {
    const selected = others.find((other) => other.stage === 'selected');
    if (selected) {
      return refused('one-selected', phrase('errors.oneSelected', { city: cityName(selected.cityId) }));
    }
    const tellThem = others.filter((other) => !isOutOfRace(other.stage)).map((other) => other.id);
    return { ok: true, host: candidacy.cityId, tellThem };
  }
  if (candidacy.stage === 'selected') return { ok: true, host: null, tellThem: [] };
  return { ok: true, host: undefined, tellThem: [] };
}

/** `message` is the English (CLI, logs); `phrase` what the UI shows in its locale. */
function refused(rule: StageRule, said: Phrase): StageMoveVerdict {
  return { ok: false, rule, message: englishText(said), phrase: said };
}
