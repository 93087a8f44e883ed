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
  /** The main window's last place and size, saved by main when it closes; restored clamped to a visible display. */
  window: z
    .object({
      x: z.number().int(),
      y: z.number().int(),
      width: z.number().int().min(100).max(20000),
      height: z.number().int().min(100).max(20000),
      maximized: z.boolean().default(false),
    })
    .optional(),
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

type SettingsShape = typeof SettingsSchema.shape;
type PatchShape = { [K in keyof SettingsShape]: z.ZodOptional<SettingsShape[K] extends z.ZodDefault<infer T> ? T : SettingsShape[K]> };

/**
 * A change to some settings. Not `SettingsSchema.partial()`: zod 4 still applies a field's default
 * inside `.partial()`, so saving the last section would put every other setting (the language,
 * the zones, the segments) back to its default. Here an absent field stays absent.
 */
export const SettingsPatchSchema = z
  .object(
    // Object.fromEntries loses the per-key types that the mapped PatchShape restores.
    Object.fromEntries(Object.entries(SettingsSchema.shape).map(([key, field]) => [key, (field instanceof z.ZodDefault ? field.unwrap() : field).optional()])) as PatchShape,
  )
  .strict();
