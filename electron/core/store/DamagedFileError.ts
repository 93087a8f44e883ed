/**
 * A store or backup file that cannot be read as a workspace. `reason` is a sentence fragment a user
 * can follow ("the file is empty"), so the recovery report can quote it as is.
 */
export class DamagedFileError extends Error {
  override readonly name = 'DamagedFileError';

  /** `path` is null when the damage was found in a document before anyone knew its file. */
  constructor(
    readonly path: string | null,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(path === null ? `The workspace is damaged: ${reason}.` : `${path} is damaged: ${reason}.`, options);
  }

  /** The same damage, now tied to the file it was found in. */
  at(path: string): DamagedFileError {
    return new DamagedFileError(path, this.reason, { cause: this });
  }
}
