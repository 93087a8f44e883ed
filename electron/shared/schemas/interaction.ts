import { z } from 'zod';
import { CalendarDateSchema, IdSchema, InstantSchema, LongText, RecordBase, ShortText, ZoneSchema } from './common';

export const InteractionKindSchema = z.enum(['meeting', 'call', 'letter', 'email']);

export const NextStepSchema = z.object({
  text: ShortText.min(1),
  due: CalendarDateSchema,
  done: z.boolean().default(false),
});

export const InteractionFields = {
  kind: InteractionKindSchema,
  /** When it happened, and the zone it happened in, so it can be shown on both sides. */
  at: InstantSchema,
  zone: ZoneSchema,
  subject: ShortText.default(''),
  contactIds: z.array(IdSchema).max(100).default([]),
  cityIds: z.array(IdSchema).max(20).default([]),
  partnershipIds: z.array(IdSchema).max(20).default([]),
  conferenceIds: z.array(IdSchema).max(20).default([]),
  candidacyIds: z.array(IdSchema).max(20).default([]),
  notes: LongText.default(''),
  nextStep: NextStepSchema.nullable().default(null),
};
export const InteractionSchema = z.object({ ...RecordBase, ...InteractionFields });
export type Interaction = z.infer<typeof InteractionSchema>;
export const InteractionInputSchema = z.object(InteractionFields);
