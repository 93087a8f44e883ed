import type { Failure } from '../../shared/contract';
import { englishText, phrase } from '../../shared/i18n/Phrase';
import { CommandError } from '../commands/CommandError';
import { NotSavedError } from '../store/NotSavedError';
import { WorkspaceBusyError } from '../store/WorkspaceBusyError';
import { WorkspaceLockedError } from '../store/WorkspaceLockedError';
import { TaskCancelledError } from '../tasks/TaskCancelledError';

/** Maps what core throws to a Failure the user can read; unknown errors say only that much. */
export function toFailure(error: unknown): Failure {
  if (error instanceof CommandError) {
    return { code: error.code === 'invalid' ? 'invalid-input' : error.code, message: error.message, ...(error.phrase ? { i18n: error.phrase } : {}) };
  }
  if (error instanceof NotSavedError) return { code: 'not-saved', message: error.message, i18n: error.phrase };
  if (error instanceof WorkspaceLockedError || error instanceof WorkspaceBusyError) return { code: 'locked', message: error.message, i18n: error.phrase };
  if (error instanceof TaskCancelledError) return { code: 'cancelled', message: error.message, i18n: phrase(`tasks.cancelled.${error.kind}`) };
  const internal = phrase('errors.internal');
  return { code: 'internal', message: englishText(internal), i18n: internal };
}
