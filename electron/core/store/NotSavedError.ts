import { phrase, type Phrase } from '../../shared/i18n/Phrase';

/**
 * The disk refused a change. Usually (the app) the change stays applied in memory, nothing
 * acknowledged earlier is lost, and the next successful save writes this change too. `leftOut`
 * (a CLI command, after its retry failed too): the change is not on disk and will not be written,
 * so running the command again is safe.
 */
export class NotSavedError extends Error {
  override readonly name = 'NotSavedError';
  /** The sentence for the UI, in no language yet; `.message` is its English. */
  readonly phrase: Phrase;
  constructor(
    readonly code: string,
    cause: unknown,
    readonly leftOut = false,
  ) {
    super(
      leftOut
        ? `Not saved: ${describeFsError(code)} The change was left out: nothing of it is on disk, so running the command again will not save it twice.`
        : `Not saved: ${describeFsError(code)} Your change is kept and will be saved with the next one.`,
      { cause },
    );
    this.phrase = phrase(leftOut ? 'errors.notSavedLeftOut' : 'errors.notSaved', { reason: fsErrorPhrase(code) });
  }
}

/** The same reasons as describeFsError, as catalog phrases. */
export function fsErrorPhrase(code: string): Phrase {
  switch (code) {
    case 'ENOSPC':
      return phrase('errors.fs.diskFull');
    case 'EACCES':
    case 'EPERM':
      return phrase('errors.fs.permission');
    case 'EROFS':
      return phrase('errors.fs.readOnly');
    case 'EIO':
      return phrase('errors.fs.io');
    default:
      return phrase('errors.fs.other', { code });
  }
}

/** An fs error code as the end of a sentence: "the disk is full." */
export function describeFsError(code: string): string {
  switch (code) {
    case 'ENOSPC':
      return 'the disk is full.';
    case 'EACCES':
    case 'EPERM':
      return 'Liaison may not write to its data folder (permission denied).';
    case 'EROFS':
      return 'the data folder is on a read-only disk.';
    case 'EIO':
      return 'the disk reported an input/output error.';
    default:
      return `the disk refused the write (${code}).`;
  }
}

export function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return 'EUNKNOWN';
}
