import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { guardCell, guardCellUnlessPhone, unguardCell } from '../../../electron/core/export/formulaGuard';
import { GOOGLE_CSV_NAMES } from '../../../electron/core/export/googleCsvLayout';
import { OUTLOOK_CSV_COLUMNS } from '../../../electron/core/export/outlookCsvLayout';
import { writeCsvRow } from '../../../electron/core/export/writeCsvRow';
import { parseCsvLines } from '../../../electron/core/import/parseCsvLines';
import { readContactsFile } from '../../../electron/core/import/readContactsFile';
import { addContact, exportBytes, fullContact, transferWorkspace } from './transferFixtures';

const fixture = (name: string) => readFile(fileURLToPath(new URL(`../../fixtures/contacts/${name}`, import.meta.url)), 'utf8');
const BOM = [0xef, 0xbb, 0xbf];

/** The records of a CSV file as an independent reader sees them: header row first. */
function rowsOf(bytes: Buffer, delimiter = ','): string[][] {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  return parseCsvLines(text, delimiter).map((row) => row.cells);
}

function cell(rows: string[][], column: string, row = 1): string {
  const index = rows[0]?.indexOf(column) ?? -1;
  if (index < 0) throw new Error(`no column ${column}`);
  return rows[row]?.[index] ?? '';
}

describe('the CSV writer (RFC 4180)', () => {
  it('quotes every field, doubles quotes, keeps line breaks inside quotes, ends each record with CRLF', () => {
    expect(writeCsvRow(['a', 'say "hi"', 'two\nlines', ''], ',')).toBe('"a","say ""hi""","two\nlines",""\r\n');
    expect(writeCsvRow(['x;y', 'z'], ';')).toBe('"x;y";"z"\r\n');
  });

  it('guards every cell a spreadsheet would run, and strips exactly one apostrophe on the way in', () => {
    for (const value of ['=SUM(A1)', '+7 902 123', '-12', '@cmd', '\tx', '\rx', '\nx']) {
      expect(guardCell(value)).toBe(`'${value}`);
      expect(unguardCell(guardCell(value))).toBe(value);
    }
    for (const value of ['plain', "'quoted", "O'Neil", '', '1+1']) expect(guardCell(value)).toBe(value);
    // A value that already starts with an apostrophe before a trigger gets one more, so it survives.
    expect(guardCell("'=x")).toBe("''=x");
    expect(unguardCell("''=x")).toBe("'=x");
    // Google and Outlook: a phone number in strict syntax as is, anything else guarded.
    expect(guardCellUnlessPhone('+7 (902) 123-45-67')).toBe('+7 (902) 123-45-67');
    expect(guardCellUnlessPhone('+7 902 123 ext. 5')).toBe("'+7 902 123 ext. 5");
    expect(guardCellUnlessPhone('=1+1')).toBe("'=1+1");
  });
});

describe('export formats, asserted on the bytes', () => {
  it('csv: every field, quoted, CRLF, no BOM, phones guarded too', async () => {
    const ws = transferWorkspace();
    const contact = fullContact(ws);
    const bytes = await exportBytes([contact], ws, 'csv');
    expect([...bytes.subarray(0, 3)]).not.toEqual(BOM);
    const text = bytes.toString('utf8');
    expect(text.startsWith('"UID","Family name","Given name","Patronymic","Gender","Family name (Latin)"')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    // Every line break outside a quoted field is CRLF: strip the quoted fields and look.
    expect(text.replace(/"(?:[^"]|"")*"/g, '').replace(/\r\n/g, '')).toMatch(/^,*$/);
    const rows = rowsOf(bytes);
    expect(rows).toHaveLength(2);
    expect(cell(rows, 'UID')).toBe(`urn:uuid:${contact.id}`);
    expect(cell(rows, 'Family name')).toBe('Иванова');
    expect(cell(rows, 'Phone 1 - Value')).toBe("'+7 (902) 123-45-67");
    expect(cell(rows, 'Phone 3 - Value')).toBe("'-12");
    expect(cell(rows, 'Tag 2')).toBe('\'=HYPERLINK("x")');
    expect(cell(rows, 'Notes')).toBe(contact.notes);
    expect(cell(rows, 'City 1')).toBe('Волгоград / Volgograd');
    expect(cell(rows, 'Partnership 1')).toBe('Cleveland – Volgograd (Волгоград)');
    expect(cell(rows, 'Follow-up (days)')).toBe('90');
    expect(cell(rows, 'E-mail 2 - Label')).toBe('Личная; почта, дом');
    expect(text).toContain('"\'=HYPERLINK(""x"")"');
  });

  it('csv-excel-ru: the same with ";" and a UTF-8 BOM', async () => {
    const ws = transferWorkspace();
    const contact = fullContact(ws);
    const bytes = await exportBytes([contact], ws, 'csv-excel-ru');
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('"UID";"Family name";"Given name"')).toBe(true);
    const plain = await exportBytes([contact], ws, 'csv', { delimiter: ';' });
    expect(text).toBe(plain.toString('utf8'));
  });

  it('--bom and --delimiter change csv and csv-google', async () => {
    const ws = transferWorkspace();
    const contact = fullContact(ws);
    const bytes = await exportBytes([contact], ws, 'csv-google', { bom: true, delimiter: ';' });
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    expect(bytes.subarray(3).toString('utf8').startsWith('"First Name";"Middle Name";"Last Name"')).toBe(true);
  });

  it('csv-google: Google Contacts’ own columns, primary marked "* ", labels joined with " ::: ", phones as is', async () => {
    const ws = transferWorkspace();
    const contact = fullContact(ws);
    const rows = rowsOf(await exportBytes([contact], ws, 'csv-google'));
    const header = rows[0] ?? [];
    expect(header.slice(0, GOOGLE_CSV_NAMES.length)).toEqual([...GOOGLE_CSV_NAMES]);
    expect(header.slice(GOOGLE_CSV_NAMES.length, GOOGLE_CSV_NAMES.length + 4)).toEqual(['E-mail 1 - Label', 'E-mail 1 - Value', 'E-mail 2 - Label', 'E-mail 2 - Value']);
    expect(header).toContain('Phone 3 - Value');
    expect(header).toContain('Address 1 - Postal Code');
    expect(cell(rows, 'First Name')).toBe('Мария');
    expect(cell(rows, 'Middle Name')).toBe('Петровна');
    expect(cell(rows, 'Last Name')).toBe('Иванова');
    expect(cell(rows, 'Phonetic Last Name')).toBe('Ivanova');
    expect(cell(rows, 'Organization Name')).toBe('Администрация Волгограда');
    expect(cell(rows, 'E-mail 1 - Label')).toBe('* Work');
    expect(cell(rows, 'Phone 1 - Label')).toBe('* Mobile');
    expect(cell(rows, 'Phone 1 - Value')).toBe('+7 (902) 123-45-67');
    expect(cell(rows, 'Phone 2 - Value')).toBe("'+7 8442 38-12-44 ext. 12");
    expect(cell(rows, 'Labels')).toBe('* myContacts ::: summit ::: =HYPERLINK("x") ::: a,b;c');
    expect(cell(rows, 'Notes')).toBe(contact.notes);
  });

  it('csv-google: a tag holding ":::" comes back whole (Google separates labels with " ::: ", spaces included)', async () => {
    // The counterexample unicodeRoundTrip's property found (seed 1974204238): "x:::Волгоградx" came back as two tags.
    const ws = transferWorkspace();
    const c = addContact(ws, { family: 'A', tags: ['x:::Волгоградx', 'a ,b'] });
    const file = readContactsFile(await exportBytes([c], ws, 'csv-google'), 'g.csv');
    expect(file.records[0]?.contact.tags).toEqual(['x:::Волгоградx', 'a ,b']);
  });

  it('csv-google: the header matches a Google Contacts export, column for column', async () => {
    const googleHeader = (await fixture('google-contacts.csv')).split('\r\n')[0]?.split(',') ?? [];
    const ws = transferWorkspace();
    const c = addContact(ws, { family: 'A', emails: [{ value: 'a@x.example' }, { value: 'b@x.example' }], phones: [{ value: '1' }, { value: '2' }], addresses: [{ street: 's' }] });
    const ours = rowsOf(await exportBytes([c], ws, 'csv-google'))[0] ?? [];
    // Google's export ends with website columns; Liaison adds the Event pair that carries an anniversary.
    expect(ours).toEqual([...googleHeader, 'Event 1 - Label', 'Event 1 - Value']);
  });

  it('csv-outlook: exactly Outlook’s columns, a BOM for Cyrillic, phones in their slots', async () => {
    const ws = transferWorkspace();
    const contact = fullContact(ws);
    const bytes = await exportBytes([contact], ws, 'csv-outlook');
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    const rows = rowsOf(bytes);
    expect(rows[0]).toEqual([...OUTLOOK_CSV_COLUMNS]);
    const outlookHeader = parseCsvLines(await fixture('outlook-contacts.csv'), ',')[0]?.cells ?? [];
    expect(rows[0]).toEqual(outlookHeader);
    expect(cell(rows, 'First Name')).toBe('Мария');
    expect(cell(rows, 'Last Name')).toBe('Иванова');
    expect(cell(rows, 'Company')).toBe('Администрация Волгограда');
    expect(cell(rows, 'Job Title')).toBe('Начальник отдела; международные связи');
    expect(cell(rows, 'E-mail Address')).toBe('m.ivanova@volgadmin.example');
    expect(cell(rows, 'E-mail 2 Address')).toBe('maria@mail.example');
    expect(cell(rows, 'Mobile Phone')).toBe('+7 (902) 123-45-67');
    expect(cell(rows, 'Business Phone')).toBe("'+7 8442 38-12-44 ext. 12");
    expect(cell(rows, 'Other Phone')).toBe('-12');
    expect(cell(rows, 'Business Street')).toBe('пр. Ленина, 10\nкаб. 5');
    expect(cell(rows, 'Business Postal Code')).toBe('400066');
    expect(cell(rows, 'Categories')).toBe('summit;=HYPERLINK("x");a,b;c');
    expect(cell(rows, 'Gender')).toBe('Female');
  });
});
