import { describe, expect, it } from 'vitest';
import { checkStageMove, type StageRuleCandidacy } from '../../../electron/shared/negotiations/stageRules';
import type { CandidacyStage } from '../../../electron/shared/schemas/candidacy';

const names: Record<string, string> = { kzn: 'Kazan', vgg: 'Volgograd', sam: 'Samara' };
const cityName = (id: string) => names[id] ?? id;
const candidacy = (id: string, cityId: string, stage: CandidacyStage, conferenceId = 'summit'): StageRuleCandidacy => ({ id, conferenceId, cityId, stage });

describe('stage rules', () => {
  it('any move the rules do not forbid is allowed, backwards too, and changes nothing else', () => {
    const kazan = candidacy('a', 'kzn', 'shortlisted');
    for (const to of ['identified', 'approached', 'interested', 'proposal', 'site-visit'] as const) {
      expect(checkStageMove({ candidacy: kazan, to, reason: '', siblings: [kazan], cityName })).toEqual({ ok: true, host: undefined, tellThem: [] });
    }
  });

  it('rule 1: leaving the race (withdrawn, declined) needs a reason that is not blank', () => {
    const kazan = candidacy('a', 'kzn', 'proposal');
    for (const to of ['withdrawn', 'declined'] as const) {
      for (const reason of ['', '   ']) {
        const verdict = checkStageMove({ candidacy: kazan, to, reason, siblings: [kazan], cityName });
        expect(verdict).toMatchObject({ ok: false, rule: 'reason-required' });
        expect(verdict.ok ? '' : verdict.message).toMatch(/^Moving Kazan to “(Withdrawn|Declined)” takes it out of the race: give the reason\.$/);
      }
      expect(checkStageMove({ candidacy: kazan, to, reason: 'No budget this year', siblings: [kazan], cityName }).ok).toBe(true);
    }
  });

  it('rule 2: only one candidacy per conference can be selected', () => {
    const volgograd = candidacy('b', 'vgg', 'selected');
    const kazan = candidacy('a', 'kzn', 'shortlisted');
    const verdict = checkStageMove({ candidacy: kazan, to: 'selected', reason: '', siblings: [kazan, volgograd], cityName });
    expect(verdict).toEqual({
      ok: false,
      rule: 'one-selected',
      message: 'Volgograd is already selected for this conference; only one city can host. Move Volgograd to another stage first.',
      phrase: { key: 'errors.oneSelected', params: { city: 'Volgograd' } },
    });
    // A selection in another conference does not count.
    const elsewhere = candidacy('c', 'vgg', 'selected', 'rivers');
    expect(checkStageMove({ candidacy: kazan, to: 'selected', reason: '', siblings: [kazan, elsewhere], cityName }).ok).toBe(true);
  });

  it('rule 3: selecting fixes the place and asks to tell every other candidate still in the race', () => {
    const kazan = candidacy('a', 'kzn', 'shortlisted');
    const siblings = [kazan, candidacy('b', 'vgg', 'proposal'), candidacy('c', 'sam', 'declined'), candidacy('d', 'vgg', 'identified', 'rivers'), candidacy('e', 'sam', 'identified')];
    expect(checkStageMove({ candidacy: kazan, to: 'selected', reason: 'Best offer', siblings, cityName })).toEqual({ ok: true, host: 'kzn', tellThem: ['b', 'e'] });
  });

  it('rule 4: moving the selected candidacy anywhere else clears the place', () => {
    const kazan = candidacy('a', 'kzn', 'selected');
    expect(checkStageMove({ candidacy: kazan, to: 'shortlisted', reason: '', siblings: [kazan], cityName })).toEqual({ ok: true, host: null, tellThem: [] });
    expect(checkStageMove({ candidacy: kazan, to: 'withdrawn', reason: 'Governor changed', siblings: [kazan], cityName })).toEqual({ ok: true, host: null, tellThem: [] });
  });

  it('a move to the stage it is already at is refused, so no empty step lands in the history', () => {
    const kazan = candidacy('a', 'kzn', 'proposal');
    expect(checkStageMove({ candidacy: kazan, to: 'proposal', reason: '', siblings: [kazan], cityName })).toEqual({
      ok: false,
      rule: 'same-stage',
      message: 'Kazan is already at “Proposal”.',
      phrase: { key: 'errors.sameStage', params: { city: 'Kazan', stage: { key: 'neg.stage.proposal' } } },
    });
  });
});
