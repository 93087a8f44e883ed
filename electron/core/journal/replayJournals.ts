import type { Workspace } from '../../shared/schemas/workspace';
import type { FsOps } from '../store/FsOps';
import { applyJournalEntry } from './JournalEntry';
import { decodeJournal } from './journalCodec';
import { listJournalFiles } from './journalFiles';

export interface ReplayReport {
  replayed: number;
  /** The file new lines go to, and where its last good line ends (the torn tail is cut there). */
  active: { path: string; after: number; goodBytes: number; size: number } | null;
  /** The last line was cut short by a crash and was dropped: its seq is unknown, its bytes are. */
  tornBytes: number;
  /** A journal whose middle is unreadable: replay stopped before the bad line. */
  damaged: { path: string; offset: number } | null;
  /** Lines after a missing sequence number (a restored older snapshot) were not applied. */
  gap: { expected: number; found: number; path: string } | null;
  files: string[];
  /** Ids of the contacts the applied lines wrote (a persisted search index reindexes just these). */
  contacts: Set<string>;
  /** Whether an applied line wrote an organisation or a city (whose names the search index holds too). */
  placesChanged: boolean;
}

/**
 * Replays every journal file after the snapshot, in order, applying only the next sequence
 * number each time: lines already in the snapshot are skipped, and replay stops at a gap or a
 * damaged line rather than apply changes out of order.
 */
export async function replayJournals(
  fs: FsOps,
  dir: string,
  ws: Workspace,
  upTo = Infinity,
  /** Called after each applied line (compaction's progress and cancel check); may throw to stop. */
  applied?: (replayed: number) => void,
): Promise<ReplayReport> {
  const files = await listJournalFiles(fs, dir);
  const report: ReplayReport = { replayed: 0, active: null, tornBytes: 0, damaged: null, gap: null, files: files.map((f) => f.path), contacts: new Set(), placesChanged: false };
  for (const [index, file] of files.entries()) {
    if (file.after >= upTo) break;
    const bytes = await fs.readFile(file.path);
    const decoded = decodeJournal(bytes);
    const last = index === files.length - 1;
    for (const entry of decoded.entries) {
      if (entry.seq <= ws.seq) continue;
      if (entry.seq > upTo) break;
      if (entry.seq !== ws.seq + 1) {
        report.gap = { expected: ws.seq + 1, found: entry.seq, path: file.path };
        return report;
      }
      applyJournalEntry(ws, entry);
      for (const { kind, id } of entry.records) {
        if (kind === 'contacts') report.contacts.add(id);
        else if (kind === 'organizations' || kind === 'cities') report.placesChanged = true;
      }
      report.replayed++;
      applied?.(report.replayed);
    }
    if (decoded.damagedAt !== null || (decoded.tornTail && !last)) {
      report.damaged = { path: file.path, offset: decoded.goodBytes };
      return report;
    }
    if (decoded.tornTail) report.tornBytes = bytes.length - decoded.goodBytes;
    if (last) report.active = { path: file.path, after: file.after, goodBytes: decoded.goodBytes, size: bytes.length };
  }
  return report;
}
