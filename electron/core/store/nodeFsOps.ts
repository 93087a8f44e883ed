import type { FileHandle } from 'node:fs/promises';
import { copyFile, link, mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import type { FileHandleOps, FsOps } from './FsOps';
import { readWholeFile } from './readWholeFile';

/**
 * FsOps over the real file system. Tests wrap this object to inject faults rather than replace it,
 * so the bytes always really reach the disk.
 */
export const nodeFsOps: FsOps = {
  readFile: (path) => readWholeFile(path),
  open: async (path, flags) => handleOps(await open(path, flags)),
  rename: (from, to) => rename(from, to),
  link: (from, to) => link(from, to),
  unlink: (path) => unlink(path),
  // Recursive, so "make sure the folder exists" needs no EEXIST dance at every call site.
  mkdir: async (path) => {
    await mkdir(path, { recursive: true });
  },
  readdir: (path) => readdir(path),
  stat: (path) => stat(path),
  copyFile: (from, to) => copyFile(from, to),
  syncDir,
};

async function syncDir(path: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems (certain network and FUSE mounts) refuse fsync on a folder; the rename
    // is as durable there as the file system allows, and failing every save would help no one.
    if (!hasCode(error, 'EINVAL') && !hasCode(error, 'ENOTSUP')) throw error;
  } finally {
    await handle.close();
  }
}

/**
 * Node's `FileHandle.write(buffer, n)` reads `n` as an offset into the buffer, not a file position,
 * so the handle is adapted rather than returned as is: `position` means the same for text and bytes.
 */
function handleOps(handle: FileHandle): FileHandleOps {
  return {
    write: (data, position = null) =>
      typeof data === 'string' ? handle.write(data, position, 'utf8') : handle.write(data, 0, data.byteLength, position),
    sync: () => handle.sync(),
    datasync: () => handle.datasync(),
    truncate: (length) => handle.truncate(length),
    close: () => handle.close(),
  };
}

function hasCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}
