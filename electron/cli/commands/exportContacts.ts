import { resolve } from 'node:path';
import { readContactPhoto } from '../../core/photos/contactPhotos';
import { parseArgs } from 'node:util';
import { ExportFormatSchema, exportFormats, type ExportOptions } from '../../shared/contracts/exportChannels';
import { CommandError } from '../../core/commands/CommandError';
import { contactsByIds, exportContacts as writeContacts, exportWarnings, isVcardFormat } from '../../core/export/exportContacts';
import { nodeFsOps } from '../../core/store/nodeFsOps';
import { writeFileDurable } from '../../core/store/writeFileDurable';
import { cancellableChunks } from '../../core/tasks/cancellableChunks';
import { UsageError } from '../CliIo';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { withService } from './openService';

/**
 * `export contacts --format F [--search Q] [--tag T]... [--segment NAME] [--bom] [--delimiter ,|;]
 * --out FILE [--json]`: the contacts the list would show for the search, tags and saved filter,
 * in name order, written durably. Read-only on the workspace, so it runs while the app is open.
 */
export async function exportContacts(ctx: CliContext): Promise<number> {
  const o = asUsage(
    () =>
      parseArgs({
        args: ctx.args,
        strict: true,
        options: {
          format: { type: 'string' },
          search: { type: 'string' },
          tag: { type: 'string', multiple: true },
          segment: { type: 'string' },
          bom: { type: 'boolean' },
          delimiter: { type: 'string' },
          out: { type: 'string' },
          json: { type: 'boolean' },
        },
      }).values,
  );
  const parsedFormat = ExportFormatSchema.safeParse(o.format ?? 'vcard3');
  if (!parsedFormat.success) throw new UsageError(`--format must be one of ${exportFormats.join(', ')}`);
  const format = parsedFormat.data;
  if (!o.out) throw new UsageError('export contacts needs --out FILE');
  if (o.delimiter !== undefined && o.delimiter !== ',' && o.delimiter !== ';') throw new UsageError('--delimiter must be "," or ";"');
  if (isVcardFormat(format) && (o.delimiter !== undefined || o.bom)) throw new UsageError('--bom and --delimiter apply to the CSV formats only');
  const out = resolve(o.out);
  const delimiter = o.delimiter === ',' || o.delimiter === ';' ? o.delimiter : undefined;
  return withService(ctx, true, async (service) => {
    const ws = service.store.state;
    let query = o.search ?? '';
    const tags = [...(o.tag ?? [])];
    if (o.segment !== undefined) {
      const wanted = o.segment.trim().toLowerCase();
      const segment = ws.settings.segments.find((s) => s.name.trim().toLowerCase() === wanted);
      if (!segment) {
        const names = ws.settings.segments.map((s) => `“${s.name}”`);
        throw new CommandError('not-found', `There is no saved filter named “${o.segment}”${names.length > 0 ? `; the saved filters are ${names.join(', ')}` : '; none is saved yet'}.`);
      }
      query = [segment.query, query].filter((q) => q.trim().length > 0).join(' ');
      tags.push(...segment.tags);
    }
    const contacts = await contactsByIds(ws, service.contactList.matchingIds({ query, tags, sort: 'name' }));
    if (contacts.length === 0) throw new CommandError('rule', 'No contact matches, so nothing was written; change --search, --tag or --segment.');
    const options: ExportOptions = { bom: o.bom === true, ...(delimiter ? { delimiter } : {}) };
    let bytes = 0;
    // A task: progress on a terminal, and Ctrl+C stops it with no file (nor temp file) left at --out.
    await service.tasks.run('export', async (task) => {
      task.setPhase('writing', contacts.length);
      const chunks = writeContacts(contacts, ws, format, options, (done) => task.report(done), (file) => readContactPhoto(service.store.dir, file));
      await writeFileDurable(nodeFsOps, out, cancellableChunks(chunks, task, (total) => (bytes = total)));
    });
    const warnings = await exportWarnings(contacts, ws, format);
    if (o.json) ctx.io.out(`${JSON.stringify({ path: out, format: format, count: contacts.length, bytes, warnings })}\n`);
    else {
      ctx.io.out(`Exported ${contacts.length} ${contacts.length === 1 ? 'contact' : 'contacts'} to ${out} (${format})\n`);
      for (const warning of warnings) ctx.io.out(`${warning}\n`);
    }
    return 0;
  });
}
