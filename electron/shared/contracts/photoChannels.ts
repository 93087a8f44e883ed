import { z } from 'zod';
import { IdSchema } from '../schemas/common';
import { channel } from './channel';

/** A contact's photo as the renderer shows it: a data: URL of a JPEG, PNG, GIF or WebP (the page's CSP allows data: images only), or null for none. */
export interface ContactPhoto {
  dataUrl: string | null;
}

export const photoChannels = {
  /** The contact's photo from the workspace's photos folder; dataUrl null when it has none (or the file is gone). */
  'contacts:photo': channel<ContactPhoto>()(z.object({ id: IdSchema }).strict()),
} as const;
