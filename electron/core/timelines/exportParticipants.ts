import type { ExportFormat } from '../../shared/contracts/exportChannels';
import type { Conference } from '../../shared/schemas/conference';
import type { Contact } from '../../shared/schemas/contact';
import type { Workspace } from '../../shared/schemas/workspace';
import { calendarFileName } from '../calendar/exportCalendar';
import { phrase } from '../../shared/i18n/Phrase';
import { CommandError } from '../commands/CommandError';
import { exportContacts, exportFileName } from '../export/exportContacts';
import type { Platform } from '../platform/Platform';
import { nodeFsOps } from '../store/nodeFsOps';
import { writeFileDurable } from '../store/writeFileDurable';
import { cancellableChunks } from '../tasks/cancellableChunks';
import type { TaskRegistry } from '../tasks/TaskRegistry';

/** The contacts of a conference's participants, declined included (the list is the record), none in the Trash. */
export function participantContacts(ws: Readonly<Workspace>, conferenceId: string): Contact[] {
  const contacts: Contact[] = [];
  for (const p of Object.values(ws.participants)) {
    const contact = p.conferenceId === conferenceId ? ws.contacts[p.contactId] : undefined;
    if (contact && !contact.deletedAt) contacts.push(contact);
  }
  return contacts;
}

/**
 * Writes the participants' contacts where the save dialog says, with the contact export
 * (electron/core/export): the same vCard and CSV files as exporting contacts. Null path when the
 * user cancels; refused with a sentence when there is nobody to export.
 */
export async function exportParticipants(
  ws: Readonly<Workspace>,
  platform: Platform,
  conference: Conference,
  format: ExportFormat,
  tasks?: TaskRegistry,
): Promise<{ path: string | null; count: number }> {
  const contacts = participantContacts(ws, conference.id);
  if (contacts.length === 0) throw new CommandError('rule', phrase('errors.noParticipants', { conference: conference.name }));
  const slug = calendarFileName(ws, conference.id).replace(/\.ics$/, '');
  const path = await platform.chooseSavePath({
    title: 'Export participants',
    defaultName: exportFileName(format).replace(/^contacts/, `${slug}-participants`),
    filters: format.startsWith('vcard') ? [{ name: 'vCard', extensions: ['vcf'] }] : [{ name: 'CSV', extensions: ['csv'] }],
  });
  if (!path) return { path: null, count: 0 };
  if (!tasks) {
    await writeFileDurable(nodeFsOps, path, exportContacts(contacts, ws, format));
    return { path, count: contacts.length };
  }
  // Like a contact export: progress by contacts, cancellable until the rename.
  return tasks.run(
    'export',
    async (task) => {
      task.setPhase('writing', contacts.length);
      await writeFileDurable(nodeFsOps, path, cancellableChunks(exportContacts(contacts, ws, format, {}, (done) => task.report(done)), task));
      return { path, count: contacts.length };
    },
    { subject: 'participants' },
  );
}
