import { z } from 'zod';
import { IdSchema, LongText, RecordBase } from './common';
import { FuzzyDateSchema } from './fuzzyDate';

export const ConferenceFields = {
  name: z.string().trim().min(1, { message: 'Enter a name' }).max(200),
  date: FuzzyDateSchema.nullable().default(null),
  /** The host city once chosen; while null, the place is being negotiated through candidacies. */
  cityId: IdSchema.nullable().default(null),
  /** Cities mentioned as possible hosts before any negotiation ("may take place in Volgograd"). */
  tentativeCityIds: z.array(IdSchema).max(20).default([]),
  organizerIds: z.array(IdSchema).max(20).default([]),
  notes: LongText.default(''),
};
export const ConferenceSchema = z.object({ ...RecordBase, ...ConferenceFields });
export type Conference = z.infer<typeof ConferenceSchema>;
export const ConferenceInputSchema = z.object(ConferenceFields);
