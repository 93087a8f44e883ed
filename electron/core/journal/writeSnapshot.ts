import { crc32 } from 'node:zlib';
import { writeFileDurable } from '../store/writeFileDurable';
import type { FsOps } from '../store/FsOps';
import { checksumFilePath, storeFilePath } from '../store/storeFilePath';

/**
 * Writes the snapshot durably, then its checksum. A load whose bytes match the checksum may skip
 * full schema validation; any mismatch (a crash between the two writes, an edit by hand, a
 * damaged disk) validates fully.
 *
 * Once the snapshot's rename is durable the snapshot is written, whatever happens to the
 * checksum: it is only a fast path, so a failed checksum write is not a failed snapshot (a caller
 * told "failed" would believe the old snapshot is still there). The old checksum is removed so
 * nothing trusts it; if even that fails it no longer matches the bytes, which means full validation.
 */
export async function writeSnapshot(fs: FsOps, dir: string, text: string): Promise<void> {
  const bytes = Buffer.from(text, 'utf8');
  await writeFileDurable(fs, storeFilePath(dir), bytes);
  await writeChecksum(fs, dir, bytes);
}

async function writeChecksum(fs: FsOps, dir: string, bytes: Buffer): Promise<void> {
  try {
    await writeFileDurable(fs, checksumFilePath(dir), JSON.stringify({ bytes: bytes.byteLength, crc32: crc32(bytes) }));
  } catch {
    await fs.unlink(checksumFilePath(dir)).catch(() => undefined);
  }
}
