import { z } from 'zod';
import { IdSchema, LongText, RecordBase } from './common';
import { AttachmentSchema, CANDIDACY_EVENTS_KEPT, CandidacyEventSchema, ComparisonKeySchema, OfferSchema, RatingSchema } from './offer';

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
  /** What the city offers, item by item, each with its source and the date it was last confirmed. */
  offer: OfferSchema.default(() => ({ free: [] })),
  /** The user's 0–5 rating of each offer item, keyed like the comparison rows. */
  ratings: z.record(ComparisonKeySchema, RatingSchema).default(() => ({})),
  /** Offer letters and other files, copied into the data folder. */
  attachments: z.array(AttachmentSchema).max(200).default(() => []),
  /** Append-only history written by the negotiation commands; the newest are kept. */
  events: z.array(CandidacyEventSchema).max(CANDIDACY_EVENTS_KEPT).default(() => []),
};
export const CandidacySchema = z.object({ ...RecordBase, ...CandidacyFields });
export type Candidacy = z.infer<typeof CandidacySchema>;
export const CandidacyInputSchema = z.object(CandidacyFields);
