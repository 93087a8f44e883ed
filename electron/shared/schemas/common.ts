import { z } from 'zod';
import { schemaMessage } from '../i18n/schemaMessage';

/** Every record id is a `crypto.randomUUID()`; shorter ids would collide in merged workspaces. */
export const IdSchema = z.uuid();
export type Id = z.infer<typeof IdSchema>;

/** An instant, always UTC ISO-8601 with milliseconds (`Date.prototype.toISOString`). */
export const InstantSchema = z.iso.datetime();
export type Instant = z.infer<typeof InstantSchema>;

/** A calendar date with no zone: `yyyy-MM-dd`. */
export const CalendarDateSchema = z.iso.date();
export type CalendarDate = z.infer<typeof CalendarDateSchema>;

/** An IANA zone name; checked against the runtime's tz database. */
export const ZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((zone) => isKnownZone(zone), schemaMessage('validation.unknownZone'));

/** Zones already accepted: making a DateTimeFormat costs ~0.1 ms, and every saved contact checks its zones. */
const knownZones = new Set<string>();

function isKnownZone(zone: string): boolean {
  if (knownZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    return false;
  }
  // Bounded by the tz database (~600 names): only names the runtime accepts are kept.
  knownZones.add(zone);
  return true;
}

/** Bounded text: long enough for any real note, short enough that a bad caller cannot bloat the store. */
export const ShortText = z.string().trim().max(300);
export const LongText = z.string().max(20_000);

/**
 * Fields every stored record carries. `rev` is the store sequence number of the command that
 * wrote this version of the record (undo puts an old version back with its old rev), so undo can
 * tell whether a record changed since a step.
 */
export const RecordBase = {
  id: IdSchema,
  rev: z.number().int().nonnegative(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  /** Sample records are visibly marked so a user never mistakes them for real people. */
  example: z.boolean().optional(),
};
