import { englishText, type Phrase } from '../../shared/i18n/Phrase';

/**
 * A command the workspace refuses, with the sentence to show the user. Codes let callers react
 * (the CLI exits 1, the UI shows the message beside the action) without parsing text.
 */
export type CommandErrorCode = 'not-found' | 'conflict' | 'rule' | 'invalid' | 'nothing-to-undo';

/**
 * `said` is a catalog phrase wherever the sentence is core's own: `.message` is then its English
 * (CLI, logs) and `.phrase` goes to the UI to be shown in its locale. A plain string is for text
 * that comes from elsewhere (a parser's or the system's message) and stays as it is.
 */
export class CommandError extends Error {
  override readonly name = 'CommandError';
  readonly phrase: Phrase | null;
  constructor(
    readonly code: CommandErrorCode,
    said: Phrase | string,
  ) {
    super(typeof said === 'string' ? said : englishText(said));
    this.phrase = typeof said === 'string' ? null : said;
  }
}
