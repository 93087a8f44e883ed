import { z } from 'zod';
import { IdSchema, LongText, RecordBase, ShortText } from './common';
import { FuzzyDateSchema } from './fuzzyDate';
import { schemaMessage } from '../i18n/schemaMessage';

/** Absolute ("2019-06-01", "spring 2019") or relative to the conference ("90 days before"). */
export const ScheduleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('absolute'), date: FuzzyDateSchema }),
  z.object({ kind: z.literal('relative'), daysBefore: z.number().int().min(-3650).max(3650) }),
]);
export type Schedule = z.infer<typeof ScheduleSchema>;

export const WorkStatusSchema = z.enum(['planned', 'in-progress', 'blocked', 'done']);

export const MilestoneFields = {
  conferenceId: IdSchema,
  title: ShortText.min(1, schemaMessage('validation.enterTitle')),
  schedule: ScheduleSchema,
  ownerId: IdSchema.nullable().default(null),
  status: WorkStatusSchema.default('planned'),
  dependsOnIds: z.array(IdSchema).max(50).default([]),
  notes: LongText.default(''),
};
export const MilestoneSchema = z.object({ ...RecordBase, ...MilestoneFields });
export type Milestone = z.infer<typeof MilestoneSchema>;
export const MilestoneInputSchema = z.object(MilestoneFields);
