import { basename, dirname } from 'node:path';
import { decodeJournal } from '../../../../electron/core/journal/journalCodec';

/** The simulation's contacts carry their version in `given`: what a check needs of a workspace. */
export type Versions = ReadonlyMap<string, number>;

interface ContactLike {
  given?: unknown;
}

/** Contact id -> version, from a workspace in memory or the bytes of a workspace file (null if unreadable). */
export function versionsOf(source: { contacts: Record<string, ContactLike> } | Buffer | null): Map<string, number> | null {
  let contacts: Record<string, ContactLike>;
  if (source === null) return null;
  if (Buffer.isBuffer(source)) {
    try {
      contacts = (JSON.parse(source.toString('utf8')) as { contacts: Record<string, ContactLike> }).contacts;
    } catch {
      return null;
    }
  } else contacts = source.contacts;
  const out = new Map<string, number>();
  for (const [id, contact] of Object.entries(contacts)) out.set(id, Number(contact.given));
  return out;
}

/** The first acknowledged (id, version) that `have` lacks or holds at an older version, as words; null when all are there. */
export function missing(expected: Versions, have: Versions | null): string | null {
  if (have === null) return 'the file is missing or unreadable';
  let absent = 0;
  let first = '';
  for (const [id, version] of expected) {
    const got = have.get(id);
    if (got === undefined || got < version) {
      if (absent++ === 0) first = `${id.slice(-6)} v${version} (has ${got === undefined ? 'none' : `v${got}`})`;
    }
  }
  return absent === 0 ? null : `${absent} of ${expected.size} acknowledged changes missing, first ${first}`;
}

/** The highest sequence number of a complete, good line in a journal file's bytes (0 when none). */
export function lastJournalSeq(bytes: Buffer): number {
  return decodeJournal(bytes).entries.reduce((max, entry) => Math.max(max, entry.seq), 0);
}

export function snapshotSeq(bytes: Buffer | null): number {
  if (bytes === null) return -1;
  try {
    return Number((JSON.parse(bytes.toString('utf8')) as { seq: unknown }).seq);
  } catch {
    return -1;
  }
}

const WATCHED = /^(liaison\.json|journal-\d+\.log)$/;

/**
 * "Every dropped byte of a damaged file is kept in damaged/ and reported": compares the store's
 * files before an open with after it. A file the open removed, cut or rewrote must have a
 * byte-for-byte copy in damaged/, except an incomplete last journal line (a crash mid-append,
 * never acknowledged), which need only be reported. Returns what is wrong, or null.
 */
export function droppedBytesProblem(
  dir: string,
  before: ReadonlyMap<string, Buffer>,
  after: ReadonlyMap<string, Buffer>,
  reported: { journal: boolean; snapshot: boolean },
): string | null {
  const kept = [...after].filter(([path]) => dirname(path) === `${dir}/damaged`).map(([, bytes]) => bytes);
  for (const [path, old] of before) {
    if (dirname(path) !== dir || !WATCHED.test(basename(path))) continue;
    const now = after.get(path) ?? null;
    if (now !== null && now.equals(old)) continue;
    const isJournal = basename(path) !== 'liaison.json';
    const cut = now !== null && now.byteLength < old.byteLength && old.subarray(0, now.byteLength).equals(now);
    if (isJournal && cut && !old.subarray(now.byteLength).includes(0x0a)) {
      if (!reported.journal) return `the torn tail of ${basename(path)} (${old.byteLength - now.byteLength} bytes) was dropped without a word`;
      continue;
    }
    if (!kept.some((copy) => copy.equals(old))) {
      return `${basename(path)} lost ${now === null ? 'all its' : old.byteLength - (cut ? now.byteLength : 0)} bytes on open with no copy in damaged/`;
    }
    if (!(isJournal ? reported.journal : reported.snapshot)) return `${basename(path)} was moved to damaged/ but nothing reported it`;
  }
  return null;
}
