import { z } from 'zod';
import { IdSchema, InstantSchema, LongText, RecordBase } from './common';
import { FuzzyDateSchema } from './fuzzyDate';
import { CandidacyEventSchema, ComparisonKeySchema, WeightSchema } from './offer';
import { ParticipantStageSchema } from './participant';
import { schemaMessage } from '../i18n/schemaMessage';

export const ConferenceFields = {
  name: z.string().trim().min(1, schemaMessage('validation.enterName')).max(200),
  date: FuzzyDateSchema.nullable().default(null),
  /** The host city once chosen; while null, the place is being negotiated through candidacies. */
  cityId: IdSchema.nullable().default(null),
  /** Cities mentioned as possible hosts before any negotiation ("may take place in Volgograd"). */
  tentativeCityIds: z.array(IdSchema).max(20).default([]),
  organizerIds: z.array(IdSchema).max(20).default([]),
  notes: LongText.default(''),
  /** Host-city comparison: the weight of each offer item (absent = 1), keyed like the rows. */
  comparisonWeights: z.record(ComparisonKeySchema, WeightSchema).optional(),
  /** The comparison's own history: weights changed, newest last (ratings are on each candidacy). */
  comparisonEvents: z.array(CandidacyEventSchema).max(500).optional(),
  /** When the user last marked the comparison reviewed; offer items changed later are highlighted. */
  reviewedAt: InstantSchema.nullable().optional(),
  /** Recruitment targets: how many participants should reach each stage ("30 confirmed"). */
  /** When the venue is open, minutes after midnight in the host city; the program's items at the venue fit inside. */
  venueHours: z.object({ opens: z.number().int().min(0).max(1439), closes: z.number().int().min(1).max(1440) }).optional(),
  recruitmentTargets: z.partialRecord(ParticipantStageSchema, z.number().int().min(0).max(100_000)).optional(),
};
export const ConferenceSchema = z.object({ ...RecordBase, ...ConferenceFields });
export type Conference = z.infer<typeof ConferenceSchema>;
export const ConferenceInputSchema = z.object(ConferenceFields);
