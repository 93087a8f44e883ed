import { z } from 'zod';
import { channel } from './channel';

/** Contacts stay this long in the Trash; older ones are deleted for good when the Trash opens. */
export const TRASH_DAYS = 30;

export interface TrashRow {
  id: string;
  name: string;
  latinName: string;
  organization: string;
  deletedAt: string;
  /** When it will be deleted for good. */
  purgeAt: string;
}

export interface TrashPage {
  total: number;
  version: number;
  offset: number;
  rows: TrashRow[];
}

export interface PurgeResult {
  count: number;
  version: number;
}

export const trashChannels = {
  /** Recently deleted contacts, most recently deleted first. */
  'trash:list': channel<TrashPage>()(
    z.object({ offset: z.number().int().min(0).max(10_000_000).default(0), limit: z.number().int().min(1).max(500).default(100) }).strict(),
  ),
  /** Deletes for good what has been in the Trash over TRASH_DAYS days: one undo step, or nothing. */
  'trash:purgeExpired': channel<PurgeResult>()(z.object({}).strict()),
} as const;
