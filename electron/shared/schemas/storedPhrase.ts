import { z } from 'zod';
import type { StoredPhrase } from '../i18n/Phrase';
import { FuzzyDateSchema } from './fuzzyDate';

/**
 * A Phrase as the store keeps it (history labels). Keys are plain strings, not the catalog's
 * enum, so a store written by a newer Liaison with keys this one lacks still loads; the reader
 * then shows the English text kept beside it. A param may be a phrase itself (a stage's name).
 */
export const StoredPhraseSchema: z.ZodType<StoredPhrase> = z.object({
  key: z.string().max(100),
  get params() {
    return z
      .record(z.string().max(40), z.union([z.string().max(500), z.number(), z.object({ fuzzyDate: FuzzyDateSchema }), StoredPhraseSchema]))
      .optional();
  },
});
