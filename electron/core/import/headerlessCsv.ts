import { IGNORE } from './CsvTarget';
import type { CsvRow } from './parseCsvLines';

/** Thunderbird's CSV columns, in its order; its "Export" can write them without this header row. */
export const THUNDERBIRD_COLUMNS = [
  'First Name',
  'Last Name',
  'Display Name',
  'Nickname',
  'Primary Email',
  'Secondary Email',
  'Screen Name',
  'Work Phone',
  'Home Phone',
  'Fax Number',
  'Pager Number',
  'Mobile Number',
  'Home Address',
  'Home Address 2',
  'Home City',
  'Home State',
  'Home ZipCode',
  'Home Country',
  'Work Address',
  'Work Address 2',
  'Work City',
  'Work State',
  'Work ZipCode',
  'Work Country',
  'Job Title',
  'Department',
  'Organization',
  'Web Page 1',
  'Web Page 2',
  'Birth Year',
  'Birth Month',
  'Birth Day',
  'Custom 1',
  'Custom 2',
  'Custom 3',
  'Custom 4',
  'Notes',
] as const;

const EMAIL = /^[^\s@,;]+@[^\s@,;]+$/;
const isPhone = (cell: string) => /^\+?[\d\s().\-/]+$/.test(cell) && cell.replace(/\D/g, '').length >= 7;

/**
 * Whether a CSV file's first row is a contact rather than column names: a header names columns,
 * it never holds an email address or a phone number.
 */
export function firstRowIsData(row: CsvRow | undefined): boolean {
  return (row?.cells ?? []).some((cell) => EMAIL.test(cell.trim()) || isPhone(cell.trim()));
}

/** Whether a headerless file has Thunderbird's columns: 37, or 38 with the empty one a trailing comma makes. */
export function hasThunderbirdShape(rows: readonly CsvRow[]): boolean {
  const first = rows[0]?.cells ?? [];
  return first.length === THUNDERBIRD_COLUMNS.length || (first.length === THUNDERBIRD_COLUMNS.length + 1 && first.at(-1) === '');
}

/**
 * Targets for a file with no header row, from what its columns hold: a column of email addresses
 * is an email, of phone numbers a phone; the first column of words is the whole name. The user
 * sees the guess and can change it.
 */
export function contentTargets(rows: readonly CsvRow[]): string[] {
  const width = Math.max(0, ...rows.map((row) => row.cells.length));
  const sample = rows.slice(0, 50);
  let emails = 0;
  let phones = 0;
  let named = false;
  return Array.from({ length: width }, (_v, column) => {
    const cells = sample.map((row) => (row.cells[column] ?? '').trim()).filter((cell) => cell !== '');
    if (cells.length === 0) return IGNORE;
    const share = (test: (cell: string) => boolean) => cells.filter(test).length / cells.length;
    if (share((cell) => EMAIL.test(cell)) >= 0.5) return `email:${++emails}:value`;
    if (share(isPhone) >= 0.5) return `phone:${++phones}:value`;
    if (!named && share((cell) => /\p{L}/u.test(cell)) >= 0.5) {
      named = true;
      return 'fullName';
    }
    return IGNORE;
  });
}
