import { z } from 'zod';
import { RecordBase, ShortText, ZoneSchema } from './common';

export const CountrySchema = z.enum(['US', 'RU', 'other']);

export const CityFields = {
  nameLatin: z.string().trim().min(1, { message: 'Enter the city name in Latin letters' }).max(120),
  nameCyrillic: z.string().trim().max(120).default(''),
  region: ShortText.default(''),
  country: CountrySchema,
  zone: ZoneSchema,
};
export const CitySchema = z.object({ ...RecordBase, ...CityFields });
export type City = z.infer<typeof CitySchema>;
export const CityInputSchema = z.object(CityFields);
