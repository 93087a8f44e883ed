import type { ExportFormat, ExportOptions } from '../../shared/contracts/exportChannels';
import type { Contact } from '../../shared/schemas/contact';
import type { Workspace } from '../../shared/schemas/workspace';
import { emptyShape, type CsvLayout, type CsvShape } from './CsvLayout';
import { forEachSliced, SLICE_MS, turn } from './forEachSliced';
import { googleCsvLayout } from './googleCsvLayout';
import { liaisonCsvLayout } from './liaisonCsvLayout';
import { outlookCsvLayout } from './outlookCsvLayout';
import { toPortableContact } from './toPortableContact';
import type { PortablePhoto } from './PortableContact';
import { writeCsvRow } from './writeCsvRow';
import { writeVcard } from './writeVcard';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
// Main's event loop must never stall on a long export: a chunk ends after this many contacts or
// SLICE_MS, whichever comes first, and the next waits for the event loop to turn.
const CHUNK_CONTACTS = 2000;

const layouts: Record<'csv' | 'csv-excel-ru' | 'csv-google' | 'csv-outlook', CsvLayout> = {
  csv: liaisonCsvLayout,
  'csv-excel-ru': liaisonCsvLayout,
  'csv-google': googleCsvLayout,
  'csv-outlook': outlookCsvLayout,
};

export function isVcardFormat(format: ExportFormat): format is 'vcard3' | 'vcard4' {
  return format === 'vcard3' || format === 'vcard4';
}

/** The layout of a CSV format, or null for the vCard formats. */
export function csvLayoutOf(format: ExportFormat): CsvLayout | null {
  return isVcardFormat(format) ? null : layouts[format];
}

/** The bytes settings a format uses: Russian Excel needs ";" and a BOM; Outlook reads Cyrillic only with a BOM. */
export function resolveExportOptions(format: ExportFormat, options: ExportOptions): { bom: boolean; delimiter: ',' | ';' } {
  if (isVcardFormat(format)) return { bom: false, delimiter: ',' };
  const bom = format === 'csv-excel-ru' || format === 'csv-outlook' || options.bom === true;
  const delimiter = options.delimiter ?? (format === 'csv-excel-ru' ? ';' : ',');
  return { bom, delimiter };
}

export function exportFileName(format: ExportFormat): string {
  return isVcardFormat(format) ? 'contacts.vcf' : format === 'csv' ? 'contacts.csv' : `contacts-${format.slice(4)}.csv`;
}

/** One pass of plain maxima over every contact, in slices, before the header can be written. */
async function shapeOf(contacts: readonly Contact[]): Promise<CsvShape> {
  const shape = emptyShape();
  await forEachSliced(contacts, (c) => {
    if (c.emails.length > shape.emails) shape.emails = c.emails.length;
    if (c.phones.length > shape.phones) shape.phones = c.phones.length;
    if (c.addresses.length > shape.addresses) shape.addresses = c.addresses.length;
    if (c.cityIds.length > shape.cities) shape.cities = c.cityIds.length;
    if (c.partnershipIds.length > shape.partnerships) shape.partnerships = c.partnershipIds.length;
    if (c.languages.length > shape.languages) shape.languages = c.languages.length;
    if (c.tags.length > shape.tags) shape.tags = c.tags.length;
    if (c.websites.length > shape.websites) shape.websites = c.websites.length;
    if (c.middleNames.length > shape.middleNames) shape.middleNames = c.middleNames.length;
  });
  return shape;
}

/** The contacts behind `ids`, leaving out any gone or in the Trash, gathered in slices. */
export async function contactsByIds(ws: Readonly<Workspace>, ids: readonly string[]): Promise<Contact[]> {
  const contacts: Contact[] = [];
  await forEachSliced(ids, (id) => {
    const contact = Object.hasOwn(ws.contacts, id) ? ws.contacts[id] : undefined;
    if (contact && !contact.deletedAt) contacts.push(contact);
  });
  return contacts;
}

/**
 * The export file of `contacts` in `format`, as a stream of UTF-8 chunks (the BOM first where the
 * format has one). Between chunks it yields to the event loop, so exporting 100,000 contacts in
 * the app never freezes the window; a consumer writes each chunk as it comes (writeFileDurable).
 */
export async function* exportContacts(
  contacts: readonly Contact[],
  ws: Readonly<Workspace>,
  format: ExportFormat,
  options: ExportOptions = {},
  /** Told how many contacts are written so far, at each chunk (a progress bar). */
  written?: (count: number) => void,
  /** Reads a contact's photo from the photos folder, for the vCard formats (CSV has no place for one). */
  readPhoto?: (file: string) => Promise<PortablePhoto | null>,
): AsyncGenerator<Buffer> {
  const { bom, delimiter } = resolveExportOptions(format, options);
  if (bom) yield BOM;
  const layout = csvLayoutOf(format);
  const shape = layout ? await shapeOf(contacts) : emptyShape();
  let text = layout ? writeCsvRow(layout.header(shape), delimiter) : '';
  let inChunk = 0;
  let count = 0;
  let started = performance.now();
  for (const contact of contacts) {
    const portable = toPortableContact(ws, contact);
    if (!layout && readPhoto && contact.photo) portable.photo = await readPhoto(contact.photo);
    text += layout ? writeCsvRow(layout.row(portable, shape), delimiter) : writeVcard(portable, format === 'vcard4' ? '4.0' : '3.0');
    inChunk++;
    count++;
    if (inChunk >= CHUNK_CONTACTS || performance.now() - started >= SLICE_MS) {
      written?.(count);
      yield Buffer.from(text, 'utf8');
      text = '';
      inChunk = 0;
      await turn();
      started = performance.now();
    }
  }
  written?.(count);
  if (text.length > 0) yield Buffer.from(text, 'utf8');
}

/** Sentences about what `format` cannot carry for these contacts, for the dialog and the CLI. */
export async function exportWarnings(contacts: readonly Contact[], ws: Readonly<Workspace>, format: ExportFormat): Promise<string[]> {
  const layout = csvLayoutOf(format);
  if (!layout) return [];
  const counts = new Map<string, number>();
  await forEachSliced(contacts, (contact) => {
    const lost = layout.losses(toPortableContact(ws, contact));
    // The portable form carries no photo bytes here (they stay on disk): the stored file name says there is one.
    if (contact.photo && format !== 'csv' && format !== 'csv-excel-ru') lost.push('the photo');
    for (const what of lost) counts.set(what, (counts.get(what) ?? 0) + 1);
  });
  const name = format === 'csv-google' ? 'Google Contacts’ columns have' : 'Outlook’s columns have';
  return [...counts].map(
    ([what, count]) => `${name} no place for ${what} (${count} ${count === 1 ? 'contact' : 'contacts'}); export as vCard or Liaison CSV to keep ${count === 1 ? 'it' : 'them'}.`,
  );
}
