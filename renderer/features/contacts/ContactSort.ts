import type { z } from 'zod';
import type { ContactSortSchema } from '../../../electron/shared/contract';

export type ContactSort = z.infer<typeof ContactSortSchema>;

/** The sort choices in menu order. */
export const contactSorts: readonly ContactSort[] = ['name', 'organization', 'city', 'updated'];
