import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { FileHandleOps, FsOps } from '../../../electron/core/store/FsOps';
import { nodeFsOps } from '../../../electron/core/store/nodeFsOps';

/** A fresh real folder per call, removed after each test. */
export function useTempDirs(): (label?: string) => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (label = 'store') => {
    const dir = mkdtempSync(join(tmpdir(), `liaison-${label}-`));
    made.push(dir);
    return dir;
  };
}

/** An Error shaped like Node's fs errors, for injected faults. */
export function fsError(code: string, syscall = 'injected'): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected fault, ${syscall}`), { code, syscall });
}

/** The real file system with some calls replaced; handle methods can be wrapped per opened path. */
export function withFaults(
  overrides: Partial<FsOps> & { handle?: (path: string, flags: string, real: FileHandleOps) => FileHandleOps } = {},
): FsOps {
  const { handle, ...calls } = overrides;
  return {
    ...nodeFsOps,
    open: async (path, flags) => {
      const real = await nodeFsOps.open(path, flags);
      return handle ? handle(path, flags, real) : real;
    },
    ...calls,
  };
}

/** The real file system, logging each call as `op path` (rename as `rename from -> to`). */
export function recording(log: string[], inner: FsOps = nodeFsOps): FsOps {
  const note = <T>(line: string, run: () => T): T => {
    log.push(line);
    return run();
  };
  return {
    readFile: (p) => note(`readFile ${p}`, () => inner.readFile(p)),
    open: async (p, flags) => {
      const h = await note(`open ${p} ${flags}`, () => inner.open(p, flags));
      return {
        write: (data, position) => note(`write ${p}`, () => h.write(data, position)),
        sync: () => note(`sync ${p}`, () => h.sync()),
        datasync: () => note(`datasync ${p}`, () => h.datasync()),
        truncate: (n) => note(`truncate ${p}`, () => h.truncate(n)),
        close: () => note(`close ${p}`, () => h.close()),
      };
    },
    rename: (a, b) => note(`rename ${a} -> ${b}`, () => inner.rename(a, b)),
    link: (a, b) => note(`link ${a} -> ${b}`, () => inner.link(a, b)),
    unlink: (p) => note(`unlink ${p}`, () => inner.unlink(p)),
    mkdir: (p) => note(`mkdir ${p}`, () => inner.mkdir(p)),
    readdir: (p) => note(`readdir ${p}`, () => inner.readdir(p)),
    stat: (p) => note(`stat ${p}`, () => inner.stat(p)),
    copyFile: (a, b) => note(`copyFile ${a} -> ${b}`, () => inner.copyFile(a, b)),
    syncDir: (p) => note(`syncDir ${p}`, () => inner.syncDir(p)),
  };
}

/** Folder contents, sorted, for "nothing else was left behind" checks. */
export function listing(dir: string): string[] {
  return readdirSync(dir).sort();
}
