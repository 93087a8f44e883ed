import { z } from 'zod';
import { IdSchema, InstantSchema } from '../schemas/common';
import { ContactInputSchema } from '../schemas/contact';
import { schemaMessage } from '../i18n/schemaMessage';

/**
 * Commands over many contacts at once (bulk tag, Trash, merge). The ids are resolved by core from
 * a selection (a query plus exclusions), so the renderer never holds a hundred thousand of them;
 * each command is one transaction and one undo step however many contacts it touches.
 */
const at = InstantSchema;
const ids = z.array(IdSchema).min(1).max(100_000);
const TagSchema = z.string().trim().min(1, schemaMessage('validation.enterTag')).max(60);

export const ContactBulkTagSchema = z.object({ type: z.literal('contact.bulkTag'), at, ids, tag: TagSchema });
export const ContactBulkUntagSchema = z.object({ type: z.literal('contact.bulkUntag'), at, ids, tag: TagSchema });
/** Brings contacts back from the Trash. */
export const ContactRestoreSchema = z.object({ type: z.literal('contact.restore'), at, ids });
/**
 * Deletes contacts in the Trash for good, through the reference registry. `expired` marks the
 * automatic emptying of contacts that spent 30 days in the Trash, so the undo menu says so.
 */
export const ContactPurgeSchema = z.object({ type: z.literal('contact.purge'), at, ids, expired: z.boolean().default(false) });
/**
 * Merges `mergedId` into `survivorId`: the survivor takes `fields` (chosen field by field), every
 * reference to the merged contact moves to the survivor, and the merged contact is removed.
 */
export const ContactMergeSchema = z.object({
  type: z.literal('contact.merge'),
  at,
  survivorId: IdSchema,
  mergedId: IdSchema,
  fields: ContactInputSchema,
});
