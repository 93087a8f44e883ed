import { z } from 'zod';
import { CandidacyStageSchema } from '../schemas/candidacy';
import { CalendarDateSchema, IdSchema, InstantSchema, LongText } from '../schemas/common';
import { AttachmentSchema, ComparisonKeySchema, OfferInputSchema, RatingSchema, WeightSchema } from '../schemas/offer';

/** Host-city negotiations: candidacies, their stages, offers, ratings and files. */
const at = InstantSchema;

const people = {
  contactIds: z.array(IdSchema).max(50).default(() => []),
  decisionMakerIds: z.array(IdSchema).max(20).default(() => []),
  notes: LongText.default(''),
};

export const CandidacyCreateSchema = z.object({
  type: z.literal('candidacy.create'),
  at,
  id: IdSchema,
  data: z.object({ conferenceId: IdSchema, cityId: IdSchema, ...people }),
});

/** The candidacy's people and notes; stage, offer, ratings and files have their own commands. */
export const CandidacyUpdateSchema = z.object({ type: z.literal('candidacy.update'), at, id: IdSchema, data: z.object(people) });

export const CandidacyDeleteSchema = z.object({ type: z.literal('candidacy.delete'), at, ids: z.array(IdSchema).min(1).max(1000) });

/**
 * Moves a candidacy to a stage. Selecting one creates a "tell them" task for every other
 * candidacy still in the race: the caller names the new task ids (`tellTasks`) and their due date,
 * and the move is refused when that list no longer matches the race.
 */
export const CandidacyMoveSchema = z.object({
  type: z.literal('candidacy.move'),
  at,
  id: IdSchema,
  stage: CandidacyStageSchema,
  reason: z.string().trim().max(2000).default(''),
  tellTasks: z.array(z.object({ candidacyId: IdSchema, taskId: IdSchema })).max(1000).default(() => []),
  tellDue: CalendarDateSchema.nullable().default(null),
});

/** Replaces the offer; items whose value, source or date changed are stamped with the command's time. */
export const CandidacySetOfferSchema = z.object({ type: z.literal('candidacy.setOffer'), at, id: IdSchema, offer: OfferInputSchema });

/** Rates one offer item 0–5; null takes the rating away (a gap again). */
export const CandidacyRateSchema = z.object({
  type: z.literal('candidacy.rate'),
  at,
  id: IdSchema,
  item: ComparisonKeySchema,
  rating: RatingSchema.nullable(),
});

/** Records files already copied into the data folder (the attach handler copies them first). */
export const CandidacyAttachSchema = z.object({
  type: z.literal('candidacy.attach'),
  at,
  id: IdSchema,
  attachments: z.array(AttachmentSchema).min(1).max(50),
});

/** Takes a file off the candidacy; the copy stays in the data folder so undo can bring it back. */
export const CandidacyDetachSchema = z.object({ type: z.literal('candidacy.detach'), at, id: IdSchema, attachmentId: IdSchema });

/** Marks a negotiation task ("Tell Kazan the decision") done, or planned again. */
export const CandidacyTaskDoneSchema = z.object({ type: z.literal('candidacy.taskDone'), at, taskId: IdSchema, done: z.boolean() });

/** Sets how much one offer item weighs in the comparison; null goes back to the default (1). */
export const ConferenceSetWeightSchema = z.object({
  type: z.literal('conference.setWeight'),
  at,
  id: IdSchema,
  item: ComparisonKeySchema,
  weight: WeightSchema.nullable(),
});

/** The user has looked at the comparison: changes before `at` are no longer highlighted. */
export const ConferenceMarkReviewedSchema = z.object({ type: z.literal('conference.markReviewed'), at, id: IdSchema });
