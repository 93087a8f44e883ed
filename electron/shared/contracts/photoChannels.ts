import { z } from 'zod';
import { IdSchema } from '../schemas/common';
import { channel } from './channel';

/** A contact's photo as the renderer shows it: a data: URL of a JPEG, PNG, GIF or WebP (the page's CSP allows data: images only), or null for none. */
export interface ContactPhoto {
  dataUrl: string | null;
}

/** A picture the user chose for a contact, already in the photos folder; the form saves `file` as the contact's photo. */
export interface ChosenPhoto {
  file: string;
  dataUrl: string;
}

export const photoChannels = {
  /** A file dialog for a picture, copied (made smaller) into the photos folder; photo null when the user cancels. */
  'contacts:choosePhoto': channel<{ photo: ChosenPhoto | null }>()(z.object({}).strict()),
  /** The contact's photo from the workspace's photos folder; dataUrl null when it has none (or the file is gone). */
  'contacts:photo': channel<ContactPhoto>()(z.object({ id: IdSchema }).strict()),
} as const;
