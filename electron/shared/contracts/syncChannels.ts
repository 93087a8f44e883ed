import { z } from 'zod';
import type { StoredPhrase } from '../i18n/Phrase';
import { channel, Empty } from './channel';

/** Why the last sync did not run, for Settings → Sync, the top bar and `liaison sync status`. */
export interface SyncFailure {
  code: 'bad-url' | 'unreachable' | 'timeout' | 'unauthorized' | 'forbidden' | 'missing-database' | 'certificate' | 'failed' | 'no-password';
  /** The sentence in English (the CLI, logs). */
  message: string;
  /** The same sentence for the UI's language. */
  i18n: StoredPhrase;
  at: string;
}

/** Where this machine syncs to and how it went. Machine-local: kept in `<data>/sync/`, never replicated. */
export interface SyncStatus {
  configured: boolean;
  server: string | null;
  db: string | null;
  user: string | null;
  live: boolean;
  /** A sync is under way now. */
  running: boolean;
  /** When a sync last completed both ways. */
  lastSyncAt: string | null;
  /** Records changed here and not yet accepted by the server. */
  pending: number;
  /** Records with more than one current revision, waiting for the user's choice. */
  conflicts: number;
  lastError: SyncFailure | null;
  /** Settings → Sync: the app holds a password for this connection (encrypted on this computer). */
  passwordSaved?: boolean;
}

const ConnectInput = z
  .object({
    server: z.string().trim().min(1).max(2000),
    db: z.string().trim().min(1).max(240),
    user: z.string().trim().max(240).default(''),
    /** Empty: keep the password saved for this connection. */
    password: z.string().max(1000).default(''),
    live: z.boolean().default(false),
  })
  .strict();

export const syncChannels = {
  'sync:status': channel<SyncStatus>()(Empty),
  /** Saves the connection (the password encrypted outside the workspace) and runs a first sync. */
  'sync:connect': channel<SyncStatus>()(ConnectInput),
  'sync:now': channel<SyncStatus>()(Empty),
  'sync:setLive': channel<SyncStatus>()(z.object({ live: z.boolean() }).strict()),
  /** Forgets the connection and the saved password; the workspace stays as it is. */
  'sync:disconnect': channel<SyncStatus>()(Empty),
} as const;
