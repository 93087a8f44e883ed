import { z } from 'zod';
import type { ContactRow } from '../contract';
import { channel } from './channel';

/** Why two contacts look like one person. */
export type DuplicateReason = 'email' | 'phone' | 'name-city';

export interface DuplicatePair {
  a: ContactRow;
  b: ContactRow;
  reasons: DuplicateReason[];
  /** The shared email, phone (E.164) or transliterated name, shown as the evidence. */
  evidence: string[];
}

export interface DuplicateList {
  pairs: DuplicatePair[];
  /** More pairs exist than were returned: merge some and look again. */
  truncated: boolean;
}

export const duplicateChannels = {
  'duplicates:list': channel<DuplicateList>()(z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict()),
} as const;
