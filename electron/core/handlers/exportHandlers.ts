import { PRINT_LIMIT, type PrintRow } from '../../shared/contracts/exportChannels';
import { readContactPhoto } from '../photos/contactPhotos';
import type { Contact } from '../../shared/schemas/contact';
import { phrase } from '../../shared/i18n/Phrase';
import { CommandError } from '../commands/CommandError';
import { contactsByIds, exportContacts, exportFileName, isVcardFormat } from '../export/exportContacts';
import { exportPreview } from '../export/exportPreview';
import { contactRow } from '../queries/contactRow';
import { resolveSelection } from '../queries/resolveSelection';
import { nodeFsOps } from '../store/nodeFsOps';
import { writeFileDurable } from '../store/writeFileDurable';
import { cancellableChunks } from '../tasks/cancellableChunks';
import { TaskCancelledError } from '../tasks/TaskCancelledError';
import type { WorkspaceService } from '../workspace/WorkspaceService';
import type { HandlersOf } from './HandlersOf';

export function exportHandlers(service: WorkspaceService): HandlersOf<'export:preview' | 'export:save' | 'export:printRows' | 'export:print'> {
  const idsOf = (selection: Parameters<typeof resolveSelection>[2]): string[] => resolveSelection(service.store.state, service.contactList, selection);
  const contactsOf = (selection: Parameters<typeof resolveSelection>[2]): Promise<Contact[]> => contactsByIds(service.store.state, idsOf(selection));
  return {
    'export:preview': ({ selection, format, options }) => exportPreview(idsOf(selection), service.store.state, format, options),
    'export:save': async ({ selection, format, options }) => {
      const contacts = await contactsOf(selection);
      if (contacts.length === 0) throw new CommandError('rule', phrase('errors.nothingToExport'));
      const path = await service.platform.chooseSavePath({
        title: 'Export contacts',
        defaultName: exportFileName(format),
        filters: isVcardFormat(format) ? [{ name: 'vCard', extensions: ['vcf'] }] : [{ name: 'CSV', extensions: ['csv'] }],
      });
      if (path === null) return { saved: false };
      // Progress by contacts written; cancellable until the file is complete and renamed into place.
      return service.tasks.run('export', async (task) => {
        task.setPhase('writing', contacts.length);
        let bytes = 0;
        const chunks = exportContacts(contacts, service.store.state, format, options, (done) => task.report(done), (file) => readContactPhoto(service.store.dir, file));
        try {
          await writeFileDurable(nodeFsOps, path, cancellableChunks(chunks, task, (total) => (bytes = total)));
        } catch (error) {
          if (error instanceof TaskCancelledError) throw error;
          const reason = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
          throw new CommandError('rule', phrase('errors.exportWrite', { path, reason }));
        }
        return { saved: true as const, path, count: contacts.length, bytes };
      });
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
