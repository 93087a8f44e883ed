import { crc32 } from 'node:zlib';
import { writeFileDurable } from '../store/writeFileDurable';
import type { FsOps } from '../store/FsOps';
import { checksumFilePath, storeFilePath } from '../store/storeFilePath';

/**
 * Writes the snapshot durably, then its checksum. A load whose bytes match the checksum may skip
 * full schema validation; any mismatch (a crash between the two writes, an edit by hand, a
 * damaged disk) validates fully.
 */
export async function writeSnapshot(fs: FsOps, dir: string, text: string): Promise<void> {
  const bytes = Buffer.from(text, 'utf8');
  await writeFileDurable(fs, storeFilePath(dir), bytes);
  await writeFileDurable(fs, checksumFilePath(dir), JSON.stringify({ bytes: bytes.byteLength, crc32: crc32(bytes) }));
}
