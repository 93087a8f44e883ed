import { validationKey } from '../../electron/shared/i18n/validationPhrase';
import type { T } from './createT';

/** A zod issue's message from a shared schema, in the UI's locale; zod's own messages stay as they are. */
export function issueText(t: T, message: string): string {
  const key = validationKey(message);
  return key ? t(key) : message;
}
