import type { Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { FileHandleOps, FsOps } from '../../../../electron/core/store/FsOps';
import { applyDirOp, applyFileOp, garble, type DirOp, type Fate, type FileOp } from '../powerLossFs';
import { fsError } from '../fsTestKit';

/**
 * An in-memory disk with the durability model of powerLossFs (the same file and folder
 * operations, applied, dropped or garbled at a power cut), so thousands of schedules run in
 * seconds: writes and truncates are durable only after their file's fsync/fdatasync; creates,
 * renames, unlinks and links only after their folder's fsync. Folders made with mkdir are
 * durable at once, as in powerLossFs.
 *
 * Each process sees the disk through a view (`fsFor`) whose every call waits for `gate`: the
 * simulation's scheduler decides when each call runs and whether it fails.
 */
interface Inode {
  live: Buffer;
  durable: Buffer;
  pending: FileOp[];
  mtimeMs: number;
}

/** What a call is, for the scheduler and the invariants: reads never change the disk; a sleep waits on the virtual clock. */
export type CallKind = 'read' | 'write' | 'sync' | 'meta' | 'sleep';

/** Runs `perform` when the scheduler lets this call proceed; `fault` is the error code it chose to inject instead, if any. */
export type Gate = <T>(proc: number, label: string, kind: CallKind, perform: (fault: string | null) => T) => Promise<T>;

export class SimDisk {
  private readonly inodes = new Map<number, Inode>();
  private live = new Map<string, Map<string, number>>();
  private durableTree = new Map<string, Map<string, number>>();
  private pendingDir: DirOp[] = [];
  private next = 1;
  /** How many changes each process made (a refused process must have made none). */
  readonly changesBy = new Map<number, number>();
  /** Called before a file is unlinked, with its bytes now (the invariant "nothing unfolded is deleted"). */
  beforeUnlink: (path: string, bytes: Buffer) => void = () => undefined;
  /** Called after each change a process makes (`what`: the call and its path). */
  onChange: (proc: number, what: string) => void = () => undefined;

  constructor(
    private readonly gate: Gate,
    private readonly now: () => number,
    /** A disk whose fdatasync reports success and keeps nothing (to show the invariants can fail). */
    private readonly lyingDatasync = false,
  ) {}

  // ---- reading the disk from outside the processes (the invariants) ----------------------

  /** The bytes at `path` now (what a live process reads), or null. */
  read(path: string): Buffer | null {
    const id = this.live.get(dirname(path))?.get(basename(path));
    return id === undefined ? null : this.inode(id).live;
  }

  /** The bytes a power cut now would certainly keep at `path`, or null when it might lose the file. */
  readDurable(path: string): Buffer | null {
    const id = this.durableTree.get(dirname(path))?.get(basename(path));
    return id === undefined ? null : this.inode(id).durable;
  }

  list(folder: string): string[] {
    return [...(this.live.get(folder)?.keys() ?? [])].sort();
  }

  /** Every file under `root` with its bytes now, keyed by path. */
  files(root: string): Map<string, Buffer> {
    const out = new Map<string, Buffer>();
    for (const [folder, entries] of this.live) {
      if (folder !== root && !folder.startsWith(`${root}/`)) continue;
      for (const [name, id] of entries) out.set(join(folder, name), this.inode(id).live);
    }
    return out;
  }

  /** Puts a file on the disk durably, folders and all (the world before the schedule starts). */
  put(path: string, bytes: Buffer): void {
    for (let p = dirname(path); p !== dirname(p); p = dirname(p)) {
      if (!this.live.has(p)) this.live.set(p, new Map());
      if (!this.durableTree.has(p)) this.durableTree.set(p, new Map());
    }
    const id = this.next++;
    this.inodes.set(id, { live: bytes, durable: bytes, pending: [], mtimeMs: this.now() });
    this.live.get(dirname(path))?.set(basename(path), id);
    this.durableTree.get(dirname(path))?.set(basename(path), id);
  }

  /** Replaces a file's bytes durably (damage from outside: a bad sector, a stray edit). */
  overwrite(path: string, bytes: Buffer): void {
    const id = this.live.get(dirname(path))?.get(basename(path));
    if (id === undefined) return;
    const inode = this.inode(id);
    inode.live = bytes;
    inode.durable = bytes;
    inode.pending = [];
  }

  /**
   * The power goes: what a reboot finds becomes the whole disk, every pending operation applied,
   * dropped or garbled as `choose` says (seeded). Files named in `forget` are left out (a lock
   * file names a process a reboot ended).
   */
  powerLoss(choose: (what: 'file' | 'dir') => Fate, forget: (path: string) => boolean): void {
    const tree = new Map([...this.durableTree].map(([folder, entries]) => [folder, new Map(entries)]));
    for (const op of this.pendingDir) if (choose('dir') === 'apply') applyDirOp(tree, op);
    const contents = new Map<number, Buffer>();
    for (const [folder, entries] of tree) {
      for (const [name, id] of [...entries]) {
        if (forget(join(folder, name))) {
          entries.delete(name);
          continue;
        }
        if (contents.has(id)) continue;
        const inode = this.inode(id);
        let bytes = inode.durable;
        for (const op of inode.pending) {
          const fate = choose('file');
          if (fate === 'apply') bytes = applyFileOp(bytes, op);
          else if (fate === 'garble' && op.kind === 'write') bytes = applyFileOp(bytes, garble(op, choose('file') === 'apply'));
        }
        contents.set(id, bytes);
      }
    }
    for (const [id, inode] of this.inodes) {
      const bytes = contents.get(id);
      if (bytes === undefined) this.inodes.delete(id);
      else Object.assign(inode, { live: bytes, durable: bytes, pending: [] });
    }
    this.durableTree = tree;
    this.live = new Map([...tree].map(([folder, entries]) => [folder, new Map(entries)]));
    this.pendingDir = [];
  }

  // ---- a process's view -------------------------------------------------------------------

  fsFor(proc: number): FsOps & { link(from: string, to: string): Promise<void> } {
    const call = <T>(label: string, kind: CallKind, perform: (fault: string | null) => T): Promise<T> =>
      this.gate(proc, label, kind, (fault) => {
        if (fault) throw fsError(fault, label);
        const result = perform(fault);
        if (kind === 'meta' && !label.startsWith('mkdir ') && !label.startsWith('open ')) this.changed(proc, label);
        return result;
      });
    return {
      readFile: (path) => call(`readFile ${path}`, 'read', () => Buffer.from(this.mustFile(path).live)),
      readdir: (path) =>
        call(`readdir ${path}`, 'read', () => {
          const entries = this.live.get(path);
          if (!entries) throw fsError('ENOENT', `readdir ${path}`);
          return [...new Set([...entries.keys(), ...this.subfolders(path)])].sort();
        }),
      stat: (path) => call(`stat ${path}`, 'read', () => this.stat(path)),
      mkdir: (path) =>
        call(`mkdir ${path}`, 'meta', () => {
          for (let p = path; p !== dirname(p); p = dirname(p)) {
            if (!this.live.has(p)) this.live.set(p, new Map());
            if (!this.durableTree.has(p)) this.durableTree.set(p, new Map());
          }
        }),
      open: (path, flags) => call(`open ${path} ${flags}`, 'meta', () => this.open(proc, path, flags)),
      rename: (from, to) =>
        call(`rename ${from} -> ${to}`, 'meta', () => {
          const id = this.mustId(from);
          this.folder(to).set(basename(to), id);
          this.folder(from).delete(basename(from));
          this.pendingDir.push({ kind: 'rename', from: dirname(from), fromName: basename(from), to: dirname(to), toName: basename(to), inode: id });
        }),
      link: (from, to) =>
        call(`link ${from} -> ${to}`, 'meta', () => {
          const id = this.mustId(from);
          if (this.read(to) !== null) throw fsError('EEXIST', `link ${to}`);
          this.folder(to).set(basename(to), id);
          this.pendingDir.push({ kind: 'link', folder: dirname(to), name: basename(to), inode: id });
        }),
      unlink: (path) =>
        call(`unlink ${path}`, 'meta', () => {
          const id = this.mustId(path);
          this.beforeUnlink(path, this.inode(id).live);
          this.folder(path).delete(basename(path));
          this.pendingDir.push({ kind: 'unlink', folder: dirname(path), name: basename(path), inode: id });
        }),
      copyFile: (from, to) =>
        call(`copyFile ${from} -> ${to}`, 'meta', () => {
          const bytes = this.mustFile(from).live;
          const id = this.create(to);
          this.inode(id).live = bytes;
          this.inode(id).pending.push({ kind: 'write', pos: 0, data: bytes });
        }),
      syncDir: (path) =>
        call(`syncDir ${path}`, 'sync', () => {
          const tree = this.durableTree;
          this.pendingDir = this.pendingDir.filter((op) => {
            const touches = op.kind === 'rename' ? op.from === path || op.to === path : op.folder === path;
            if (touches) applyDirOp(tree, op);
            return !touches;
          });
        }),
    };
  }

  private open(proc: number, path: string, flags: string): FileHandleOps {
    let id = this.live.get(dirname(path))?.get(basename(path));
    if (flags.includes('x') && id !== undefined) throw fsError('EEXIST', `open ${path}`);
    if (id === undefined) {
      if (flags.startsWith('r')) throw fsError('ENOENT', `open ${path}`);
      id = this.create(path);
      this.changed(proc, `create ${path}`);
    } else if (flags.startsWith('w')) {
      this.change(id, { kind: 'truncate', length: 0 });
      this.changed(proc, `truncate ${path}`);
    }
    const file = id;
    const append = flags.startsWith('a');
    let position = 0;
    const call = <T>(label: string, kind: CallKind, perform: (fault: string | null) => T): Promise<T> =>
      this.gate(proc, `${label} ${path}`, kind, perform);
    return {
      write: (data, pos = null) =>
        call('write', 'write', (fault) => {
          let bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
          // A full disk may take part of a write before refusing the rest: a short write, as real disks do.
          if (fault === 'ENOSPC' && bytes.byteLength > 1) bytes = bytes.subarray(0, bytes.byteLength >> 1);
          else if (fault) throw fsError(fault, `write ${path}`);
          const at = append ? this.inode(file).live.byteLength : (pos ?? position);
          this.change(file, { kind: 'write', pos: at, data: bytes });
          this.changed(proc, `write ${path}`);
          position = at + bytes.byteLength;
          return { bytesWritten: bytes.byteLength };
        }),
      truncate: (length) =>
        call('truncate', 'write', (fault) => {
          if (fault) throw fsError(fault, `truncate ${path}`);
          this.change(file, { kind: 'truncate', length });
          this.changed(proc, `truncate ${path}`);
        }),
      sync: () => call('sync', 'sync', (fault) => this.settle(file, fault)),
      datasync: () => call('datasync', 'sync', (fault) => this.settle(file, fault, this.lyingDatasync)),
      // Closing is not a durability point; it is not a scheduling point either.
      close: () => Promise.resolve(),
    };
  }

  private changed(proc: number, what: string): void {
    this.changesBy.set(proc, (this.changesBy.get(proc) ?? 0) + 1);
    this.onChange(proc, what);
  }

  private settle(id: number, fault: string | null, lying = false): void {
    // A failed fsync leaves the file's state unknown: its pending writes may or may not land.
    if (fault) throw fsError(fault, 'fsync');
    if (lying) return;
    const inode = this.inode(id);
    inode.durable = inode.live;
    inode.pending = [];
  }

  private change(id: number, op: FileOp): void {
    const inode = this.inode(id);
    inode.live = applyFileOp(inode.live, op);
    inode.pending.push(op);
    inode.mtimeMs = this.now();
  }

  private create(path: string): number {
    const id = this.next++;
    this.inodes.set(id, { live: Buffer.alloc(0), durable: Buffer.alloc(0), pending: [], mtimeMs: this.now() });
    this.folder(path).set(basename(path), id);
    this.pendingDir.push({ kind: 'link', folder: dirname(path), name: basename(path), inode: id });
    return id;
  }

  private folder(path: string): Map<string, number> {
    const entries = this.live.get(dirname(path));
    if (!entries) throw fsError('ENOENT', path);
    return entries;
  }

  private subfolders(path: string): string[] {
    return [...this.live.keys()].filter((p) => p !== path && dirname(p) === path).map((p) => basename(p));
  }

  private mustId(path: string): number {
    const id = this.live.get(dirname(path))?.get(basename(path));
    if (id === undefined) throw fsError(this.live.has(path) ? 'EISDIR' : 'ENOENT', path);
    return id;
  }

  private mustFile(path: string): Inode {
    return this.inode(this.mustId(path));
  }

  private inode(id: number): Inode {
    const inode = this.inodes.get(id);
    if (!inode) throw new Error(`SimDisk: no inode ${id}`);
    return inode;
  }

  private stat(path: string): Stats {
    const isDir = this.live.has(path);
    const inode = isDir ? null : this.mustFile(path);
    const mtimeMs = inode?.mtimeMs ?? 0;
    const time = new Date(mtimeMs);
    const no = () => false;
    return {
      dev: 1, ino: 0, mode: isDir ? 0o40755 : 0o100644, nlink: 1, uid: 0, gid: 0, rdev: 0,
      size: inode?.live.byteLength ?? 0, blksize: 4096, blocks: 0,
      atimeMs: mtimeMs, mtimeMs, ctimeMs: mtimeMs, birthtimeMs: mtimeMs,
      atime: time, mtime: time, ctime: time, birthtime: time,
      isFile: () => !isDir, isDirectory: () => isDir,
      isBlockDevice: no, isCharacterDevice: no, isSymbolicLink: no, isFIFO: no, isSocket: no,
    };
  }
}
