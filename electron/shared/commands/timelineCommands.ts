import { z } from 'zod';
import { IdSchema, InstantSchema } from '../schemas/common';
import { ConferenceInputSchema } from '../schemas/conference';
import { FuzzyDateSchema } from '../schemas/fuzzyDate';
import { MilestoneInputSchema } from '../schemas/milestone';
import { ParticipantInputSchema, ParticipantStageSchema } from '../schemas/participant';
import { TaskInputSchema } from '../schemas/task';

/** Conferences, their milestones and tasks, and the participants recruited for them. */
const at = InstantSchema;
const ids = z.array(IdSchema).min(1).max(1000);

export const ConferenceCreateSchema = z.object({ type: z.literal('conference.create'), at, id: IdSchema, data: ConferenceInputSchema });
export const ConferenceUpdateSchema = z.object({ type: z.literal('conference.update'), at, id: IdSchema, data: ConferenceInputSchema });
/** The date alone, so fixing "late September – early October" to a day is one plain undo step. */
export const ConferenceSetDateSchema = z.object({ type: z.literal('conference.setDate'), at, id: IdSchema, date: FuzzyDateSchema.nullable() });
export const ConferenceSetTargetsSchema = z.object({
  type: z.literal('conference.setTargets'),
  at,
  id: IdSchema,
  targets: z.partialRecord(ParticipantStageSchema, z.number().int().min(0).max(100_000)),
});
export const ConferenceDeleteSchema = z.object({ type: z.literal('conference.delete'), at, ids });

export const MilestoneCreateSchema = z.object({ type: z.literal('milestone.create'), at, id: IdSchema, data: MilestoneInputSchema });
export const MilestoneUpdateSchema = z.object({ type: z.literal('milestone.update'), at, id: IdSchema, data: MilestoneInputSchema });
export const MilestoneDeleteSchema = z.object({ type: z.literal('milestone.delete'), at, ids });

export const TaskCreateSchema = z.object({ type: z.literal('task.create'), at, id: IdSchema, data: TaskInputSchema });
export const TaskUpdateSchema = z.object({ type: z.literal('task.update'), at, id: IdSchema, data: TaskInputSchema });
export const TaskDeleteSchema = z.object({ type: z.literal('task.delete'), at, ids });

export const ParticipantAddSchema = z.object({ type: z.literal('participant.add'), at, id: IdSchema, data: ParticipantInputSchema });
/** A step through the funnel; "declined" needs the reason. */
export const ParticipantMoveSchema = z.object({
  type: z.literal('participant.move'),
  at,
  id: IdSchema,
  stage: ParticipantStageSchema,
  reason: z.string().max(2000).default(''),
});
export const ParticipantRemoveSchema = z.object({ type: z.literal('participant.remove'), at, ids });
