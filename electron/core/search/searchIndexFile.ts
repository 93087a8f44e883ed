import { crc32 } from 'node:zlib';
import { join } from 'node:path';
import type { Workspace } from '../../shared/schemas/workspace';
import type { FsOps } from '../store/FsOps';
import { checksumFilePath } from '../store/storeFilePath';
import { writeFileDurable } from '../store/writeFileDurable';
import { indexContact } from './buildContactIndex';
import { ContactSearchIndex } from './ContactSearchIndex';
import { decodeIndexImage, encodeIndexImage } from './indexImageCodec';
import { placeNamesOf } from './workspaceSearchDoc';

/** Which snapshot an index file was built from: its sequence number, and its size and CRC as liaison.json.sum holds them. */
export interface IndexedSnapshot {
  seq: number;
  bytes: number;
  crc32: number;
}

/**
 * The search index of the last snapshot, beside it, so start-up loads the index instead of
 * building it (a tenth of the time at 100,000 contacts). It is only ever a cache: any doubt (a
 * missing or damaged file, another snapshot, an older format) means the index is built afresh.
 */
export function searchIndexFilePath(dir: string): string {
  return join(dir, 'liaison.index');
}

/** Every contact of `ws` in a new, prepared index: what start-up builds when no index file fits. */
export function buildContactIndex(ws: Readonly<Workspace>): ContactSearchIndex {
  const index = new ContactSearchIndex();
  const places = placeNamesOf(ws);
  for (const contact of Object.values(ws.contacts)) indexContact(index, ws, contact, places);
  index.prepare();
  return index;
}

/** Builds the index of the snapshot `ws` (whose bytes are `snapshot`) and writes it durably beside it. */
export async function writeSearchIndexFile(fs: FsOps, dir: string, ws: Readonly<Workspace>, snapshot: Uint8Array): Promise<void> {
  const meta: IndexedSnapshot = { seq: ws.seq, bytes: snapshot.byteLength, crc32: crc32(snapshot) };
  await writeFileDurable(fs, searchIndexFilePath(dir), encodeIndexImage(buildContactIndex(ws).image(), meta));
}

/**
 * The index file's index when it was built from the snapshot that was loaded (sequence `seq`, and
 * the size and CRC liaison.json.sum records), else null.
 */
export async function readSearchIndexFile(fs: FsOps, dir: string, seq: number): Promise<ContactSearchIndex | null> {
  try {
    const sum = JSON.parse((await fs.readFile(checksumFilePath(dir))).toString('utf8')) as { bytes?: unknown; crc32?: unknown };
    const file = decodeIndexImage<IndexedSnapshot>(await fs.readFile(searchIndexFilePath(dir)));
    if (!file || file.meta.seq !== seq || file.meta.bytes !== sum.bytes || file.meta.crc32 !== sum.crc32) return null;
    return ContactSearchIndex.fromImage(file.image);
  } catch {
    return null;
  }
}
