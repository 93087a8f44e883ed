import { join } from 'node:path';
import type { Workspace } from '../../shared/schemas/workspace';
import type { FsOps } from '../store/FsOps';
import { photosDir } from './contactPhotos';

// Our own names only: a photo (<uuid>.<ext>) and the temp file a durable write leaves when the
// process dies mid-write (<photo>.<pid>.<hex>.tmp). Anything else in the folder is not ours to delete.
const PHOTO_NAME = /^[0-9a-f-]{36}\.(?:jpg|png|gif|webp)$/;
const TEMP_NAME = /^([0-9a-f-]{36}\.(?:jpg|png|gif|webp))\.\d+\.[0-9a-f]+\.tmp$/;

function photoOf(record: Record<string, unknown> | null | undefined): string | null {
  return record && typeof record.photo === 'string' ? record.photo : null;
}

/**
 * Every photo file a contact names now, or could name again: contacts alive and in the Trash, and
 * every before-image in the undo and redo history (undo of a photo change, of a removal, of a
 * purge from the Trash, and redo of an undone import, each bring a photo back by its name).
 */
export function photosInUse(ws: Workspace): Set<string> {
  const used = new Set<string>();
  for (const contact of Object.values(ws.contacts)) if (contact.photo) used.add(contact.photo);
  for (const entry of [...ws.history.undo, ...ws.history.redo]) {
    for (const image of entry.images) {
      if (image.kind !== 'contacts') continue;
      const photo = photoOf(image.record);
      if (photo) used.add(photo);
    }
  }
  return used;
}

/**
 * Deletes the photo files nothing can name any more (see photosInUse); returns their names.
 *
 * Why a sweep, and why only when the workspace opens: a photo file is written before the command
 * that names it commits (so no contact ever points at a missing file), and it is needed as long
 * as undo or redo can bring a record naming it back. Deleting a file in the command that stops
 * using it would break that undo; tracking each file's last reference across undo, redo, history
 * trimming, failed commits and an unsaved form is easy to get wrong. A sweep over what can still
 * name a file is right whatever path left it behind: a failed or undone import (once redo is
 * gone), a photo replaced or removed, a contact purged from the Trash (once undo no longer
 * reaches the purge), a photo chosen in a form that was cancelled. At open the store holds the
 * workspace's lock and nothing else runs yet: no import has written photos it has not yet
 * committed and no form holds a chosen photo, so every unnamed file is truly left over. Later in
 * the session an unnamed file may be one of those, so nothing is swept then; a leftover waits
 * for the next start.
 */
export async function sweepPhotos(fs: FsOps, dataDir: string, ws: Workspace): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(photosDir(dataDir));
  } catch {
    return [];
  }
  const used = photosInUse(ws);
  const removed: string[] = [];
  for (const name of names) {
    const leftover = TEMP_NAME.test(name) || (PHOTO_NAME.test(name) && !used.has(name));
    if (!leftover) continue;
    // Best effort: a file that cannot be deleted now is tried again at the next start.
    await fs.unlink(join(photosDir(dataDir), name)).then(
      () => removed.push(name),
      () => undefined,
    );
  }
  return removed;
}
