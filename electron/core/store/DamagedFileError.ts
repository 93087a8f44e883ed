import { englishText, type Phrase } from '../../shared/i18n/Phrase';

/**
 * A store or backup file that cannot be read as a workspace. `reason` is a sentence fragment a user
 * can follow ("the file is empty"), so the recovery report can quote it as is; `reasonPhrase` is the
 * same in no language yet, for the UI.
 */
export class DamagedFileError extends Error {
  override readonly name = 'DamagedFileError';
  readonly reason: string;

  /** `path` is null when the damage was found in a document before anyone knew its file. */
  constructor(
    readonly path: string | null,
    readonly reasonPhrase: Phrase,
    options?: { cause?: unknown },
  ) {
    const reason = englishText(reasonPhrase);
    super(path === null ? `The workspace is damaged: ${reason}.` : `${path} is damaged: ${reason}.`, options);
    this.reason = reason;
  }

  /** The same damage, now tied to the file it was found in. */
  at(path: string): DamagedFileError {
    return new DamagedFileError(path, this.reasonPhrase, { cause: this });
  }
}
