import { PRINT_LIMIT, type PrintRow } from '../../shared/contracts/exportChannels';
import type { Contact } from '../../shared/schemas/contact';
import { CommandError } from '../commands/CommandError';
import { contactsByIds, exportContacts, exportFileName, isVcardFormat } from '../export/exportContacts';
import { exportPreview } from '../export/exportPreview';
import { contactRow } from '../queries/contactRow';
import { resolveSelection } from '../queries/resolveSelection';
import { nodeFsOps } from '../store/nodeFsOps';
import { writeFileDurable } from '../store/writeFileDurable';
import type { WorkspaceService } from '../workspace/WorkspaceService';
import type { HandlersOf } from './HandlersOf';

export function exportHandlers(service: WorkspaceService): HandlersOf<'export:preview' | 'export:save' | 'export:printRows' | 'export:print'> {
  const idsOf = (selection: Parameters<typeof resolveSelection>[2]): string[] => resolveSelection(service.store.state, service.contactList, selection);
  const contactsOf = (selection: Parameters<typeof resolveSelection>[2]): Promise<Contact[]> => contactsByIds(service.store.state, idsOf(selection));
  return {
    'export:preview': ({ selection, format, options }) => exportPreview(idsOf(selection), service.store.state, format, options),
    'export:save': async ({ selection, format, options }) => {
      const contacts = await contactsOf(selection);
      if (contacts.length === 0) throw new CommandError('rule', 'No contact matches, so there is nothing to export; change the search or the selection.');
      const path = await service.platform.chooseSavePath({
        title: 'Export contacts',
        defaultName: exportFileName(format),
        filters: isVcardFormat(format) ? [{ name: 'vCard', extensions: ['vcf'] }] : [{ name: 'CSV', extensions: ['csv'] }],
      });
      if (path === null) return { saved: false };
      let bytes = 0;
      async function* counted() {
        for await (const chunk of exportContacts(contacts, service.store.state, format, options)) {
          bytes += chunk.byteLength;
          yield chunk;
        }
      }
      try {
        await writeFileDurable(nodeFsOps, path, counted());
      } catch (error) {
        const reason = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
        throw new CommandError('rule', `The file could not be written to ${path}${reason}; choose another folder, or free some disk space, and export again.`);
      }
      return { saved: true, path, count: contacts.length, bytes };
    },
    'export:printRows': async ({ selection }) => {
      const ws = service.store.state;
      const ids = idsOf(selection);
      const contacts = await contactsByIds(ws, ids.slice(0, PRINT_LIMIT));
      const rows: PrintRow[] = contacts.map((contact) => {
        const row = contactRow(ws, contact);
        return { ...row, tags: row.tags.join(', ') };
      });
      return { total: ids.length, rows };
    },
    'export:print': async () => {
      await service.platform.print();
      return { printed: true };
    },
  };
}
