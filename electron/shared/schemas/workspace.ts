import { z } from 'zod';
import { IdSchema, InstantSchema } from './common';
import { collectionSchemas, kinds, type Collections, type Kind } from './collections';
import { SettingsSchema } from './settings';
import { StoredPhraseSchema } from './storedPhrase';

/** The schema version this build writes. A file with a newer one is never opened. */
export const SCHEMA_VERSION = 1;

/** The state of one record before or after a command; `null` means "did not exist". */
export const ImageSchema = z.object({
  kind: z.enum(kinds as [Kind, ...Kind[]]),
  id: IdSchema,
  record: z.record(z.string(), z.unknown()).nullable(),
});
export type Image = z.infer<typeof ImageSchema>;

/**
 * One undoable step. `images` restore the state before the step; `revs` are the revisions the
 * step left behind, so undo can refuse when any record has been changed since.
 */
export const HistoryEntrySchema = z.object({
  seq: z.number().int().positive(),
  at: InstantSchema,
  type: z.string().max(60),
  summary: z.string().max(300),
  /** The summary in no language yet, shown in the UI's locale; `summary` is its English text. */
  label: StoredPhraseSchema.optional(),
  images: z.array(ImageSchema),
  revs: z.array(z.object({ kind: z.string(), id: IdSchema, rev: z.number().int().nullable() })),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const HistorySchema = z.object({
  undo: z.array(HistoryEntrySchema).default(() => []),
  redo: z.array(HistoryEntrySchema).default(() => []),
});
export type History = z.infer<typeof HistorySchema>;

/** How many steps undo reaches back; the oldest fall off. */
export const HISTORY_DEPTH = 100;

const collectionsShape = Object.fromEntries(
  kinds.map((kind) => [kind, z.record(z.string(), collectionSchemas[kind]).default(() => ({}))]),
) as { [K in Kind]: z.ZodDefault<z.ZodRecord<z.ZodString, (typeof collectionSchemas)[K]>> };

export const WorkspaceSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Sequence number of the last command applied; record `rev`s come from it. */
  seq: z.number().int().nonnegative(),
  ...collectionsShape,
  // Function defaults: zod copies a default value only shallowly, and every new workspace
  // must get its own arrays.
  settings: SettingsSchema.default(() => SettingsSchema.parse({})),
  history: HistorySchema.default(() => ({ undo: [], redo: [] })),
});
export type Workspace = Collections & {
  schemaVersion: typeof SCHEMA_VERSION;
  seq: number;
  settings: z.infer<typeof SettingsSchema>;
  history: History;
};

export function emptyWorkspace(): Workspace {
  return WorkspaceSchema.parse({ schemaVersion: SCHEMA_VERSION, seq: 0 });
}
