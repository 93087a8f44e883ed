import type { MessageKey } from '../i18n/en';
import type { CandidacyStage } from '../schemas/candidacy';

/** The stages in board order: the race first, then the two ways out of it. */
export const candidacyStages: readonly CandidacyStage[] = [
  'identified',
  'approached',
  'interested',
  'proposal',
  'site-visit',
  'shortlisted',
  'selected',
  'withdrawn',
  'declined',
];

/** Stages that leave the race: the city withdrew, or was declined. Entering one needs a reason. */
export const outOfRaceStages: readonly CandidacyStage[] = ['withdrawn', 'declined'];

export function isOutOfRace(stage: CandidacyStage): boolean {
  return outOfRaceStages.includes(stage);
}

/** English names of the stages for the CLI, the Markdown brief and core's sentences (the UI uses the catalog). */
export const candidacyStageNames: Readonly<Record<CandidacyStage, string>> = {
  identified: 'Identified',
  approached: 'Approached',
  interested: 'Interested',
  proposal: 'Proposal',
  'site-visit': 'Site visit',
  shortlisted: 'Shortlisted',
  selected: 'Selected',
  withdrawn: 'Withdrawn',
  declined: 'Declined',
};

/** The catalog key of each stage's name: core's phrases and the renderer's labels use it. */
export const candidacyStageKeys: Readonly<Record<CandidacyStage, MessageKey>> = {
  identified: 'neg.stage.identified',
  approached: 'neg.stage.approached',
  interested: 'neg.stage.interested',
  proposal: 'neg.stage.proposal',
  'site-visit': 'neg.stage.siteVisit',
  shortlisted: 'neg.stage.shortlisted',
  selected: 'neg.stage.selected',
  withdrawn: 'neg.stage.withdrawn',
  declined: 'neg.stage.declined',
};
