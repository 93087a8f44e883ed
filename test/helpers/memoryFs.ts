import type { Stats } from 'node:fs';
import { dirname } from 'node:path';
import type { FileHandleOps, FsOps } from '../../electron/core/store/FsOps';

/** An error as node:fs raises it (the store reads `code`). */
function fsError(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${path}`), { code, path });
}

/**
 * The store's file system in memory: files as byte arrays, folders as a set of paths. For the
 * sync simulation, which runs thousands of schedules and tests replication, not the disk (the
 * store's durability has its own tests over the real file system and a power-cut model).
 * A Map of path -> bytes is shared by every handle, so a restart (a new Store on the same
 * folder) finds what the last one wrote.
 */
export function memoryFs(): FsOps {
  const files = new Map<string, { bytes: Buffer; mtime: Date }>();
  const folders = new Set<string>(['/']);
  const parentExists = (path: string) => {
    if (!folders.has(dirname(path))) throw fsError('ENOENT', path);
  };
  const stats = (size: number, file: boolean, mtime: Date): Stats =>
    ({ size, mtime, mtimeMs: mtime.getTime(), isFile: () => file, isDirectory: () => !file }) as unknown as Stats;
  const handle = (path: string): FileHandleOps => ({
    write(data, position = null) {
      const entry = files.get(path);
      if (!entry) return Promise.reject(fsError('EBADF', path));
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
      const at = position ?? entry.bytes.length;
      const grown = Buffer.alloc(Math.max(entry.bytes.length, at + bytes.length));
      entry.bytes.copy(grown);
      bytes.copy(grown, at);
      entry.bytes = grown;
      entry.mtime = new Date();
      return Promise.resolve({ bytesWritten: bytes.length });
    },
    sync: () => Promise.resolve(),
    datasync: () => Promise.resolve(),
    truncate(length) {
      const entry = files.get(path);
      if (entry) entry.bytes = Buffer.from(entry.bytes.subarray(0, length));
      return Promise.resolve();
    },
    close: () => Promise.resolve(),
  });
  const run = <T,>(work: () => T): Promise<T> => {
    try {
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  return {
    readFile: (path) =>
      run(() => {
        const entry = files.get(path);
        if (!entry) throw fsError(folders.has(path) ? 'EISDIR' : 'ENOENT', path);
        return Buffer.from(entry.bytes);
      }),
    open: (path, flags) =>
      run(() => {
        parentExists(path);
        const exists = files.has(path);
        if (flags.includes('x') && exists) throw fsError('EEXIST', path);
        if (flags.startsWith('r') && !exists) throw fsError('ENOENT', path);
        if (!exists || flags.startsWith('w')) files.set(path, { bytes: Buffer.alloc(0), mtime: new Date() });
        return handle(path);
      }),
    rename: (from, to) =>
      run(() => {
        const entry = files.get(from);
        if (!entry) throw fsError('ENOENT', from);
        parentExists(to);
        files.delete(from);
        files.set(to, entry);
      }),
    link: (from, to) =>
      run(() => {
        const entry = files.get(from);
        if (!entry) throw fsError('ENOENT', from);
        if (files.has(to)) throw fsError('EEXIST', to);
        parentExists(to);
        files.set(to, { bytes: Buffer.from(entry.bytes), mtime: entry.mtime });
      }),
    unlink: (path) =>
      run(() => {
        if (!files.delete(path)) throw fsError('ENOENT', path);
      }),
    mkdir: (path) =>
      run(() => {
        for (let at = path; !folders.has(at); at = dirname(at)) folders.add(at);
      }),
    readdir: (path) =>
      run(() => {
        if (!folders.has(path)) throw fsError('ENOENT', path);
        const prefix = path.endsWith('/') ? path : `${path}/`;
        const names = new Set<string>();
        for (const name of [...files.keys(), ...folders]) {
          if (name.startsWith(prefix) && name.length > prefix.length) names.add(name.slice(prefix.length).split('/')[0] ?? '');
        }
        return [...names].sort();
      }),
    stat: (path) =>
      run(() => {
        const entry = files.get(path);
        if (entry) return stats(entry.bytes.length, true, entry.mtime);
        if (folders.has(path)) return stats(0, false, new Date(0));
        throw fsError('ENOENT', path);
      }),
    copyFile: (from, to) =>
      run(() => {
        const entry = files.get(from);
        if (!entry) throw fsError('ENOENT', from);
        parentExists(to);
        files.set(to, { bytes: Buffer.from(entry.bytes), mtime: new Date() });
      }),
    syncDir: () => Promise.resolve(),
  };
}
