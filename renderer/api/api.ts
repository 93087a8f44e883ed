import type { Failure, Result } from '../../electron/shared/contract';
import type { Api } from '../../electron/shared/createApi';

declare global {
  interface Window {
    /** Exposed by the preload (or injected by the e2e harness); absent when the page runs alone. */
    api?: Api;
  }
}

export type { Api };

/**
 * The one place that reads `window.api`. It is read at call time, not cached at import, so a
 * page (or a test) that installs the bridge late still finds it.
 */
export function getApi(): Api | null {
  return window.api ?? null;
}

/** A failed request, carrying the backend's Failure so the UI can show its sentence and fields. */
export class ApiError extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
    this.name = 'ApiError';
  }
}

/** Awaits a bridge call and returns its value, or throws an ApiError with the Failure. */
export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (result.ok) return result.value;
  throw new ApiError(result.error);
}

/**
 * Like unwrap, but never throws: a rejected bridge call (IPC torn down, harness gone) becomes a
 * Failure too, so every caller handles exactly one shape. `fallback` is the sentence shown then.
 */
export async function settle<T>(pending: Promise<Result<T>>, fallback: string): Promise<Result<T>> {
  try {
    return await pending;
  } catch (error) {
    return { ok: false, error: toFailure(error, fallback) };
  }
}

/** The Failure inside any thrown value; unknown errors get the caller's sentence, never a stack. */
export function toFailure(error: unknown, fallback: string): Failure {
  if (error instanceof ApiError) return error.failure;
  return { code: 'internal', message: fallback };
}
