import { CommandError } from '../../../electron/core/commands/CommandError';
import type { Handlers } from '../../../electron/core/dispatcher/createDispatcher';

/** What the harness answers to the save it refuses: the sentence core gives a stale edit. */
export const REFUSED = 'This contact was changed elsewhere since the form opened. Nothing was changed.';

/**
 * Test-only fault injection for the harness, through `LIAISON_HARNESS_REFUSE=TEXT`: the first
 * commands:run whose commands hold TEXT is refused as a conflict before anything is applied, as
 * core refuses a change it cannot make, so an end-to-end test can aim a refusal at one save.
 * Returns the handlers unchanged when the variable is unset.
 */
export function refuseCommits(handlers: Handlers, text: string | undefined): Handlers {
  if (!text) return handlers;
  const run = handlers['commands:run'];
  let fired = false;
  return {
    ...handlers,
    'commands:run': (input) => {
      if (!fired && JSON.stringify(input.commands).includes(text)) {
        fired = true;
        throw new CommandError('conflict', REFUSED);
      }
      return run(input);
    },
  };
}
