import { join } from 'node:path';
import type { PortablePhoto } from '../export/PortableContact';
import type { FsOps } from '../store/FsOps';
import { nodeFsOps } from '../store/nodeFsOps';
import { writeFileDurable } from '../store/writeFileDurable';
import { PhotoFileSchema } from '../../shared/schemas/contact';
import { sniffImage } from '../../shared/photo/sniffImage';

/** Contact photos live beside the store file, one file each: `<data folder>/photos/<uuid>.<ext>`. */
export function photosDir(dataDir: string): string {
  return join(dataDir, 'photos');
}

/**
 * Writes an import's photos (durably, each under its new name) before the import commits: a photo
 * a contact points at is on disk first. A commit that then fails leaves only unused files behind.
 */
export async function writeContactPhotos(dataDir: string, photos: readonly { file: string; bytes: Uint8Array }[], fs: FsOps = nodeFsOps): Promise<void> {
  if (photos.length === 0) return;
  await fs.mkdir(photosDir(dataDir));
  for (const { file, bytes } of photos) await writeFileDurable(fs, join(photosDir(dataDir), PhotoFileSchema.parse(file)), bytes);
}

/**
 * A stored photo's bytes and what they are, or null when the file is gone or is no picture. Only
 * a name of the schema's shape is ever joined to the folder, so no path can reach outside it, and
 * the bytes are checked again: what is shown and exported is a JPEG, PNG, GIF or WebP, never run.
 */
export async function readContactPhoto(dataDir: string, file: string, fs: FsOps = nodeFsOps): Promise<PortablePhoto | null> {
  if (!PhotoFileSchema.safeParse(file).success) return null;
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(join(photosDir(dataDir), file));
  } catch {
    return null;
  }
  const mediaType = sniffImage(bytes);
  return mediaType ? { mediaType, bytes: new Uint8Array(bytes) } : null;
}
