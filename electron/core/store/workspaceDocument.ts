import { Low, type Adapter } from 'lowdb';
import type { Workspace } from '../../shared/schemas/workspace';
import { writeSnapshot } from '../journal/writeSnapshot';
import type { FsOps } from './FsOps';

/**
 * lowdb's place in the store: it holds the workspace document in memory (`.data`, the one object
 * every commit mutates and every read sees) and writes it whole, through our durable snapshot
 * writer, when the store rewrites from memory. That is all it does. Loading (validation,
 * migration, recovery, journal replay) is Store.open's; everyday saves are journal appends
 * (GroupCommit); compaction folds the journal from the files on disk, not from this document.
 */
export function workspaceDocument(fs: FsOps, dir: string, workspace: Workspace): Low<Workspace> {
  const adapter: Adapter<Workspace> = {
    read: () => Promise.resolve(workspace),
    write: (data) => writeSnapshot(fs, dir, JSON.stringify(data)),
  };
  return new Low(adapter, workspace);
}
