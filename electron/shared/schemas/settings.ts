import { z } from 'zod';
import { ZoneSchema } from './common';

/** UI preferences: saved as they change, never part of undo. */
export const SettingsSchema = z.object({
  locale: z.enum(['en', 'ru']).default('en'),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  homeZone: ZoneSchema.default('Europe/Moscow'),
  counterpartZones: z.array(ZoneSchema).max(20).default(['America/New_York', 'Europe/Volgograd']),
  workingHours: z
    .object({ start: z.number().int().min(0).max(23), end: z.number().int().min(1).max(24) })
    .default(() => ({ start: 9, end: 18 })),
  visaLeadDays: z.number().int().min(0).max(365).default(60),
  lastSection: z.string().max(40).default('home'),
  sampleOffered: z.boolean().default(false),
  /** Saved filters of the contacts list ("Volgograd officials"), used by the UI and `export --segment`. */
  segments: z
    .array(
      z.object({
        id: z.uuid(),
        name: z.string().trim().min(1).max(80),
        query: z.string().max(200).default(''),
        tags: z.array(z.string().trim().min(1).max(60)).max(20).default(() => []),
      }),
    )
    .max(200)
    .default(() => []),
});
export type Settings = z.infer<typeof SettingsSchema>;
