import { englishText, phrase, type Phrase } from '../../shared/i18n/Phrase';

export type SyncErrorCode = 'bad-url' | 'unreachable' | 'timeout' | 'unauthorized' | 'forbidden' | 'missing-database' | 'certificate' | 'failed';

/** A sync that could not run, with the sentence to show (the last error in Settings → Sync, the CLI's message). */
export class SyncError extends Error {
  override readonly name = 'SyncError';
  constructor(
    readonly code: SyncErrorCode,
    readonly phrase: Phrase,
    options?: { cause?: unknown },
  ) {
    super(englishText(phrase), options);
  }
}

/** Where the sync goes, as a user may be shown it: no user name or password in it. */
export interface SyncServer {
  /** `http(s)://host:port` */
  server: string;
  db: string;
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'EAI_AGAIN', 'EPIPE', 'ETIMEDOUT']);
const CERTIFICATE = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ERR_TLS|HOSTNAME_MISMATCH|ALTNAME/;

/**
 * The sentence for a failure PouchDB reports. It reports HTTP refusals as `{status, name}`, and
 * network failures as node-fetch's FetchError (`code` ECONNREFUSED…) or an AbortError when our
 * timeout fired; a replication may wrap them, so the causes are walked too.
 */
export function toSyncError(error: unknown, target: SyncServer, timeoutMs: number): SyncError {
  if (error instanceof SyncError) return error;
  const { server, db } = target;
  const seen = new Set<unknown>();
  for (let current: unknown = error; current && typeof current === 'object' && !seen.has(current); ) {
    seen.add(current);
    const e = current as { status?: unknown; code?: unknown; errno?: unknown; name?: unknown; type?: unknown; message?: unknown; reason?: unknown; cause?: unknown };
    const code = typeof e.code === 'string' ? e.code : typeof e.errno === 'string' ? e.errno : '';
    const status = typeof e.status === 'number' ? e.status : null;
    if (e.name === 'AbortError' || e.name === 'TimeoutError' || e.type === 'aborted') {
      return new SyncError('timeout', phrase('sync.error.timeout', { server, count: Math.max(1, Math.round(timeoutMs / 1000)) }), { cause: error });
    }
    if (CERTIFICATE.test(code)) return new SyncError('certificate', phrase('sync.error.certificate', { server, detail: code }), { cause: error });
    if (UNREACHABLE.has(code)) return new SyncError('unreachable', phrase('sync.error.unreachable', { server }), { cause: error });
    if (status === 401) return new SyncError('unauthorized', phrase('sync.error.unauthorized', { server }), { cause: error });
    if (status === 403) return new SyncError('forbidden', phrase('sync.error.forbidden', { server, db }), { cause: error });
    if (status === 404) return new SyncError('missing-database', phrase('sync.error.missingDatabase', { server, db }), { cause: error });
    current = e.cause;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new SyncError('failed', phrase('sync.error.failed', { server, detail }), { cause: error });
}
