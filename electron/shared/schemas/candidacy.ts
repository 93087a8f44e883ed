import { z } from 'zod';
import { IdSchema, LongText, RecordBase } from './common';

export const CandidacyStageSchema = z.enum([
  'identified',
  'approached',
  'interested',
  'proposal',
  'site-visit',
  'shortlisted',
  'selected',
  'withdrawn',
  'declined',
]);
export type CandidacyStage = z.infer<typeof CandidacyStageSchema>;

export const CandidacyFields = {
  conferenceId: IdSchema,
  cityId: IdSchema,
  stage: CandidacyStageSchema.default('identified'),
  /** Required when the stage leaves the race (withdrawn, declined). */
  stageReason: z.string().max(2000).default(''),
  contactIds: z.array(IdSchema).max(50).default([]),
  decisionMakerIds: z.array(IdSchema).max(20).default([]),
  notes: LongText.default(''),
};
export const CandidacySchema = z.object({ ...RecordBase, ...CandidacyFields });
export type Candidacy = z.infer<typeof CandidacySchema>;
export const CandidacyInputSchema = z.object(CandidacyFields);
