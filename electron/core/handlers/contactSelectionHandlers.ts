import type { Command } from '../../shared/commands/commandSchemas';
import { phrase } from '../../shared/i18n/Phrase';
import { CommandError } from '../commands/CommandError';
import { emailOwners } from '../../shared/email/emailOwners';
import { resolveSelection } from '../queries/resolveSelection';
import { selectionEmails } from '../queries/selectionEmails';
import type { WorkspaceService } from '../workspace/WorkspaceService';
import type { HandlersOf } from './HandlersOf';

/** The most contacts one bulk command takes (the commands' id lists allow no more). */
const MAX_BULK = 100_000;

export function contactSelectionHandlers(service: WorkspaceService): HandlersOf<'contacts:bulk' | 'contacts:emailOwners' | 'contacts:emails' | 'contacts:ids' | 'contacts:shows' | 'contacts:tags'> {
  const resolve = (selection: Parameters<typeof resolveSelection>[2]) => resolveSelection(service.store.state, service.contactList, selection);
  return {
    // The selection is resolved here and the command built with its ids, so the command stays a
    // pure function of its content while the renderer sends only the query and the exclusions.
    'contacts:bulk': async ({ selection, action }) => {
      const ids = resolve(selection);
      if (ids.length === 0) throw new CommandError('rule', phrase('errors.selectionEmpty'));
      if (ids.length > MAX_BULK) {
        throw new CommandError('rule', phrase('errors.bulkTooMany', { count: MAX_BULK }));
      }
      const at = service.now().toISOString();
      const command: Command =
        action.kind === 'tag'
          ? { type: 'contact.bulkTag', at, ids, tag: action.tag }
          : action.kind === 'untag'
            ? { type: 'contact.bulkUntag', at, ids, tag: action.tag }
            : { type: 'contact.delete', at, ids };
      const ack = await service.commit([command]);
      return { ...ack, count: ids.length };
    },
    'contacts:emailOwners': ({ emails, exceptId }) => emailOwners(service.store.state, emails, exceptId),
    'contacts:emails': ({ selection }) => selectionEmails(service.store.state, resolve(selection)),
    'contacts:ids': ({ offset, limit, ...filter }) => service.contactList.matchingIds(filter).slice(offset, offset + limit),
    'contacts:shows': ({ id, query, tags }) => {
      const contact = Object.hasOwn(service.store.state.contacts, id) ? service.store.state.contacts[id] : undefined;
      if (!contact || contact.deletedAt) return false;
      if (query.trim() === '' && tags.length === 0) return true;
      return service.contactList.matchingIds({ query, tags, sort: 'name' }).includes(id);
    },
    'contacts:tags': () => service.tagCounts.list(),
  };
}
