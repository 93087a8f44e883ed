import { join } from 'node:path';
import { z } from 'zod';
import { StoredPhraseSchema } from '../../shared/schemas/storedPhrase';
import type { FsOps } from '../store/FsOps';
import { writeFileDurable } from '../store/writeFileDurable';
import { SYNC_FOLDER } from './replicaFile';

export const CONNECTION_FILE = 'connection.json';


/**
 * Where this data folder syncs to, and how the last sync went: one machine's settings, in the
 * sync folder beside the replica, never in the workspace (so never replicated) and never with a
 * password (the app keeps that encrypted in its user-data folder; the CLI takes it from the
 * environment or a prompt).
 */
export const SyncConnectionSchema = z.object({
  format: z.literal(1),
  server: z.string(),
  db: z.string(),
  user: z.string().nullable(),
  live: z.boolean(),
  lastSyncAt: z.string().nullable(),
  lastError: z
    .object({
      code: z.enum(['bad-url', 'unreachable', 'timeout', 'unauthorized', 'forbidden', 'missing-database', 'certificate', 'failed', 'no-password']),
      message: z.string(),
      i18n: StoredPhraseSchema,
      at: z.string(),
    })
    .nullable(),
});
export type SyncConnection = z.infer<typeof SyncConnectionSchema>;

export function connectionFilePath(dir: string): string {
  return join(dir, SYNC_FOLDER, CONNECTION_FILE);
}

/** The saved connection, or null when this folder has none (or one this build cannot read: the user connects again). */
export async function readConnectionFile(fs: FsOps, dir: string): Promise<SyncConnection | null> {
  try {
    return SyncConnectionSchema.parse(JSON.parse((await fs.readFile(connectionFilePath(dir))).toString('utf8')));
  } catch {
    return null;
  }
}

export async function writeConnectionFile(fs: FsOps, dir: string, connection: SyncConnection): Promise<void> {
  await fs.mkdir(join(dir, SYNC_FOLDER));
  await writeFileDurable(fs, connectionFilePath(dir), `${JSON.stringify(connection, null, 2)}\n`);
}

export async function removeConnectionFile(fs: FsOps, dir: string): Promise<void> {
  try {
    await fs.unlink(connectionFilePath(dir));
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error;
  }
}
