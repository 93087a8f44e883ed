import { z } from 'zod';
import { CalendarDateSchema, IdSchema, LongText, RecordBase } from './common';

export const PartnershipStatusSchema = z.enum(['active', 'dormant', 'suspended', 'ended']);

export const PartnershipFields = {
  usCityId: IdSchema,
  ruCityId: IdSchema,
  status: PartnershipStatusSchema.default('active'),
  establishedYear: z.number().int().min(1900).max(2100).nullable().default(null),
  usCoordinatorIds: z.array(IdSchema).max(20).default([]),
  ruCoordinatorIds: z.array(IdSchema).max(20).default([]),
  lastExchange: CalendarDateSchema.nullable().default(null),
  source: z.string().max(500).default(''),
  notes: LongText.default(''),
};
export const PartnershipSchema = z.object({ ...RecordBase, ...PartnershipFields });
export type Partnership = z.infer<typeof PartnershipSchema>;
export const PartnershipInputSchema = z.object(PartnershipFields);
