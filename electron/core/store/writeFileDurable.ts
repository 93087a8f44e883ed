import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { FileHandleOps, FsOps } from './FsOps';

/** Antivirus and indexers on Windows hold new files open for a moment; these clear on their own. */
const TRANSIENT_RENAME_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_ATTEMPTS = 5;
const RENAME_FIRST_DELAY_MS = 20;
/**
 * A large file is made durable slice by slice. On ext4 (data=ordered) and the like, the journal's
 * fdatasync commits the file system's journal, which first writes out every data block allocated
 * since the last commit: one fsync of a whole 100 MB snapshot or backup at the end made the saves
 * overlapping a compaction wait for all of it (B1c's 28-55 ms saves). With an fdatasync after each
 * slice, a save waits for at most one slice's writeback; the file takes a few more fsyncs.
 */
export const DURABLE_SLICE_BYTES = 1024 * 1024;

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
    const slices = new SlicedWrite(handle);
    if (typeof data === 'string' || data instanceof Uint8Array) {
      await slices.write(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    } else {
      // A long export arrives in chunks, so it is never held whole in memory.
      for await (const chunk of data) await slices.write(chunk);
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

/** Writes at the end of what it wrote so far, with an fdatasync after each full slice (DURABLE_SLICE_BYTES). */
class SlicedWrite {
  private offset = 0;
  private unsynced = 0;

  constructor(private readonly handle: FileHandleOps) {}

  async write(bytes: Uint8Array): Promise<void> {
    for (let done = 0; done < bytes.byteLength; ) {
      // A full slice is flushed only when more bytes follow: the last one is left to the caller's
      // fsync, which also covers the file's size.
      if (this.unsynced === DURABLE_SLICE_BYTES) await this.flush();
      const take = Math.min(bytes.byteLength - done, DURABLE_SLICE_BYTES - this.unsynced);
      this.offset = await writeAll(this.handle, bytes.subarray(done, done + take), this.offset);
      done += take;
      this.unsynced += take;
    }
  }

  private async flush(): Promise<void> {
    await this.handle.datasync();
    this.unsynced = 0;
  }
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
