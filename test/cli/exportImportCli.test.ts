import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/runCli';
import { tempDir } from '../helpers/tempDir';

const resourcesDir = fileURLToPath(new URL('../../resources', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/contacts/${name}`, import.meta.url));

async function cli(dir: string, ...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(['--data', dir, ...args], { out: (t) => (out += t), err: (t) => (err += t), env: {}, resourcesDir });
  return { code, out, err };
}

/** Every file of the workspace folder with its bytes, to prove a command changed nothing. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    if (name.endsWith('.vcf') || name.endsWith('.csv') || name === 'backups') continue;
    out[name] = (await readFile(join(dir, name))).toString('base64');
  }
  return out;
}

async function seed(dir: string) {
  expect((await cli(dir, 'contacts', 'add', '--family', 'Иванова', '--given', 'Мария', '--patronymic', 'Петровна', '--email', 'm.ivanova@volgadmin.example', '--phone', '+7 (8442) 38-12-44', '--city', 'Волгоград', '--org', 'Администрация Волгограда', '--tag', 'summit')).code).toBe(0);
  expect((await cli(dir, 'contacts', 'add', '--family', 'Smith', '--given', 'John', '--email', 'john@cleveland.example', '--tag', 'board')).code).toBe(0);
}

describe('liaison export contacts', () => {
  it('writes each format, filtered by search, tag and saved filter', async () => {
    const dir = await tempDir();
    await seed(dir);
    const all = await cli(dir, 'export', 'contacts', '--format', 'vcard4', '--out', join(dir, 'all.vcf'));
    expect(all).toMatchObject({ code: 0, out: `Exported 2 contacts to ${join(dir, 'all.vcf')} (vcard4)\n` });
    expect((await readFile(join(dir, 'all.vcf'), 'utf8')).match(/BEGIN:VCARD/g)).toHaveLength(2);

    const search = await cli(dir, 'export', 'contacts', '--format', 'csv-excel-ru', '--search', 'ivanova', '--out', join(dir, 'ru.csv'), '--json');
    expect(search.code).toBe(0);
    expect(JSON.parse(search.out)).toMatchObject({ count: 1, format: 'csv-excel-ru', path: join(dir, 'ru.csv') });
    const ru = await readFile(join(dir, 'ru.csv'));
    expect([...ru.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(ru.toString('utf8')).toContain('"Иванова";"Мария"');

    const tagged = await cli(dir, 'export', 'contacts', '--format', 'csv', '--tag', 'board', '--delimiter', ';', '--bom', '--out', join(dir, 'board.csv'));
    expect(tagged.code).toBe(0);
    const board = (await readFile(join(dir, 'board.csv'), 'utf8')).replace(/^\uFEFF/, '');
    expect(board.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(board).toContain('"Smith";"John"');

    const state = JSON.parse(await readFile(join(dir, 'liaison.json'), 'utf8')) as { settings: Record<string, unknown> };
    state.settings.segments = [{ id: crypto.randomUUID(), name: 'Summit people', query: '', tags: ['summit'] }];
    await writeFile(join(dir, 'liaison.json'), JSON.stringify(state));
    const segment = await cli(dir, 'export', 'contacts', '--format', 'csv-google', '--segment', 'summit PEOPLE', '--out', join(dir, 'g.csv'));
    expect(segment.code).toBe(0);
    expect(segment.out).toContain('Exported 1 contact');
    expect(await readFile(join(dir, 'g.csv'), 'utf8')).toContain('"Мария","Петровна","Иванова"');
  });

  it('says what is wrong: usage (2), no match or unknown saved filter (1)', async () => {
    const dir = await tempDir();
    await seed(dir);
    expect((await cli(dir, 'export', 'contacts', '--format', 'xls', '--out', 'x')).code).toBe(2);
    expect((await cli(dir, 'export', 'contacts', '--format', 'csv')).err).toContain('export contacts needs --out FILE');
    expect((await cli(dir, 'export', 'contacts', '--format', 'vcard3', '--delimiter', ';', '--out', 'x')).code).toBe(2);
    expect((await cli(dir, 'export', 'contacts', '--format', 'csv', '--delimiter', '|', '--out', 'x')).code).toBe(2);
    const none = await cli(dir, 'export', 'contacts', '--search', 'Nobody', '--out', join(dir, 'none.vcf'));
    expect(none).toMatchObject({ code: 1, err: 'liaison: No contact matches, so nothing was written; change --search, --tag or --segment.\n' });
    const segment = await cli(dir, 'export', 'contacts', '--segment', 'VIP', '--out', join(dir, 'none.vcf'));
    expect(segment).toMatchObject({ code: 1, err: 'liaison: There is no saved filter named “VIP”; none is saved yet.\n' });
  });
});

describe('liaison import', () => {
  it('--dry-run --json reports created, merged and rejected without writing anything', async () => {
    const dir = await tempDir();
    await seed(dir);
    const before = await snapshot(dir);
    const r = await cli(dir, 'import', fixture('google-contacts.csv'), '--dry-run', '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { created: number; merged: number; rejected: { at: string; reason: string }[] };
    // Line 7 (an organisation with only an email) is a contact in its own right, not a rejection.
    expect(report.created).toBe(2);
    expect(report.merged).toBe(1);
    expect(report.rejected).toEqual([]);
    expect(Object.keys(report).sort()).toEqual(['created', 'encoding', 'fuzzyMatches', 'merged', 'notes', 'rejected']);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('--encoding reads the file as the user says; --no-header and --header decide what the first row is', async () => {
    const dir = await tempDir();
    expect((await cli(dir, 'init')).code).toBe(0);
    const koi8 = fixture('programs/koi8r.csv');
    const guessed = await cli(dir, 'import', koi8, '--dry-run', '--json');
    expect(JSON.parse(guessed.out)).toMatchObject({ encoding: 'KOI8-R', created: 2 });
    expect(guessed.out).toMatch(/read it as KOI8-R \(Cyrillic\)/);
    const chosen = await cli(dir, 'import', koi8, '--encoding', 'windows-1251', '--dry-run', '--json');
    expect(JSON.parse(chosen.out)).toMatchObject({ encoding: 'Windows-1251' });

    const list = join(dir, 'list.csv');
    await writeFile(list, 'Ann Lee,ann@example.org,+1 415 555 0100\nBob Roe,bob@example.org,+1 415 555 0101\n');
    const auto = await cli(dir, 'import', list, '--dry-run');
    expect(auto.out).toMatch(/2 created/);
    expect(auto.out).toMatch(/first row of list.csv holds a contact/);
    const header = await cli(dir, 'import', list, '--header', '--dry-run');
    expect(header.out).not.toMatch(/first row/);
    const noHeader = await cli(dir, 'import', list, '--no-header', '--dry-run');
    expect(noHeader.out).toMatch(/2 created/);
    expect(noHeader.out).not.toMatch(/first row/);
  });

  it('imports as one undoable step, merges on an exact email only, lists same-name contacts', async () => {
    const dir = await tempDir();
    await seed(dir);
    await writeFile(
      join(dir, 'list.vcf'),
      [
        'BEGIN:VCARD', 'VERSION:3.0', 'N:Ivanova;Maria;;;', 'EMAIL:M.IVANOVA@volgadmin.example', 'TITLE:Head of international relations', 'END:VCARD',
        'BEGIN:VCARD', 'VERSION:3.0', 'N:Smith;John;;;', 'EMAIL:john.smith@other.example', 'END:VCARD',
        'BEGIN:VCARD', 'VERSION:3.0', 'N:Brown;Linda;;;', 'EMAIL:not-an-email', 'END:VCARD',
        'BEGIN:VCARD', 'VERSION:3.0', 'N:Orlov;Nikolai;;;', 'END:VCARD',
      ].join('\r\n'),
    );
    const r = await cli(dir, 'import', join(dir, 'list.vcf'));
    expect(r.code).toBe(0);
    // One bad field no longer sinks the card: Linda Brown is kept, her text EMAIL moves to the note.
    expect(r.out).toContain('Imported from list.vcf (vCard, UTF-8): 3 created, 1 merged, 0 rejected.');
    expect(r.out).toContain('card 3: Email “not-an-email” cannot be kept in its field (not an email address); it is in the note.');
    expect(r.out).toContain('  card 2: John Smith <john.smith@other.example> is like John Smith <john@cleveland.example>');
    const list = JSON.parse((await cli(dir, 'contacts', 'list', '--json')).out) as { name: string; title: string }[];
    expect(list.map((row) => row.name).sort()).toEqual(['John Smith', 'John Smith', 'Linda Brown', 'Nikolai Orlov', 'Иванова Мария Петровна']);
    expect(list.find((row) => row.name.startsWith('Иванова'))?.title).toBe('Head of international relations');
    const undo = await cli(dir, 'undo');
    expect(undo).toMatchObject({ code: 0, out: 'Undone: Import 3 contacts and merge 1 from list.vcf\n' });
    expect((JSON.parse((await cli(dir, 'contacts', 'list', '--json')).out) as unknown[]).length).toBe(2);
  });

  it('a file that cannot be read or yields no record exits 1 and leaves liaison.json and the journal as they were', async () => {
    const dir = await tempDir();
    await seed(dir);
    const before = await snapshot(dir);
    await writeFile(join(dir, 'header.csv'), 'Last Name,First Name\r\n');
    await writeFile(join(dir, 'book.csv'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    // Only a record with nothing a person could recognise (no name, email, phone or organisation) is refused.
    await writeFile(join(dir, 'rejected.csv'), 'First Name,Notes\r\n,met once\r\n');
    const cases: [string[], string][] = [
      [['import', join(dir, 'missing.vcf')], `liaison: There is no file ${join(dir, 'missing.vcf')}.\n`],
      [['import', join(dir, 'header.csv')], 'liaison: header.csv has a header row but no contacts under it.\n'],
      [['import', join(dir, 'book.csv')], 'liaison: book.csv is a spreadsheet workbook (Excel or similar), not a CSV or vCard file. Save it as “CSV UTF-8” in the spreadsheet and import that file.\n'],
      [['import', join(dir, 'rejected.csv')], 'liaison: nothing to import from rejected.csv: all 1 records were rejected.\n'],
    ];
    for (const [args, err] of cases) {
      const r = await cli(dir, ...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err, args.join(' ')).toBe(err);
    }
    expect(await snapshot(dir)).toEqual(before);
    expect((await cli(dir, 'import')).code).toBe(2);
    expect((await cli(dir, 'import', 'a.vcf', '--format', 'xml')).code).toBe(2);
  });

  it('round trip through the CLI: export vCard and CSV, import into an empty workspace, same contacts', async () => {
    const from = await tempDir();
    await seed(from);
    for (const format of ['vcard3', 'vcard4', 'csv', 'csv-excel-ru']) {
      const file = join(from, `out-${format}`);
      expect((await cli(from, 'export', 'contacts', '--format', format, '--out', file)).code).toBe(0);
      const to = await tempDir();
      const r = await cli(to, 'import', file, '--json');
      expect(r.code, format).toBe(0);
      expect(JSON.parse(r.out)).toMatchObject({ created: 2, merged: 0, rejected: [] });
      const strip = (rows: Record<string, unknown>[]) => rows.map(({ id: _id, ...rest }) => rest);
      const a = strip(JSON.parse((await cli(from, 'contacts', 'list', '--json')).out) as Record<string, unknown>[]);
      const b = strip(JSON.parse((await cli(to, 'contacts', 'list', '--json')).out) as Record<string, unknown>[]);
      expect(b, format).toEqual(a);
    }
  });
});
