import { englishText, phrase, type Phrase } from '../../shared/i18n/Phrase';

/**
 * The lock is being written or taken over by another process right now (a young lock that cannot
 * be read yet, or a takeover in progress that did not finish within seconds): treated as held.
 */
export class WorkspaceBusyError extends Error {
  override readonly name = 'WorkspaceBusyError';
  readonly phrase: Phrase;

  constructor(readonly path: string) {
    const said = phrase('locked.busy', {});
    super(englishText(said));
    this.phrase = said;
  }
}
