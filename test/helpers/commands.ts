import type { Command } from '../../electron/shared/commands/commandSchemas';
import type { ContactInput } from '../../electron/shared/schemas/contact';

let tick = Date.parse('2026-11-28T10:00:00.000Z');
/** A clock that moves forward one second per call, so timestamps differ and sort. */
export const at = (): string => new Date((tick += 1000)).toISOString();

export function createContact(data: ContactInput, id: string = crypto.randomUUID()): Extract<Command, { type: 'contact.create' }> {
  return { type: 'contact.create', at: at(), id, data: data as Extract<Command, { type: 'contact.create' }>['data'] };
}
