import { z } from 'zod';
import { kinds, type Kind } from '../schemas/collections';
import { IdSchema, InstantSchema } from '../schemas/common';

/**
 * Records as another machine left them, pulled from the sync server: each is written as it
 * arrived (or deleted), journaled and shown in History like any change. `rev` is the CouchDB
 * revision it came with. `resolution` marks the user's choice in a conflict rather than a pull.
 */
export const SyncRecordChangeSchema = z.object({
  kind: z.enum(kinds as [Kind, ...Kind[]]),
  id: IdSchema,
  rev: z.string().min(3).max(200),
  /** The record's fields (the store's schema checks them when applied); null: deleted. */
  record: z.record(z.string(), z.unknown()).nullable(),
});
export type SyncRecordChange = z.infer<typeof SyncRecordChangeSchema>;

export const SyncApplySchema = z.object({
  type: z.literal('sync.apply'),
  at: InstantSchema,
  changes: z.array(SyncRecordChangeSchema).min(1).max(10_000),
  resolution: z.boolean().optional(),
});
