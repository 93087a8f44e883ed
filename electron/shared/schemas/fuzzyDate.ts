import { z } from 'zod';
import { CalendarDateSchema } from './common';
import { schemaMessage } from '../i18n/schemaMessage';

export const FuzzyPrecisionSchema = z.enum(['day', 'part-of-month', 'month', 'range', 'season', 'quarter', 'year']);
export type FuzzyPrecision = z.infer<typeof FuzzyPrecisionSchema>;

/**
 * A date people only half know ("late September or early October 2019", "probably 2020"):
 * the inclusive span it may fall in, how it was stated, and whether it was hedged.
 */
export const FuzzyDateSchema = z
  .object({
    earliest: CalendarDateSchema,
    latest: CalendarDateSchema,
    precision: FuzzyPrecisionSchema,
    uncertain: z.boolean(),
    /** What the user typed, kept so it can be shown back as written. */
    label: z.string().max(200),
  })
  .refine((d) => d.earliest <= d.latest, { ...schemaMessage('validation.earliestAfterLatest'), path: ['latest'] });
export type FuzzyDate = z.infer<typeof FuzzyDateSchema>;
