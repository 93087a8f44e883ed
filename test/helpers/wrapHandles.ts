import type { FileHandleOps, FsOps } from '../../electron/core/store/FsOps';
import { nodeFsOps } from '../../electron/core/store/nodeFsOps';

/**
 * The real file system, with each opened file's handle partly replaced by what `wrap` returns:
 * how a test fails or counts a write or an fsync without touching anything else.
 */
export function wrapHandles(wrap: (handle: FileHandleOps) => Partial<FileHandleOps>): FsOps {
  return {
    ...nodeFsOps,
    open: async (path, flags) => {
      const handle = await nodeFsOps.open(path, flags);
      return { ...handle, ...wrap(handle) };
    },
  };
}
