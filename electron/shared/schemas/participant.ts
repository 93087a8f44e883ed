import { z } from 'zod';
import { IdSchema, InstantSchema, LongText, RecordBase } from './common';

export const ParticipantStageSchema = z.enum([
  'identified',
  'contacted',
  'interested',
  'applied',
  'confirmed',
  'invitation-letter',
  'visa',
  'travel-booked',
  'attended',
  'declined',
]);

export const ParticipantFields = {
  conferenceId: IdSchema,
  contactId: IdSchema,
  stage: ParticipantStageSchema.default('identified'),
  stageReason: z.string().max(2000).default(''),
  partnershipId: IdSchema.nullable().default(null),
  notes: LongText.default(''),
  /** When a US participant's travel is booked: the planned arrival in the host city (the program checks speakers against it). */
  arrivesAt: InstantSchema.nullable().optional(),
};
export const ParticipantSchema = z.object({ ...RecordBase, ...ParticipantFields });
export type Participant = z.infer<typeof ParticipantSchema>;
export const ParticipantInputSchema = z.object(ParticipantFields);
