import { z } from 'zod';
import type { StoredPhrase } from '../i18n/Phrase';
import { IdSchema } from '../schemas/common';
import { channel } from './channel';
import { schemaMessage } from '../i18n/schemaMessage';

const TagSchema = z.string().trim().min(1, schemaMessage('validation.enterTag')).max(60);
const TagsFilter = z.array(TagSchema).max(20).default(() => []);

/**
 * Which contacts a bulk action applies to. Picked one by one, the ids themselves (a few thousand
 * at most); "all matching" is the list's filter (search and tags) minus the ones unticked, so a
 * selection of a hundred thousand contacts costs the renderer nothing. Core resolves it.
 */
export const ContactSelectionSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('ids'), ids: z.array(IdSchema).min(1).max(10_000) }).strict(),
  z
    .object({
      mode: z.literal('query'),
      query: z.string().max(200).default(''),
      tags: TagsFilter,
      exclude: z.array(IdSchema).max(10_000).default(() => []),
    })
    .strict(),
]);
export type ContactSelection = z.input<typeof ContactSelectionSchema>;

export const BulkActionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tag'), tag: TagSchema }).strict(),
  z.object({ kind: z.literal('untag'), tag: TagSchema }).strict(),
  z.object({ kind: z.literal('delete') }).strict(),
]);
export type BulkAction = z.input<typeof BulkActionSchema>;

/** A bulk action's outcome: one commit (one undo step) over `count` contacts. */
export interface BulkResult {
  version: number;
  summaries: string[];
  labels?: (StoredPhrase | null)[];
  count: number;
}

/** The addresses for a BCC line: each selected contact's preferred email, once. */
export interface SelectionEmails {
  emails: string[];
  /** Selected contacts without any email address. */
  withoutEmail: number;
  count: number;
}

export interface TagCount {
  tag: string;
  count: number;
}

/** Another contact that already holds an email typed in the contact form. */
export interface EmailOwner {
  /** The email as it was asked about. */
  email: string;
  id: string;
  name: string;
}

export const contactSelectionChannels = {
  'contacts:bulk': channel<BulkResult>()(z.object({ selection: ContactSelectionSchema, action: BulkActionSchema }).strict()),
  'contacts:emails': channel<SelectionEmails>()(z.object({ selection: ContactSelectionSchema }).strict()),
  /** Which other contacts (Trash left out) already hold these emails, compared without case: the form warns, never refuses. */
  'contacts:emailOwners': channel<EmailOwner[]>()(z.object({ emails: z.array(z.string().max(320)).max(50), exceptId: IdSchema.nullable().default(null) }).strict()),
  /** The ids of one stretch of the list, for a Shift-click range; never more than 5,000. */
  'contacts:ids': channel<string[]>()(
    z
      .object({
        query: z.string().max(200).default(''),
        tags: TagsFilter,
        sort: z.enum(['name', 'organization', 'city', 'updated']).default('name'),
        offset: z.number().int().min(0).max(10_000_000).default(0),
        limit: z.number().int().min(1).max(5000),
      })
      .strict(),
  ),
  /** Whether the list with this search and these tags shows contact `id`: the detail pane lets go of one it does not. */
  'contacts:shows': channel<boolean>()(z.object({ query: z.string().max(200).default(''), tags: TagsFilter, id: IdSchema }).strict()),
  /** Every tag in use (Trash excluded), most used first: the tag filter's choices. */
  'contacts:tags': channel<TagCount[]>()(z.object({}).strict()),
} as const;
