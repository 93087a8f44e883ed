import { basename } from 'node:path';
import type { FsOps } from '../../../electron/core/store/FsOps';
import { nodeFsOps } from '../../../electron/core/store/nodeFsOps';

const CODES = { enospc: 'ENOSPC', eacces: 'EACCES', eio: 'EIO' } as const;

/**
 * Test-only fault injection for the harness, through `LIAISON_HARNESS_FAULTS`:
 * - `enospc-after:N` — the write after the first N writes to the store's own files fails once;
 * - `enospc-on:TEXT` — the first write to the store's files whose bytes hold TEXT fails once (so a
 *   test can aim at one change, whatever the app saved at start-up).
 * `eacces` and `eio` work the same way. Only the journal and the snapshot count, not the lock or
 * backups. Returns the real file system when the variable is unset; refuses a spec it does not know.
 */
export function faultyFs(spec: string | undefined): FsOps {
  if (!spec) return nodeFsOps;
  const m = /^(enospc|eacces|eio)-(after|on):(.+)$/.exec(spec);
  if (!m || (m[2] === 'after' && !/^\d+$/.test(m[3] ?? ''))) {
    throw new Error(`LIAISON_HARNESS_FAULTS must look like enospc-after:N or enospc-on:TEXT (or eacces/eio), not ${spec}`);
  }
  const code = CODES[m[1] as keyof typeof CODES];
  const byCount = m[2] === 'after';
  const text = m[3] ?? '';
  let remaining = byCount ? Number(text) : 0;
  let fired = false;
  const isStoreFile = (path: string) => /^(journal-\d+\.log|liaison\.json(\..*\.tmp)?)$/.test(basename(path));
  const shouldFail = (data: Uint8Array | string): boolean => {
    if (fired) return false;
    const hit = byCount ? remaining-- <= 0 : Buffer.from(data).includes(text);
    if (hit) fired = true;
    return hit;
  };
  return {
    ...nodeFsOps,
    open: async (path, flags) => {
      const real = await nodeFsOps.open(path, flags);
      if (!isStoreFile(path)) return real;
      return {
        ...real,
        write: (data, position) =>
          shouldFail(data)
            ? Promise.reject(Object.assign(new Error(`${code}: injected by the harness`), { code, syscall: 'write' }))
            : real.write(data, position),
      };
    },
  };
}
