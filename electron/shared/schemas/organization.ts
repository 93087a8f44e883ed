import { z } from 'zod';
import { IdSchema, LongText, RecordBase, ShortText } from './common';
import { schemaMessage } from '../i18n/schemaMessage';

export const OrganizationKindSchema = z.enum(['city-administration', 'association', 'ngo', 'company', 'university', 'other']);

export const OrganizationFields = {
  name: z.string().trim().min(1, schemaMessage('validation.enterName')).max(200),
  nameLatin: z.string().trim().max(200).default(''),
  kind: OrganizationKindSchema.default('other'),
  cityId: IdSchema.nullable().default(null),
  website: ShortText.default(''),
  notes: LongText.default(''),
};
export const OrganizationSchema = z.object({ ...RecordBase, ...OrganizationFields });
export type Organization = z.infer<typeof OrganizationSchema>;
export const OrganizationInputSchema = z.object(OrganizationFields);
