import { errors } from './en/errors';
import type { MessageKey } from './en';
import { isMessageKey } from './Phrase';

/**
 * zod issues carry the English message the schema gave (schemas take it from the catalog, see
 * schemaMessage); this finds its key again, so the UI can show the message in its locale. Null
 * for zod's own messages ("Too big: …"), which stay English.
 */
const byText = new Map<string, MessageKey>();
for (const [key, text] of Object.entries(errors)) if (typeof text === 'string' && key.startsWith('validation.') && isMessageKey(key)) byText.set(text, key);

export function validationKey(message: string): MessageKey | null {
  return byText.get(message) ?? null;
}
