import { join } from 'node:path';
import type { FsOps } from '../store/FsOps';

/**
 * Journal files are `journal-<after>.log`: every line in one has a sequence number above
 * `<after>`, the snapshot's sequence when the file was started. Sorting by it orders them.
 */
const NAME = /^journal-(\d{12})\.log$/;

export function journalFileName(after: number): string {
  return `journal-${String(after).padStart(12, '0')}.log`;
}

export async function listJournalFiles(fs: FsOps, dir: string): Promise<{ path: string; after: number }[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
    throw error;
  }
  return names
    .flatMap((name) => {
      const m = NAME.exec(name);
      return m ? [{ path: join(dir, name), after: Number(m[1]) }] : [];
    })
    .sort((a, b) => a.after - b.after);
}
