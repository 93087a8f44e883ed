import type { Stats } from 'node:fs';

/** The part of an open file the store uses. */
export interface FileHandleOps {
  write(data: Uint8Array | string, position?: number | null): Promise<{ bytesWritten: number }>;
  /** fsync: data and metadata. */
  sync(): Promise<void>;
  /** fdatasync: data only, cheaper; enough for appends. */
  datasync(): Promise<void>;
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Every file-system call the store makes goes through this interface, so tests can wrap the
 * real file system to inject faults (ENOSPC, a failed fsync, a crash between two calls).
 */
export interface FsOps {
  readFile(path: string): Promise<Buffer>;
  /** flags as in fs.open: 'wx' to create a new file only, 'a' to append, 'r+' to edit. */
  open(path: string, flags: string): Promise<FileHandleOps>;
  rename(from: string, to: string): Promise<void>;
  /** A second name for an existing file; fails with EEXIST if `to` exists (atomic create-if-absent). */
  link(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<Stats>;
  copyFile(from: string, to: string): Promise<void>;
  /** fsync a folder so a rename in it survives power loss; a no-op where the OS cannot (Windows). */
  syncDir(path: string): Promise<void>;
}
