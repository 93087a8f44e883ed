import { dirname, join } from 'node:path';
import type { FileHandleOps, FsOps } from '../store/FsOps';
import { journalFileName } from './journalFiles';

/**
 * The open journal file new commits are appended to. Each append is one write at a known
 * position and one fdatasync; commits that arrive together are appended as one buffer.
 */
export class Journal {
  private constructor(
    private readonly fs: FsOps,
    private handle: FileHandleOps,
    public path: string,
    private position: number,
    public lines: number,
  ) {}

  /**
   * Continues the given file after cutting any torn tail, or starts a new one. Before the first
   * append, everything replayed is made durable: the file (and `earlier`, the other journal files
   * replayed) and their names in the folder. A process killed after a write but before its
   * fdatasync leaves a line that is read back yet not on disk, and one that died before syncing
   * the folder leaves a name a power cut can drop; a change appended after them would be
   * acknowledged and then lost with them (after a gap, or with the whole file).
   */
  static async open(
    fs: FsOps,
    dir: string,
    existing: { path: string; goodBytes: number; size: number } | null,
    after: number,
    lines = 0,
    earlier: readonly string[] = [],
  ): Promise<Journal> {
    if (existing) {
      const handle = await fs.open(existing.path, 'r+');
      try {
        // Cut back to the last good line first, so the cut is made durable with the rest.
        if (existing.size !== existing.goodBytes) await handle.truncate(existing.goodBytes);
        await handle.sync();
        for (const path of earlier) await syncFile(fs, path);
        await fs.syncDir(dir);
      } catch (error) {
        await handle.close().catch(() => undefined);
        throw error;
      }
      return new Journal(fs, handle, existing.path, existing.goodBytes, lines);
    }
    return Journal.create(fs, dir, after);
  }

  /** Starts `journal-<after>.log`, durably; on failure the file is removed again (see below). */
  static async create(fs: FsOps, dir: string, after: number): Promise<Journal> {
    const path = join(dir, journalFileName(after));
    const handle = await fs.open(path, 'wx');
    try {
      await handle.sync();
      await fs.syncDir(dir);
    } catch (error) {
      await handle.close().catch(() => undefined);
      // A file left behind would be taken for the active journal by the next start, numbered
      // below lines already in an older file: a later fold would delete it as folded.
      await fs.unlink(path).catch(() => undefined);
      throw error;
    }
    return new Journal(fs, handle, path, 0, 0);
  }

  get bytes(): number {
    return this.position;
  }

  async append(data: Buffer, lines: number): Promise<void> {
    try {
      let written = 0;
      while (written < data.byteLength) {
        const { bytesWritten } = await this.handle.write(data.subarray(written), this.position + written);
        if (bytesWritten <= 0) throw Object.assign(new Error('The journal write made no progress.'), { code: 'EIO' });
        written += bytesWritten;
      }
      await this.handle.datasync();
    } catch (error) {
      // The refused lines may be in the file though not durable: cut them off (as far as the disk
      // lets us), so that the next start does not replay a change that was reported as not saved.
      await this.handle.truncate(this.position).catch(() => undefined);
      throw error;
    }
    this.position += data.byteLength;
    this.lines += lines;
  }

  /** Closes this file and starts `journal-<after>.log`; returns the closed file's path. */
  async rotate(after: number): Promise<string> {
    const old = this.path;
    const next = await Journal.create(this.fs, dirname(this.path), after);
    await this.handle.close().catch(() => undefined);
    this.handle = next.handle;
    this.path = next.path;
    this.position = 0;
    this.lines = 0;
    return old;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

async function syncFile(fs: FsOps, path: string): Promise<void> {
  const handle = await fs.open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close().catch(() => undefined);
  }
}
