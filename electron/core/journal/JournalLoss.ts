import { basename, join } from 'node:path';
import { z } from 'zod';
import { phrase, type Phrase } from '../../shared/i18n/Phrase';
import { freeName } from '../store/backups';
import type { FsOps } from '../store/FsOps';
import { decodeJournalLine } from './journalCodec';
import type { ReplayReport } from './replayJournals';

/**
 * What loading could not replay from the journals, told to the user (banner) and to `doctor`:
 * the journal lines after a missing sequence number (a gap), or from a damaged line on (a bad
 * line in the middle, or a last line written whole and damaged since). Torn appends (a crash
 * mid-write, the line never acknowledged) are not a loss and are not reported here; one whose
 * tail holds a line break is still copied to damaged/ before the cut (keepTornTail).
 */
export const JournalLossSchema = z.object({
  kind: z.enum(['gap', 'damaged']),
  /** The journal file where loading stopped. */
  file: z.string(),
  /** Byte-for-byte copies, in damaged/, of that file and every later one. */
  keptIn: z.array(z.string()),
  /** The last change loaded. */
  loadedUpTo: z.number().int().nonnegative(),
  /** Readable changes not loaded, and their sequence numbers' range. */
  dropped: z.number().int().nonnegative(),
  first: z.number().int().nullable(),
  last: z.number().int().nullable(),
  /** Lines that could not be read at all (their changes are unknown). */
  unreadable: z.number().int().nonnegative(),
  at: z.iso.datetime(),
});
export type JournalLoss = z.infer<typeof JournalLossSchema>;

const REPORT = /^journal-loss-.*\.json$/;

/** Describes, without writing anything, what the replay left out (null when nothing). */
export async function describeJournalLoss(fs: FsOps, replay: ReplayReport, loadedUpTo: number, now: Date): Promise<JournalLoss | null> {
  const problem = replay.gap?.path ?? replay.damaged?.path ?? null;
  if (problem === null) return null;
  const files = replay.files.slice(Math.max(0, replay.files.indexOf(problem)));
  const loss: JournalLoss = {
    kind: replay.gap ? 'gap' : 'damaged',
    file: problem,
    keptIn: [],
    loadedUpTo,
    dropped: 0,
    first: null,
    last: null,
    unreadable: 0,
    at: now.toISOString(),
  };
  for (const file of files) {
    const bytes = await fs.readFile(file);
    let start = 0;
    while (start < bytes.length) {
      const end = bytes.indexOf(0x0a, start);
      // An unfinished last fragment is a torn append: never acknowledged, so not a loss.
      if (end === -1) break;
      const entry = decodeJournalLine(bytes.subarray(start, end));
      if (!entry) loss.unreadable++;
      else if (entry.seq > loadedUpTo) {
        loss.dropped++;
        loss.first = Math.min(loss.first ?? entry.seq, entry.seq);
        loss.last = Math.max(loss.last ?? entry.seq, entry.seq);
      }
      start = end + 1;
    }
  }
  return loss;
}

/**
 * Keeps what the replay left out before anything may delete it: copies of the journal file where
 * loading stopped and of every later one go to damaged/, with a report (journal-loss-<time>.json)
 * that `doctor` reads. Returns the loss, or null when the replay dropped nothing.
 */
export async function keepJournalLoss(fs: FsOps, dir: string, replay: ReplayReport, loadedUpTo: number, now: Date, stamp: string): Promise<JournalLoss | null> {
  const loss = await describeJournalLoss(fs, replay, loadedUpTo, now);
  if (!loss) return null;
  const damaged = join(dir, 'damaged');
  await fs.mkdir(damaged);
  const files = replay.files.slice(replay.files.indexOf(loss.file));
  for (const file of files) {
    const copy = join(damaged, `${basename(file, '.log')}-${stamp}.log`);
    await fs.copyFile(file, copy);
    loss.keptIn.push(copy);
  }
  await writeWhole(fs, join(damaged, `journal-loss-${stamp}.json`), `${JSON.stringify(loss, null, 2)}\n`);
  await fs.syncDir(damaged);
  return loss;
}

/**
 * Before a torn tail is cut: a tail that holds a line break is more than an unfinished append (a
 * short write whose first half a power cut lost, or a last line damaged since it was written), so
 * the file is copied to damaged/ byte for byte first; the load reports the torn tail as usual.
 * Returns the copy's path, or null when the tail is a plain unfinished line.
 */
export async function keepTornTail(fs: FsOps, dir: string, active: { path: string; goodBytes: number }, stamp: string): Promise<string | null> {
  const bytes = await fs.readFile(active.path);
  if (!bytes.subarray(active.goodBytes).includes(0x0a)) return null;
  const damaged = join(dir, 'damaged');
  await fs.mkdir(damaged);
  const copy = await freeName(fs, damaged, (serial) => `${basename(active.path, '.log')}-${stamp}-torn${serial > 1 ? `-${serial}` : ''}.log`);
  await fs.copyFile(active.path, copy);
  const handle = await fs.open(copy, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close().catch(() => undefined);
  }
  await fs.syncDir(damaged);
  return copy;
}

/** The loss reports kept in damaged/, oldest first (for doctor). */
export async function readJournalLosses(fs: FsOps, dir: string): Promise<JournalLoss[]> {
  let names: string[];
  try {
    names = await fs.readdir(join(dir, 'damaged'));
  } catch {
    return [];
  }
  const losses: JournalLoss[] = [];
  for (const name of names.filter((n) => REPORT.test(n)).sort()) {
    try {
      const parsed = JournalLossSchema.safeParse(JSON.parse((await fs.readFile(join(dir, 'damaged', name))).toString('utf8')));
      if (parsed.success) losses.push(parsed.data);
    } catch {
      // An unreadable report is skipped; the journal copies beside it are still there.
    }
  }
  return losses;
}

/** The loss as a sentence: how many changes, which numbers, which file, where the copy is. */
export function journalLossPhrase(loss: JournalLoss): Phrase {
  const range = loss.first === null ? String(loss.loadedUpTo + 1) : loss.first === loss.last ? String(loss.first) : `${loss.first}–${loss.last}`;
  const params = {
    count: loss.dropped,
    range,
    file: basename(loss.file),
    loaded: String(loss.loadedUpTo),
    unreadable: loss.unreadable,
    keptIn: loss.keptIn.length > 0 ? join(loss.keptIn[0] ?? '', '..') : '',
  };
  if (loss.kind === 'gap') return phrase('journalLoss.gap', params);
  return phrase(loss.unreadable > 0 && loss.dropped === 0 ? 'journalLoss.damagedOnly' : 'journalLoss.damaged', params);
}

async function writeWhole(fs: FsOps, path: string, text: string): Promise<void> {
  const handle = await fs.open(path, 'wx');
  try {
    // A full disk may take part of a write: a half-written report would be skipped as unreadable.
    const bytes = Buffer.from(text, 'utf8');
    for (let done = 0; done < bytes.byteLength; ) {
      const { bytesWritten } = await handle.write(bytes.subarray(done), done);
      if (bytesWritten <= 0) throw Object.assign(new Error('The loss report could not be written.'), { code: 'ENOSPC' });
      done += bytesWritten;
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}
