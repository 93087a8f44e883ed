import { basename, join } from 'node:path';
import type { ChosenPhoto } from '../../shared/contracts/photoChannels';
import { phrase } from '../../shared/i18n/Phrase';
import { IMAGE_EXTENSION, sniffImage } from '../../shared/photo/sniffImage';
import { CommandError } from '../commands/CommandError';
import { PHOTO_LIMIT } from '../import/recordToContactData';
import type { Platform } from '../platform/Platform';
import type { FsOps } from '../store/FsOps';
import { writeFileDurable } from '../store/writeFileDurable';
import { photosDir } from './contactPhotos';

/** A picture larger than this is not even read: a phone's photo is a few MB, anything far larger is no portrait. */
export const MAX_PHOTO_SOURCE_BYTES = 25 * 1024 * 1024;
/** An avatar is drawn at most 64 px wide (128 on a dense screen); 512 keeps it sharp where it may grow. */
export const PHOTO_SIDE = 512;

/**
 * Copies the picture the user chose into the photos folder under a new name, drawn smaller on the
 * way where the platform can draw (Electron's nativeImage in the app): only a JPEG, PNG, GIF or
 * WebP (told by its first bytes, not by its name) is taken, and only one that ends up within the
 * 1 MB every photo is held to. The file is written before any contact points at it; one the user
 * then does not save is swept up later (sweepPhotos.ts).
 */
export async function chooseContactPhoto(fs: FsOps, platform: Platform, dataDir: string, newId: () => string): Promise<ChosenPhoto | null> {
  const [path] = await platform.chooseOpenPaths({
    title: 'Choose a photo',
    filters: [
      { name: 'Pictures (JPEG, PNG, GIF, WebP)', extensions: ['jpg', 'jpeg', 'png', 'gif', 'webp'] },
      { name: 'All files', extensions: ['*'] },
    ],
    multiple: false,
  });
  if (!path) return null;
  const name = basename(path);
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) throw new CommandError('rule', phrase('errors.photoNotImage', { name }));
    if (stat.size > MAX_PHOTO_SOURCE_BYTES) throw new CommandError('rule', phrase('errors.photoTooLarge', { name, size: String(Math.round(stat.size / 1_048_576)) }));
    bytes = new Uint8Array(await fs.readFile(path));
  } catch (error) {
    if (error instanceof CommandError) throw error;
    throw new CommandError('not-found', phrase('errors.photoUnreadable', { name }));
  }
  if (!sniffImage(bytes)) throw new CommandError('rule', phrase('errors.photoNotImage', { name }));
  const smaller = (await platform.shrinkImage?.(bytes, PHOTO_SIDE).catch(() => null)) ?? null;
  const kept = smaller && sniffImage(smaller) ? smaller : bytes;
  const mediaType = sniffImage(kept);
  if (!mediaType) throw new CommandError('rule', phrase('errors.photoNotImage', { name }));
  if (kept.byteLength > PHOTO_LIMIT) throw new CommandError('rule', phrase('errors.photoStillLarge', { name, size: (kept.byteLength / 1_048_576).toFixed(1) }));
  const file = `${newId()}.${IMAGE_EXTENSION[mediaType]}`;
  await fs.mkdir(photosDir(dataDir));
  await writeFileDurable(fs, join(photosDir(dataDir), file), kept);
  return { file, dataUrl: `data:${mediaType};base64,${Buffer.from(kept).toString('base64')}` };
}
