import { basename, extname, join } from 'node:path';
import type { Attachment } from '../../shared/schemas/offer';
import { phrase } from '../../shared/i18n/Phrase';
import { CommandError } from '../commands/CommandError';
import type { FsOps } from '../store/FsOps';
import { writeFileDurable } from '../store/writeFileDurable';

/** Larger files are refused with a sentence: they would be read whole into memory to be copied. */
export const MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024;

export function attachmentFolder(dataDir: string, candidacyId: string): string {
  return join(dataDir, 'attachments', candidacyId);
}

/** Where an attachment's copy lives; `storedAs` is one plain file name (the schema refuses paths). */
export function attachmentPath(dataDir: string, candidacyId: string, attachment: Pick<Attachment, 'storedAs'>): string {
  return join(attachmentFolder(dataDir, candidacyId), attachment.storedAs);
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;
// Characters no file system of the three desktops accepts in a name, plus control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f]/g;

/** A name every desktop file system accepts, close to the one the user gave. */
export function safeFileName(name: string): string {
  let safe = name.normalize('NFC').replace(UNSAFE, '_').replace(/[. ]+$/u, '').trim();
  if (WINDOWS_RESERVED.test(safe)) safe = `_${safe}`;
  if (safe.length > 180) {
    const ext = extname(safe).slice(0, 20);
    safe = `${safe.slice(0, 180 - ext.length)}${ext}`;
  }
  return safe === '' || safe === '.' || safe === '..' ? 'attachment' : safe;
}

/**
 * "Offer.pdf", then "Offer (2).pdf", "Offer (3).pdf": never overwrites a file already kept. Names
 * are compared without case, since macOS and Windows do.
 */
export function uniqueFileName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name.toLowerCase())) return name;
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'unknown error';
}

/**
 * Copies the user's files into the candidacy's folder in the data folder, each written durably
 * (temp file, fsync, rename, fsync of the folder), and returns the attachments to record. Either
 * every file is copied or none is left behind.
 */
export async function copyAttachments(
  fs: FsOps,
  dataDir: string,
  candidacyId: string,
  paths: readonly string[],
  at: string,
  newId: () => string,
): Promise<Attachment[]> {
  const folder = attachmentFolder(dataDir, candidacyId);
  await fs.mkdir(folder);
  // New folders are entries in their parents: make those durable too.
  await fs.syncDir(join(dataDir, 'attachments'));
  await fs.syncDir(dataDir);
  const taken = new Set((await fs.readdir(folder)).map((name) => name.toLowerCase()));
  const copied: Attachment[] = [];
  try {
    for (const path of paths) {
      const name = basename(path).trim().slice(0, 255) || 'attachment';
      let size: number;
      try {
        const stat = await fs.stat(path);
        if (!stat.isFile()) throw new CommandError('rule', phrase('errors.notAFile', { name }));
        size = stat.size;
      } catch (error) {
        if (error instanceof CommandError) throw error;
        throw new CommandError('not-found', phrase('errors.attachUnreadable', { name, code: codeOf(error) }));
      }
      if (size > MAX_ATTACHMENT_BYTES) {
        throw new CommandError('rule', phrase('errors.attachTooLarge', { name }));
      }
      const bytes = await fs.readFile(path);
      const storedAs = uniqueFileName(safeFileName(name), taken);
      await writeFileDurable(fs, join(folder, storedAs), bytes);
      taken.add(storedAs.toLowerCase());
      copied.push({ id: newId(), name, storedAs, addedAt: at });
    }
  } catch (error) {
    await removeCopies(fs, dataDir, candidacyId, copied);
    throw error;
  }
  return copied;
}

/** Removes copies made for a change that was then refused (best effort: a leftover only takes space). */
export async function removeCopies(fs: FsOps, dataDir: string, candidacyId: string, attachments: readonly Attachment[]): Promise<void> {
  for (const attachment of attachments) await fs.unlink(attachmentPath(dataDir, candidacyId, attachment)).catch(() => undefined);
}
