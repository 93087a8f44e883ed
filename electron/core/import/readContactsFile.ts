import { basename, extname } from 'node:path';
import { englishText, phrase, type Phrase } from '../../shared/i18n/Phrase';
import { csvRecords } from './csvRecords';
import { decodeText } from './decodeText';
import { guessCsvMapping, type CsvFlavour } from './guessCsvMapping';
import { ImportFileError } from './ImportFileError';
import type { ImportedRecord } from './ImportedRecord';
import { parseCsvLines, sniffDelimiter, type CsvRow } from './parseCsvLines';
import { parseVcards } from './parseVcards';

export type ImportFormat = 'auto' | 'csv' | 'vcard';

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
  delimiter: string;
  flavour: CsvFlavour;
  /** The guessed mapping, one target per column. */
  targets: string[];
}

export interface ContactsFile {
  name: string;
  kind: 'csv' | 'vcard';
  /** The encoding the text was read in ("UTF-8", "Windows-1251"). */
  encoding: string;
  /** Sentences about the file as a whole: encoding guesses, what has no place in Liaison. */
  notes: string[];
  /** `notes` in no language yet, one phrase per note, for the UI. */
  notePhrases: Phrase[];
  /** Present for CSV: what the mapping step shows and changes. */
  table: CsvTable | null;
  records: ImportedRecord[];
}

// Columns tools fill with bookkeeping nobody typed: not worth a "not imported" sentence.
const BOOKKEEPING = new Set([
  'E-mail Type',
  'E-mail 2 Type',
  'E-mail 3 Type',
  'E-mail Display Name',
  'E-mail 2 Display Name',
  'E-mail 3 Display Name',
  'Priority',
  'Sensitivity',
  'Private',
  'Initials',
  'File As',
]);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Reads a contacts file (bytes already loaded) as vCard or CSV, by `format` or, for "auto", by its
 * content (a BEGIN:VCARD line) and extension. A file that is not one of these, or yields no
 * record, throws ImportFileError with what to do instead.
 */
export function readContactsFile(bytes: Uint8Array, path: string, format: ImportFormat = 'auto', targets?: readonly string[]): ContactsFile {
  const name = basename(path);
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) {
    throw new ImportFileError(phrase('importFile.workbook', { name }));
  }
  if (bytes.length === 0) throw new ImportFileError(phrase('importFile.empty', { name }));
  const decoded = decodeText(bytes);
  if (decoded.text.slice(0, 4096).includes('\u0000')) {
    throw new ImportFileError(phrase('importFile.notText', { name }));
  }
  const looksVcard = /^\s*BEGIN:VCARD\s*$/im.test(decoded.text.slice(0, 65_536));
  const ext = extname(name).toLowerCase();
  const kind = format === 'auto' ? (looksVcard || ext === '.vcf' || ext === '.vcard' ? 'vcard' : 'csv') : format;
  if (kind === 'vcard') {
    const parsed = parseVcards(bytes);
    if (parsed.records.length === 0) {
      throw new ImportFileError(phrase(looksVcard ? 'importFile.noVcard' : 'importFile.noVcardMaybeCsv', { name }));
    }
    return { name, kind, encoding: decoded.encoding, notes: parsed.notes, notePhrases: parsed.notePhrases, table: null, records: parsed.records };
  }
  const delimiter = sniffDelimiter(decoded.text);
  const rows = parseCsvLines(decoded.text, delimiter);
  const headerRow = rows[0];
  if (!headerRow || headerRow.cells.every((cell) => cell.trim() === '')) {
    throw new ImportFileError(phrase('importFile.noHeader', { name }));
  }
  const headers = headerRow.cells.map((cell) => cell.trim());
  const guess = guessCsvMapping(headers);
  const chosen = targets ? headers.map((_h, i) => targets[i] ?? 'ignore') : guess.targets;
  const records = csvRecords(rows, chosen, guess.flavour);
  if (records.length === 0) throw new ImportFileError(phrase('importFile.noRows', { name }));
  const notePhrases = decoded.notePhrase ? [decoded.notePhrase] : [];
  const unmapped = headers.filter((header, i) => chosen[i] === 'ignore' && !BOOKKEEPING.has(header) && rows.slice(1).some((row) => (row.cells[i] ?? '').trim() !== ''));
  if (unmapped.length > 0) notePhrases.push(phrase('importFile.unmapped', { columns: unmapped.map((h) => `“${h}”`).join(', ') }));
  return { name, kind, encoding: decoded.encoding, notes: notePhrases.map(englishText), notePhrases, table: { headers, rows, delimiter, flavour: guess.flavour, targets: [...chosen] }, records };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}
