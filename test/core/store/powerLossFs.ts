import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { FileHandleOps, FsOps } from '../../../electron/core/store/FsOps';
import { nodeFsOps } from '../../../electron/core/store/nodeFsOps';
import { fsError } from './fsTestKit';

/**
 * The real file system plus a model of what a power cut would leave, after SQLite's crash tests
 * (test6.c): writes and truncates are held per file until its fsync/fdatasync, and creates,
 * renames and unlinks per folder until that folder's fsync. At a chosen operation the "power
 * goes": every later call fails, and `image()` writes the disk a reboot would find, with each
 * pending operation applied, dropped or garbled (a torn write: a prefix, or zeros).
 *
 * Folders made with mkdir count as durable at once (the store never relies on a folder it has
 * just created surviving a cut; backups/ and damaged/ exist long before they matter).
 */
export type FileOp = { kind: 'write'; pos: number; data: Buffer } | { kind: 'truncate'; length: number };
export type DirOp =
  | { kind: 'link'; folder: string; name: string; inode: number }
  | { kind: 'unlink'; folder: string; name: string; inode: number }
  | { kind: 'rename'; from: string; fromName: string; to: string; toName: string; inode: number };

interface Inode {
  durable: Buffer;
  pending: FileOp[];
}

export type Fate = 'apply' | 'drop' | 'garble';
/** Decides each pending operation's fate at the crash; seeded so a failure can be replayed. */
export type Chooser = (what: 'file' | 'dir') => Fate;

export class CrashedError extends Error {
  readonly code = 'EIO';
}

export class PowerLossFs {
  /** Every mutating call in order, as `op name` (names relative to the root). */
  readonly log: string[] = [];
  private readonly inodes = new Map<number, Inode>();
  /** Handles a dead process would leave open; `release()` closes them after the crash. */
  private readonly handles = new Set<FileHandleOps>();
  private readonly live = new Map<string, number>();
  private durableTree = new Map<string, Map<string, number>>();
  private pendingDir: DirOp[] = [];
  private next = 1;
  private ops = 0;
  private crashed = false;
  private crashImage: Map<string, Map<string, Buffer>> | null = null;
  /** Injected faults: the operation with this index fails once with the given code, without crashing. */
  readonly faults = new Map<number, string>();

  /** Starts from a real folder whose current contents count as durable. */
  constructor(
    readonly root: string,
    private readonly crashAt: number,
    private readonly choose: Chooser,
  ) {
    this.scan(root);
  }

  get crashedYet(): boolean {
    return this.crashed;
  }

  get operations(): number {
    return this.ops;
  }

  private scan(folder: string): void {
    const entries = new Map<string, number>();
    this.durableTree.set(folder, entries);
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        this.scan(path);
        continue;
      }
      const inode = this.next++;
      this.inodes.set(inode, { durable: readFileSync(path), pending: [] });
      entries.set(name, inode);
      this.live.set(path, inode);
    }
  }

  /** Counts a mutating call; at the crash point, captures the image and fails this call and every later one. */
  private step(line: string): void {
    if (this.crashed) throw new CrashedError('The power is off.');
    const index = this.ops++;
    if (index === this.crashAt) {
      this.crashImage = this.imageNow();
      this.crashed = true;
      throw new CrashedError(`The power went at operation ${index}.`);
    }
    this.log.push(`${line}`);
    const fault = this.faults.get(index);
    if (fault) {
      this.faults.delete(index);
      throw fsError(fault, line);
    }
  }

  /**
   * An operation still in flight when the power went never completed: without this, a datasync
   * started before the crash point could resolve after it and acknowledge a commit the image lacks.
   */
  private landed(): void {
    if (this.crashed) throw new CrashedError('The power went while this call was running.');
  }

  private rel(path: string): string {
    return relative(this.root, path) || '.';
  }

  private inode(path: string): Inode {
    const id = this.live.get(path);
    const inode = id === undefined ? undefined : this.inodes.get(id);
    if (!inode) throw new Error(`powerLossFs: no model for ${path}`);
    return inode;
  }

  readonly fs: FsOps = {
    readFile: (path) => {
      if (this.crashed) return Promise.reject(new CrashedError('The power is off.'));
      return nodeFsOps.readFile(path);
    },
    readdir: (path) => nodeFsOps.readdir(path),
    stat: (path) => nodeFsOps.stat(path),
    mkdir: async (path) => {
      this.step(`mkdir ${this.rel(path)}`);
      await nodeFsOps.mkdir(path);
      this.landed();
      for (let p = path; !this.durableTree.has(p) && p !== dirname(p); p = dirname(p)) this.durableTree.set(p, new Map());
    },
    open: async (path, flags) => {
      this.step(`open ${this.rel(path)} ${flags}`);
      const real = await nodeFsOps.open(path, flags);
      this.handles.add(real);
      this.landed();
      if (!this.live.has(path)) {
        const id = this.next++;
        this.inodes.set(id, { durable: Buffer.alloc(0), pending: [] });
        this.live.set(path, id);
        this.pendingDir.push({ kind: 'link', folder: dirname(path), name: basename(path), inode: id });
      }
      const id = this.live.get(path) ?? 0;
      let position = flags.startsWith('a') ? this.currentSize(id) : 0;
      const handle: FileHandleOps = {
        write: async (data, pos = null) => {
          this.step(`write ${this.rel(path)}`);
          const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
          const at = flags.startsWith('a') ? this.currentSize(id) : (pos ?? position);
          const result = await real.write(data, pos);
          this.landed();
          this.mustInode(id).pending.push({ kind: 'write', pos: at, data: bytes.subarray(0, result.bytesWritten) });
          position = at + result.bytesWritten;
          return result;
        },
        truncate: async (length) => {
          this.step(`truncate ${this.rel(path)}`);
          await real.truncate(length);
          this.landed();
          this.mustInode(id).pending.push({ kind: 'truncate', length });
        },
        sync: async () => {
          this.step(`sync ${this.rel(path)}`);
          await real.sync();
          this.landed();
          this.settle(id);
        },
        datasync: async () => {
          this.step(`datasync ${this.rel(path)}`);
          await real.datasync();
          this.landed();
          this.settle(id);
        },
        // Closing is not a durability point, and a dead process closes everything anyway.
        close: () => {
          this.handles.delete(real);
          return real.close();
        },
      };
      return handle;
    },
    rename: async (from, to) => {
      this.step(`rename ${this.rel(from)} -> ${this.rel(to)}`);
      await nodeFsOps.rename(from, to);
      this.landed();
      const inode = this.live.get(from) ?? 0;
      this.live.delete(from);
      this.live.set(to, inode);
      this.pendingDir.push({ kind: 'rename', from: dirname(from), fromName: basename(from), to: dirname(to), toName: basename(to), inode });
    },
    link: async (from, to) => {
      this.step(`link ${this.rel(from)} -> ${this.rel(to)}`);
      await nodeFsOps.link(from, to);
      this.landed();
      const inode = this.live.get(from) ?? 0;
      this.live.set(to, inode);
      this.pendingDir.push({ kind: 'link', folder: dirname(to), name: basename(to), inode });
    },
    unlink: async (path) => {
      this.step(`unlink ${this.rel(path)}`);
      await nodeFsOps.unlink(path);
      this.landed();
      const inode = this.live.get(path) ?? 0;
      this.live.delete(path);
      this.pendingDir.push({ kind: 'unlink', folder: dirname(path), name: basename(path), inode });
    },
    copyFile: async (from, to) => {
      this.step(`copyFile ${this.rel(from)} -> ${this.rel(to)}`);
      await nodeFsOps.copyFile(from, to);
      this.landed();
      const id = this.next++;
      this.inodes.set(id, { durable: Buffer.alloc(0), pending: [{ kind: 'write', pos: 0, data: readFileSync(to) }] });
      this.live.set(to, id);
      this.pendingDir.push({ kind: 'link', folder: dirname(to), name: basename(to), inode: id });
    },
    syncDir: async (path) => {
      this.step(`syncDir ${this.rel(path)}`);
      await nodeFsOps.syncDir(path);
      this.landed();
      const tree = this.durableTree;
      this.pendingDir = this.pendingDir.filter((op) => {
        const touches = op.kind === 'rename' ? op.from === path || op.to === path : op.folder === path;
        if (touches) applyDirOp(tree, op);
        return !touches;
      });
    },
  };

  /** Closes what the dead process left open (the kernel would). */
  async release(): Promise<void> {
    await Promise.all([...this.handles].map((h) => h.close().catch(() => undefined)));
    this.handles.clear();
  }

  private mustInode(id: number): Inode {
    const inode = this.inodes.get(id);
    if (!inode) throw new Error(`powerLossFs: no inode ${id}`);
    return inode;
  }

  private currentSize(id: number): number {
    const inode = this.mustInode(id);
    return inode.pending.reduce((bytes, op) => applyFileOp(bytes, op), inode.durable).byteLength;
  }

  private settle(id: number): void {
    const inode = this.mustInode(id);
    inode.durable = inode.pending.reduce((bytes, op) => applyFileOp(bytes, op), inode.durable);
    inode.pending = [];
  }

  /** What a reboot would find now: each pending operation applied, dropped or garbled. */
  private imageNow(): Map<string, Map<string, Buffer>> {
    const tree = new Map([...this.durableTree].map(([folder, entries]) => [folder, new Map(entries)]));
    for (const op of this.pendingDir) if (this.choose('dir') === 'apply') applyDirOp(tree, op);
    const contents = new Map<number, Buffer>();
    const image = new Map<string, Map<string, Buffer>>();
    for (const [folder, entries] of tree) {
      const files = new Map<string, Buffer>();
      for (const [name, id] of entries) {
        let bytes = contents.get(id);
        if (!bytes) {
          const inode = this.mustInode(id);
          bytes = inode.durable;
          for (const op of inode.pending) {
            const fate = this.choose('file');
            if (fate === 'apply') bytes = applyFileOp(bytes, op);
            else if (fate === 'garble' && op.kind === 'write') bytes = applyFileOp(bytes, garble(op, this.choose('file') === 'apply'));
          }
          contents.set(id, bytes);
        }
        files.set(name, bytes);
      }
      image.set(folder, files);
    }
    return image;
  }

  /**
   * Writes the disk a reboot finds into `target` (the crash image, or now if the power never went).
   * The lock file is left out: after a reboot its process is gone, and here the pid is still ours.
   */
  image(target: string): void {
    const image = this.crashImage ?? this.imageNow();
    for (const [folder, files] of image) {
      const out = join(target, relative(this.root, folder));
      mkdirSync(out, { recursive: true });
      for (const [name, bytes] of files) if (name !== 'liaison.lock') writeFileSync(join(out, name), bytes);
    }
  }
}

export function applyDirOp(tree: Map<string, Map<string, number>>, op: DirOp): void {
  const folder = (path: string) => tree.get(path) ?? tree.set(path, new Map()).get(path) ?? new Map<string, number>();
  if (op.kind === 'link') folder(op.folder).set(op.name, op.inode);
  else if (op.kind === 'unlink') {
    if (folder(op.folder).get(op.name) === op.inode) folder(op.folder).delete(op.name);
  } else {
    if (folder(op.from).get(op.fromName) === op.inode) folder(op.from).delete(op.fromName);
    folder(op.to).set(op.toName, op.inode);
  }
}

export function applyFileOp(bytes: Buffer, op: FileOp): Buffer {
  if (op.kind === 'truncate') {
    return op.length <= bytes.byteLength ? bytes.subarray(0, op.length) : Buffer.concat([bytes, Buffer.alloc(op.length - bytes.byteLength)]);
  }
  const end = op.pos + op.data.byteLength;
  const out = Buffer.alloc(Math.max(bytes.byteLength, end));
  bytes.copy(out);
  op.data.copy(out, op.pos);
  return out;
}

/** A torn write: only a prefix of the sector run reached the platter, or zeros did. */
export function garble(op: Extract<FileOp, { kind: 'write' }>, prefix: boolean): FileOp {
  if (prefix) return { kind: 'write', pos: op.pos, data: op.data.subarray(0, Math.floor(op.data.byteLength / 2)) };
  return { kind: 'write', pos: op.pos, data: Buffer.alloc(op.data.byteLength) };
}
