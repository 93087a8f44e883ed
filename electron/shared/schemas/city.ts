import { z } from 'zod';
import { RecordBase, ShortText, ZoneSchema } from './common';
import { schemaMessage } from '../i18n/schemaMessage';

export const CountrySchema = z.enum(['US', 'RU', 'other']);

export const CityFields = {
  nameLatin: z.string().trim().min(1, schemaMessage('validation.cityNameLatin')).max(120),
  nameCyrillic: z.string().trim().max(120).default(''),
  region: ShortText.default(''),
  country: CountrySchema,
  zone: ZoneSchema,
};
export const CitySchema = z.object({ ...RecordBase, ...CityFields });
export type City = z.infer<typeof CitySchema>;
export const CityInputSchema = z.object(CityFields);
