import { englishText, type Phrase } from '../../shared/i18n/Phrase';

/**
 * A file that cannot be imported at all, with the sentence that tells the user why and what to do:
 * `.phrase` for the UI (shown in its locale), `.message` its English for the CLI.
 */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
  constructor(readonly phrase: Phrase) {
    super(englishText(phrase));
  }
}
