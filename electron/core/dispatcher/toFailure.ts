import type { Failure } from '../../shared/contract';
import { CommandError } from '../commands/CommandError';
import { NotSavedError } from '../store/NotSavedError';
import { WorkspaceLockedError } from '../store/WorkspaceLockedError';

/** Maps what core throws to a Failure the user can read; unknown errors say only that much. */
export function toFailure(error: unknown): Failure {
  if (error instanceof CommandError) return { code: error.code === 'invalid' ? 'invalid-input' : error.code, message: error.message };
  if (error instanceof NotSavedError) return { code: 'not-saved', message: error.message };
  if (error instanceof WorkspaceLockedError) return { code: 'locked', message: error.message };
  return { code: 'internal', message: 'Something went wrong inside Liaison; what was saved before is safe. The details are in the log.' };
}
