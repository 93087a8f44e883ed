import { basename, extname } from 'node:path';
import { englishText, phrase, type Phrase } from '../../shared/i18n/Phrase';
import { describesItem } from './csvHeaderWords';
import { csvRecords } from './csvRecords';
import { decodeText } from './decodeText';
import { detectUtf16 } from './detectEncoding';
import { guessCsvMapping, type CsvFlavour } from './guessCsvMapping';
import { contentTargets, firstRowIsData, hasThunderbirdShape, THUNDERBIRD_COLUMNS } from './headerlessCsv';
import { ImportFileError } from './ImportFileError';
import type { ImportedRecord } from './ImportedRecord';
import { parseCsvLines, sniffDelimiter, type CsvRow } from './parseCsvLines';
import { parseVcards } from './parseVcards';

export type ImportFormat = 'auto' | 'csv' | 'vcard';

export interface ReadOptions {
  /** A TextDecoder label the user chose; absent: guessed from the bytes. */
  encoding?: string;
  /** Whether a CSV file's first row names its columns; absent: judged from what it holds. */
  header?: boolean;
}

export interface CsvTable {
  /** Column names; '' for each column of a file without a header row (shown as "Column 3"). */
  headers: string[];
  /** Whether the first row was read as column names (false: as a contact). */
  hasHeader: boolean;
  /** Whether the first row looks like a contact, whatever was chosen: the dialog then asks. */
  firstRowLooksLikeData: boolean;
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
  /** The same as a TextDecoder label ("windows-1251"), for the dialog's encoding picker. */
  encodingLabel: string;
  /** True when the user chose the encoding; false when it was read or guessed from the bytes. */
  encodingChosen: boolean;
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
export function readContactsFile(bytes: Uint8Array, path: string, format: ImportFormat = 'auto', targets?: readonly string[], options: ReadOptions = {}): ContactsFile {
  const name = basename(path);
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) {
    throw new ImportFileError(phrase('importFile.workbook', { name }));
  }
  if (bytes.length === 0) throw new ImportFileError(phrase('importFile.empty', { name }));
  // What kind of file it is needs no code-page guess (ASCII reads the same in all of them);
  // the guess, a statistic over the whole file, is made once, by the reader of that kind.
  const head = sniffText(bytes.subarray(0, 65_536), options.encoding);
  if (head.slice(0, 4096).includes('\u0000')) {
    throw new ImportFileError(phrase('importFile.notText', { name }));
  }
  const looksVcard = /^\s*BEGIN:VCARD\s*$/im.test(head);
  const ext = extname(name).toLowerCase();
  const kind = format === 'auto' ? (looksVcard || ext === '.vcf' || ext === '.vcard' ? 'vcard' : 'csv') : format;
  if (kind === 'vcard') {
    const parsed = parseVcards(bytes, options.encoding);
    const read = { encoding: parsed.encoding, encodingLabel: parsed.label, encodingChosen: options.encoding !== undefined };
    if (parsed.records.length === 0) {
      throw new ImportFileError(phrase(looksVcard ? 'importFile.noVcard' : 'importFile.noVcardMaybeCsv', { name }));
    }
    return { name, kind, ...read, notes: parsed.notes, notePhrases: parsed.notePhrases, table: null, records: parsed.records };
  }
  const decoded = decodeText(bytes, options.encoding);
  const read = { encoding: decoded.encoding, encodingLabel: decoded.label, encodingChosen: options.encoding !== undefined };
  const delimiter = sniffDelimiter(decoded.text);
  const parsed = parseCsvLines(decoded.text, delimiter);
  const headerRow = parsed[0];
  if (!headerRow || headerRow.cells.every((cell) => cell.trim() === '')) {
    throw new ImportFileError(phrase('importFile.noHeader', { name }));
  }
  const notePhrases = decoded.notePhrase ? [decoded.notePhrase] : [];
  const looksLikeData = firstRowIsData(headerRow);
  const hasHeader = options.header ?? !looksLikeData;
  // Without a header row, a blank one stands in for it, so row 1 is the first contact as ever.
  const rows = hasHeader ? parsed : [{ line: 0, cells: [] }, ...parsed];
  const thunderbird = !hasHeader && hasThunderbirdShape(parsed);
  const headers = hasHeader ? headerRow.cells.map((cell) => cell.trim()) : thunderbird ? headerRow.cells.map((_c, i) => THUNDERBIRD_COLUMNS[i] ?? '') : headerRow.cells.map(() => '');
  const guess = guessCsvMapping(headers);
  const guessed = hasHeader || thunderbird ? guess.targets : contentTargets(parsed);
  if (!hasHeader && options.header === undefined) notePhrases.push(phrase(thunderbird ? 'importLines.headerlessThunderbird' : 'importLines.headerless', { name }));
  const columnName = (header: string, i: number) => header || englishText(phrase('importLines.column', { n: i + 1 }));
  const holdsData = (i: number) => rows.slice(1).some((row) => (row.cells[i] ?? '').trim() !== '');
  const unknown = (header: string, i: number) => !BOOKKEEPING.has(header) && !describesItem(header) && holdsData(i);
  // A column no field fits is kept in the note under its name unless the user chose otherwise:
  // nothing a file holds is dropped by a guess (the mapping step can still say "ignore").
  const chosen = targets ? headers.map((_h, i) => targets[i] ?? 'ignore') : guessed.map((target, i) => (target === 'ignore' && unknown(columnName(headers[i] ?? '', i), i) ? 'noteLine' : target));
  const records = csvRecords(rows, chosen, guess.flavour);
  if (records.length === 0) throw new ImportFileError(phrase('importFile.noRows', { name }));
  const named = headers.map(columnName);
  const inNote = named.filter((header, i) => chosen[i] === 'noteLine' && holdsData(i));
  if (inNote.length > 0) notePhrases.push(phrase('importFile.keptInNote', { columns: inNote.map((h) => `“${h}”`).join(', ') }));
  const unmapped = named.filter((header, i) => chosen[i] === 'ignore' && unknown(header, i));
  if (unmapped.length > 0) notePhrases.push(phrase('importFile.unmapped', { columns: unmapped.map((h) => `“${h}”`).join(', ') }));
  const table = { headers, hasHeader, firstRowLooksLikeData: looksLikeData, rows, delimiter, flavour: guess.flavour, targets: [...chosen] };
  return { name, kind, ...read, notes: notePhrases.map(englishText), notePhrases, table, records };
}

/** The start of a file as text for telling its kind: in the chosen encoding, UTF-16 when it is, else one char per byte. */
function sniffText(bytes: Uint8Array, chosen: string | undefined): string {
  const utf16 = chosen?.startsWith('utf-16') ? chosen : bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : detectUtf16(bytes);
  return new TextDecoder(utf16 ?? chosen ?? 'windows-1252').decode(bytes);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}
