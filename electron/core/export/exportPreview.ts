import type { ExportFormat, ExportOptions, ExportPreview } from '../../shared/contracts/exportChannels';
import { contactDisplayName, contactLatinName } from '../../shared/names/contactDisplayName';
import type { Workspace } from '../../shared/schemas/workspace';
import { readContactsFile } from '../import/readContactsFile';
import { sortPhoneticNames } from '../import/sortPhoneticNames';
import { contactsByIds, csvLayoutOf, exportContacts, exportFileName, exportWarnings, isVcardFormat } from './exportContacts';

const PREVIEW_CONTACTS = 5;
const PREVIEW_TEXT_LINES = 12;

/**
 * What the export dialog shows before saving: the first contacts as the file will hold them,
 * found by writing the file's first bytes and parsing them back with the import's own readers.
 * A preview that reads back is a file that reads back.
 */
export async function exportPreview(ids: readonly string[], ws: Readonly<Workspace>, format: ExportFormat, options: ExportOptions): Promise<ExportPreview> {
  // The first few contacts are all the preview writes; only the warnings look at every one.
  const first = await contactsByIds(ws, ids.slice(0, PREVIEW_CONTACTS));
  const chunks: Buffer[] = [];
  for await (const chunk of exportContacts(first, ws, format, options)) chunks.push(chunk);
  const bytes = Buffer.concat(chunks);
  const fileName = exportFileName(format);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n').slice(0, PREVIEW_TEXT_LINES).join('\n');
  const warnings = csvLayoutOf(format) ? await exportWarnings(await contactsByIds(ws, ids), ws, format) : [];
  const base = { format, count: ids.length, text, warnings, fileName };
  if (first.length === 0) return { ...base, rows: [] };
  const read = readContactsFile(bytes, fileName, isVcardFormat(format) ? 'vcard' : 'csv');
  // As the import reads them: a Latin phonetic under a Cyrillic name is that name's Latin form.
  const rows = read.records.map(({ contact }) => sortPhoneticNames(contact)).map((c) => ({
    name: contactDisplayName(c),
    latinName: contactLatinName(c),
    organization: c.organization,
    title: c.title,
    emails: c.emails.map((e) => e.value),
    phones: c.phones.map((p) => p.value),
    tags: c.tags,
  }));
  return { ...base, rows };
}
