import { crc32 } from 'node:zlib';
import type { JournalEntry } from './JournalEntry';

/**
 * A journal line is `<seq> <length> <crc32> <json>\n`: the length (in bytes) and the CRC of the
 * JSON let a reader tell a line cut short by a crash, or damaged on disk, from a good one.
 */
export function encodeJournalLine(entry: JournalEntry): Buffer {
  const json = Buffer.from(JSON.stringify(entry), 'utf8');
  const header = Buffer.from(`${entry.seq} ${json.byteLength} ${crc32(json).toString(16).padStart(8, '0')} `, 'ascii');
  return Buffer.concat([header, json, Buffer.from('\n')]);
}

export interface DecodedJournal {
  entries: JournalEntry[];
  /** Bytes from the start up to the end of the last good line. */
  goodBytes: number;
  /** The bytes after the last good line are an incomplete final line (a crash mid-append). */
  tornTail: boolean;
  /** A bad line followed by more data: damage, not a torn append. Byte offset of the bad line. */
  damagedAt: number | null;
}

const HEADER = /^(\d+) (\d+) ([0-9a-f]{8}) $/;

export function decodeJournal(bytes: Buffer): DecodedJournal {
  const entries: JournalEntry[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const line = readLine(bytes, offset);
    if (!line) {
      // Whatever follows the last good line: torn if nothing after it could be a whole line.
      const rest = bytes.subarray(offset);
      const newline = rest.indexOf(0x0a);
      // A last line framed whole (its header's length lands on its newline) whose CRC or JSON is
      // wrong was written completely and damaged since: that is damage to keep, not a torn append.
      const tornTail = newline === -1 || (newline === rest.length - 1 && !framedWhole(rest));
      return { entries, goodBytes: offset, tornTail, damagedAt: tornTail ? null : offset };
    }
    entries.push(line.entry);
    offset = line.next;
  }
  return { entries, goodBytes: offset, tornTail: false, damagedAt: null };
}

function framedWhole(line: Buffer): boolean {
  const match = /^(\d+) (\d+) ([0-9a-f]{8}) /.exec(line.toString('latin1', 0, Math.min(line.length, 64)));
  return match !== null && match[0].length + Number(match[2]) === line.length - 1;
}

/** One line (without its newline) decoded on its own, or null when it is damaged. */
export function decodeJournalLine(line: Buffer): JournalEntry | null {
  return readLine(Buffer.concat([line, Buffer.from('\n')]), 0)?.entry ?? null;
}

function readLine(bytes: Buffer, offset: number): { entry: JournalEntry; next: number } | null {
  // The header is ASCII: up to three spaces within the first 64 bytes.
  let spaces = 0;
  let headerEnd = -1;
  for (let i = offset; i < Math.min(bytes.length, offset + 64); i++) {
    if (bytes[i] === 0x20 && ++spaces === 3) {
      headerEnd = i + 1;
      break;
    }
  }
  if (headerEnd === -1) return null;
  const match = HEADER.exec(bytes.toString('ascii', offset, headerEnd));
  if (!match) return null;
  const length = Number(match[2]);
  const end = headerEnd + length;
  if (end >= bytes.length || bytes[end] !== 0x0a) return null;
  const json = bytes.subarray(headerEnd, end);
  if (crc32(json).toString(16).padStart(8, '0') !== match[3]) return null;
  let entry: JournalEntry;
  try {
    entry = JSON.parse(json.toString('utf8')) as JournalEntry;
  } catch {
    return null;
  }
  if (entry.seq !== Number(match[1])) return null;
  return { entry, next: end + 1 };
}
