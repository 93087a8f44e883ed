/**
 * A command the workspace refuses, with the sentence to show the user. Codes let callers react
 * (the CLI exits 1, the UI shows the message beside the action) without parsing text.
 */
export type CommandErrorCode = 'not-found' | 'conflict' | 'rule' | 'invalid' | 'nothing-to-undo';

export class CommandError extends Error {
  override readonly name = 'CommandError';
  constructor(
    readonly code: CommandErrorCode,
    message: string,
  ) {
    super(message);
  }
}
