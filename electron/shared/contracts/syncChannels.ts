import { z } from 'zod';
import type { StoredPhrase } from '../i18n/Phrase';
import { kinds, type Kind } from '../schemas/collections';
import { IdSchema } from '../schemas/common';
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

/** One current revision of a record in conflict; `record` null: that side deleted it. */
export interface SyncConflictSide {
  rev: string;
  record: Record<string, unknown> | null;
}

/** A record edited on two machines before they synced, as Home, its page and the comparison show it. */
export interface SyncConflictView {
  kind: Kind;
  id: string;
  /** The record's name as the user knows it (a contact's name, "City — Conference"). */
  label: string;
  /** Where a candidacy opens: its conference. */
  conferenceId: string | null;
  /** The first is the one the record shows now (CouchDB's winner, the same on every machine). */
  sides: SyncConflictSide[];
  /** The fields whose values differ between the sides. */
  fields: string[];
  /** Names of the records the differing fields point at (a contact's organisation, cities), by id. */
  names: Record<string, string>;
}

/** A rule spanning records that a sync broke (two host cities selected for one conference). */
export interface SyncRuleView {
  rule: string;
  conferenceId: string;
  candidacyIds: string[];
  /** The sentence for the UI's language; `message` is its English. */
  i18n: StoredPhrase;
  message: string;
}

export interface SyncAttention {
  conflicts: SyncConflictView[];
  violations: SyncRuleView[];
}

const ResolveInput = z
  .object({
    kind: z.enum(kinds as [Kind, ...Kind[]]),
    id: IdSchema,
    /** The revision whose fields the record keeps… */
    keep: z.string().min(1).max(200),
    /** …except these, each taken from the revision named for it. */
    fields: z.record(z.string().max(100), z.string().min(1).max(200)).default({}),
  })
  .strict();

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
  /** The records in conflict and the cross-record rules a sync broke (Home, the record's page). */
  'sync:conflicts': channel<SyncAttention>()(Empty),
  /** Saves the user's choice as the record here and sends it as the winner (a sync follows when the folder syncs). */
  'sync:resolve': channel<SyncStatus>()(ResolveInput),
} as const;
