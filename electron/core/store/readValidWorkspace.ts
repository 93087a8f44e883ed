import { WorkspaceSchema, type Workspace } from '../../shared/schemas/workspace';
import { phrase } from '../../shared/i18n/Phrase';
import { DamagedFileError } from './DamagedFileError';
import { DurableJsonAdapter } from './DurableJsonAdapter';
import type { FsOps } from './FsOps';
import { migrateToCurrent } from './migrations';
import { SCHEMA_VERSION } from '../../shared/schemas/workspace';
import { crc32 } from 'node:zlib';

/**
 * Reads one workspace file all the way: bytes, JSON, schema version, migrations, zod. One
 * definition of "valid" serves the store file, the backups and a file being restored, so a
 * backup that counts as valid is one that would really load.
 *
 * Returns null when the file does not exist; throws DamagedFileError (with the path) or
 * NewerSchemaError; touches nothing.
 */
export async function readValidWorkspace(
  fs: FsOps,
  path: string,
  options: { checksumPath?: string } = {},
): Promise<{ workspace: Workspace; from: number } | null> {
  if (options.checksumPath) {
    const trusted = await readTrusted(fs, path, options.checksumPath);
    if (trusted) return trusted;
  }
  const raw = await new DurableJsonAdapter(fs, path).read();
  if (raw === null) return null;
  let migrated: { doc: unknown; from: number };
  try {
    migrated = migrateToCurrent(raw);
  } catch (error) {
    throw error instanceof DamagedFileError && error.path === null ? error.at(path) : error;
  }
  const parsed = WorkspaceSchema.safeParse(migrated.doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '';
    const what = issue ? issue.message.charAt(0).toLowerCase() + issue.message.slice(1) : 'invalid';
    // The first problem only: enough to find it in the file, short enough to read in a dialog.
    throw new DamagedFileError(path, where ? phrase('damaged.schemaAt', { where, what }) : phrase('damaged.schema', { what }), {
      cause: parsed.error,
    });
  }
  return { workspace: parsed.data, from: migrated.from };
}

/**
 * The fast path: a snapshot whose size and CRC match the checksum written beside it came from
 * validated data, so parsing it is enough. Anything else (no checksum, a mismatch, an older
 * schema) returns null and takes the full path above.
 */
async function readTrusted(fs: FsOps, path: string, checksumPath: string): Promise<{ workspace: Workspace; from: number } | null> {
  let sum: { bytes?: unknown; crc32?: unknown };
  let bytes: Buffer;
  try {
    sum = JSON.parse((await fs.readFile(checksumPath)).toString('utf8')) as typeof sum;
    bytes = await fs.readFile(path);
  } catch {
    return null;
  }
  if (sum.bytes !== bytes.byteLength || sum.crc32 !== crc32(bytes)) return null;
  try {
    const doc = JSON.parse(bytes.toString('utf8')) as Workspace;
    return doc.schemaVersion === SCHEMA_VERSION ? { workspace: doc, from: SCHEMA_VERSION } : null;
  } catch {
    return null;
  }
}
