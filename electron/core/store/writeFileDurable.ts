import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { FileHandleOps, FsOps } from './FsOps';

/** Antivirus and indexers on Windows hold new files open for a moment; these clear on their own. */
const TRANSIENT_RENAME_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_ATTEMPTS = 5;
const RENAME_FIRST_DELAY_MS = 20;

/**
 * Replaces `path` with `data` so that after a crash or power loss the file holds either the old
 * bytes or the new ones, never a mix: write a temp file beside it, fsync, rename over, fsync the
 * folder. The target is not touched before the rename; on failure the temp file is removed and
 * the error rethrown, so a caller never acknowledges a save that is not on disk.
 */
export async function writeFileDurable(fs: FsOps, path: string, data: string | Uint8Array | AsyncIterable<Uint8Array>): Promise<void> {
  const folder = dirname(path);
  // pid + random: two processes (app and CLI) or two saves can never share a temp file.
  const temp = join(folder, `${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandleOps | undefined;
  try {
    handle = await fs.open(temp, 'wx');
    if (typeof data === 'string' || data instanceof Uint8Array) {
      await writeAll(handle, typeof data === 'string' ? Buffer.from(data, 'utf8') : data, 0);
    } else {
      // A long export arrives in chunks, so it is never held whole in memory.
      let offset = 0;
      for await (const chunk of data) offset = await writeAll(handle, chunk, offset);
    }
    await handle.sync();
    const closing = handle;
    handle = undefined; // a failed close must not be retried by the cleanup below
    await closing.close();
    await renameWithRetry(fs, temp, path);
  } catch (error) {
    if (handle) await handle.close().catch(ignore);
    await fs.unlink(temp).catch(ignore);
    throw error;
  }
  // After the rename the temp name no longer exists; a failure here still rejects, because the
  // rename is not yet known to survive a power cut.
  await fs.syncDir(folder);
}

/**
 * Writes `bytes` at file position `start`; a write may be short (a full disk fills mid-way), so
 * loop until every byte is accepted. Returns the position after the last byte.
 */
async function writeAll(handle: FileHandleOps, bytes: Uint8Array, start: number): Promise<number> {
  let done = 0;
  while (done < bytes.byteLength) {
    const { bytesWritten } = await handle.write(bytes.subarray(done), start + done);
    if (bytesWritten <= 0) throw new Error(`Writing stopped after ${start + done} bytes.`);
    done += bytesWritten;
  }
  return start + done;
}

async function renameWithRetry(fs: FsOps, from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      if (attempt >= RENAME_ATTEMPTS || !isTransient(error)) throw error;
      await delay(RENAME_FIRST_DELAY_MS * 2 ** (attempt - 1));
    }
  }
}

function isTransient(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && TRANSIENT_RENAME_CODES.has(error.code);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function ignore(): void {}
