import { englishText, phrase, type Phrase } from '../../shared/i18n/Phrase';
import { cityDisplayName } from '../../shared/negotiations/cityDisplayName';
import type { Workspace } from '../../shared/schemas/workspace';

/**
 * A rule that spans records, broken. The command layer keeps these rules inside one transaction,
 * but CouchDB replicates record by record with no multi-document transaction: two machines that
 * each select a different host city offline both succeed, and after a sync the conference has two.
 * Such a state is shown (Home, the negotiation page, `doctor`), never repaired behind the user's back.
 */
export interface RuleViolation {
  rule: 'one-selected' | 'one-candidacy-per-city';
  conferenceId: string;
  candidacyIds: string[];
  /** What is wrong and what to do, for the UI's language; `message` is the English (doctor, logs). */
  phrase: Phrase;
  message: string;
}

type RuleInput = Pick<Readonly<Workspace>, 'conferences' | 'candidacies' | 'cities'>;

/**
 * The cross-record rules the negotiation commands enforce (electron/core/commands/negotiationAppliers.ts):
 * 1. one selected candidacy per conference (candidacy.move, checkStageMove's "one-selected");
 * 2. one candidacy per city and conference (candidacy.create's "already a candidate"; a
 *    candidacy's city never changes after).
 * Not a rule here: the conference's place matching its selected city. Selecting sets it, but the
 * conference form may set any place, so a difference is a user's choice, not a sync's doing.
 */
export function findRuleViolations(workspace: RuleInput): RuleViolation[] {
  const city = (id: string) => {
    const found = workspace.cities[id];
    return found ? cityDisplayName(found) : id;
  };
  const found: RuleViolation[] = [];
  const byConference = new Map<string, { id: string; cityId: string; stage: string }[]>();
  for (const candidacy of Object.values(workspace.candidacies)) {
    byConference.set(candidacy.conferenceId, [...(byConference.get(candidacy.conferenceId) ?? []), candidacy]);
  }
  for (const [conferenceId, candidacies] of [...byConference.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const conference = workspace.conferences[conferenceId];
    if (!conference) continue;
    const add = (rule: RuleViolation['rule'], ids: string[], said: Phrase) => found.push({ rule, conferenceId, candidacyIds: ids.sort(), phrase: said, message: englishText(said) });
    const selected = candidacies.filter((c) => c.stage === 'selected');
    if (selected.length > 1) {
      const cities = selected.map((c) => city(c.cityId)).sort((a, b) => a.localeCompare(b));
      add('one-selected', selected.map((c) => c.id), phrase('sync.rule.oneSelected', { conference: conference.name, cities: cities.join(', '), count: cities.length }));
    }
    const byCity = new Map<string, string[]>();
    for (const c of candidacies) byCity.set(c.cityId, [...(byCity.get(c.cityId) ?? []), c.id]);
    for (const [cityId, ids] of byCity) {
      if (ids.length > 1) add('one-candidacy-per-city', ids, phrase('sync.rule.oneCandidacy', { conference: conference.name, city: city(cityId), count: ids.length }));
    }
  }
  return found;
}
