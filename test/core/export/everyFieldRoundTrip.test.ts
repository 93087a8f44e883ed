import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { exportWarnings } from '../../../electron/core/export/exportContacts';
import { planImport } from '../../../electron/core/import/planImport';
import { readContactsFile } from '../../../electron/core/import/readContactsFile';
import type { ExportFormat } from '../../../electron/shared/contracts/exportChannels';
import { ContactInputSchema, type Contact, type ContactData } from '../../../electron/shared/schemas/contact';
import type { Workspace } from '../../../electron/shared/schemas/workspace';
import { tempDir } from '../../helpers/tempDir';
import { everyField, exportBytes, transferWorkspace } from './transferFixtures';

const run = promisify(execFile);
const at = '2026-12-07T12:00:00.000Z';

async function exportAndPlan(contacts: Contact[], ws: Workspace, format: ExportFormat) {
  const bytes = await exportBytes(contacts, ws, format);
  const file = readContactsFile(bytes, format.startsWith('vcard') ? 'every.vcf' : 'every.csv');
  const plan = planImport(transferWorkspace(), file.records, { mode: 'cli', at, source: 'every' });
  expect(plan.rejected).toEqual([]);
  return { bytes, creates: plan.command?.creates ?? [], said: [...file.notes, ...plan.notes] };
}

function dataOf({ id: _id, rev: _rev, createdAt: _c, updatedAt: _u, example: _e, deletedAt: _d, uid: _uid, ...data }: Contact): Omit<ContactData, 'uid'> {
  return ContactInputSchema.parse(data);
}
const backData = ({ id: _id, uid: _uid, ...data }: ContactData & { id: string }): Omit<ContactData, 'uid'> => data;

const PICK = {
  // What Google's columns carry: no gender, salutations, cities, partnerships, languages or cadence.
  'csv-google': ['kind', 'prefix', 'given', 'middleNames', 'patronymic', 'family', 'suffix', 'nickname', 'fullName', 'familyPhonetic', 'givenPhonetic', 'middlePhonetic', 'familyLatin', 'givenLatin', 'patronymicLatin', 'birthday', 'anniversary', 'emails', 'phones', 'websites', 'organizationId', 'title', 'tags', 'notes'],
  // Outlook's: no nickname, phonetic names, year-less dates, or websites past the first (exportWarnings says so).
  'csv-outlook': ['kind', 'prefix', 'given', 'middleNames', 'patronymic', 'family', 'suffix', 'fullName', 'gender', 'anniversary', 'organizationId', 'title', 'tags', 'notes'],
} as const;

/** The every-field contacts through `format` and back, each original beside the contact it came back as. */
async function throughFormat(format: ExportFormat) {
  const ws = transferWorkspace();
  const { english, russian, org } = everyField(ws);
  const { creates, said } = await exportAndPlan([english, russian, org], ws, format);
  expect(creates).toHaveLength(3);
  const pairs = [english, russian, org].map((original) => {
    const back = creates.find((c) => c.family === original.family && c.kind === original.kind);
    expect(back, original.family || original.fullName).toBeDefined();
    return { original, back };
  });
  return { creates, pairs, said };
}

describe('a contact with every field, through every export format and back', () => {
  for (const format of ['vcard3', 'vcard4', 'csv', 'csv-excel-ru'] as const) {
    it(`${format}: every field comes back equal`, async () => {
      const { pairs, said } = await throughFormat(format);
      for (const { original, back } of pairs) if (back) expect(backData(back)).toEqual(dataOf(original));
      // Liaison's own file holds nothing its import moves to the note or leaves out: the only
      // lines are the two marks the every-field contact carries (an undialable phone, a dotless domain).
      expect(said.map((line) => line.replace(/^(?:card|line) \d+: /, ''))).toEqual([
        'the phone “+1-800-MYFAX” is kept as typed and marked: a phone cannot dial it.',
        'the email “contact1@invalid” is kept, though its domain has no dot.',
      ]);
    });
  }

  for (const format of ['csv-google', 'csv-outlook'] as const) {
    it(`${format}: every field its columns can hold comes back equal`, async () => {
      const { creates, pairs } = await throughFormat(format);
      for (const { original, back } of pairs) {
        const want = dataOf(original);
        for (const field of PICK[format]) expect(back?.[field], `${format} ${original.family || original.fullName} ${field}`).toEqual(want[field]);
      }
      if (format === 'csv-outlook') {
        const back = creates.find((c) => c.family === 'Smith');
        // The first website and a birthday with its year survive; the rest was named before export.
        expect(back?.websites.map((w) => w.value)).toEqual(['https://cleveland.example/smith']);
        expect(creates.find((c) => c.family === 'Иванова')?.birthday).toBe('1961-04-12');
        expect(back?.phones.map((p) => p.value).sort()).toEqual(['+1 216 555 0100', '+1-800-MYFAX']);
        expect(back?.emails.map((e) => e.value)).toEqual(['john@cleveland.example', 'blablö@blub.example', 'contact1@invalid']);
      }
    });
  }
});

// Python's csv module, an independent RFC 4180 reader: the columns of each file by name.
const CSV_READER = `
import csv, json, sys
with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:
    print(json.dumps(list(csv.DictReader(f, delimiter=sys.argv[2])), ensure_ascii=False))
`;

// Debian's python3-vobject: the new fields as another vCard reader sees them.
const VCARD_READER = `
import json, sys, vobject
out = []
with open(sys.argv[1], encoding='utf-8', newline='') as f:
    for card in vobject.readComponents(f.read()):
        n = card.n.value
        get = lambda name: [p.value for p in card.contents.get(name, [])]
        out.append({'version': card.version.value, 'fn': card.fn.value, 'family': n.family, 'given': n.given,
                    'additional': n.additional, 'prefix': n.prefix, 'suffix': n.suffix,
                    'nickname': get('nickname'), 'bday': get('bday'), 'anniversary': get('anniversary'),
                    'url': get('url'), 'kind': get('kind'), 'abshowas': get('x-abshowas'),
                    'phonetic': get('x-phonetic-first-name') + get('x-phonetic-middle-name') + get('x-phonetic-last-name'),
                    'tel': get('tel'), 'email': get('email')})
        card.serialize()
print(json.dumps(out, ensure_ascii=False))
`;

describe('independent readers see the new fields where their formats put them', () => {
  it('Python csv reads Liaison, Google and Outlook CSV columns', async () => {
    const ws = transferWorkspace();
    const { english, russian, org } = everyField(ws);
    const dir = await tempDir();
    const rowsOf = async (format: ExportFormat, delimiter = ',') => {
      const file = join(dir, `${format}.csv`);
      await writeFile(file, await exportBytes([english, russian, org], ws, format));
      const { stdout } = await run('/usr/bin/python3', ['-c', CSV_READER, file, delimiter]);
      return JSON.parse(stdout) as Record<string, string>[];
    };
    const [liaison] = await rowsOf('csv');
    expect(liaison).toMatchObject({
      Prefix: 'Dr.',
      Suffix: 'Jr.',
      Nickname: 'Johnny',
      'Middle name 1': 'Richter',
      'Middle name 2': 'James',
      'Given name (phonetic)': 'Jon',
      'Family name (phonetic)': 'Smyth',
      Birthday: "'--04-15",
      Anniversary: '1990-06-01',
      'Website 2 - Label': 'Blog',
      'Website 2 - Value': 'johnsmith.example',
    });
    const excel = await rowsOf('csv-excel-ru', ';');
    expect(excel[2]).toMatchObject({ Kind: 'org', 'Name as written': 'Sister Cities International' });
    const google = await rowsOf('csv-google');
    expect(google[0]).toMatchObject({
      'Name Prefix': 'Dr.',
      'Middle Name': 'Richter, James',
      'Name Suffix': 'Jr.',
      Nickname: 'Johnny',
      'Phonetic First Name': 'Jon',
      Birthday: '--04-15',
      'Website 1 - Label': '* Work',
      'Website 2 - Value': 'johnsmith.example',
      'Event 1 - Label': 'Anniversary',
      'Event 1 - Value': '1990-06-01',
      // Not a number a spreadsheet reads as one, so the formula guard applies (the import strips it).
      'Phone 2 - Value': "'+1-800-MYFAX",
    });
    expect(google[1]).toMatchObject({ 'Middle Name': 'Петровна', 'Phonetic Last Name': 'Ivanova', Birthday: '1961-04-12' });
    expect(google[2]).toMatchObject({ 'File As': 'Sister Cities International', 'Organization Name': 'Sister Cities International', 'First Name': '' });
    const outlook = await rowsOf('csv-outlook');
    expect(outlook[0]).toMatchObject({ Title: 'Dr.', 'Middle Name': 'Richter, James', Suffix: 'Jr.', Anniversary: '6/1/1990', Birthday: '', 'Web Page': 'https://cleveland.example/smith' });
    expect(outlook[1]).toMatchObject({ Birthday: '4/12/1961' });
  });

  for (const version of ['vcard3', 'vcard4'] as const) {
    it(`python3-vobject reads and re-serialises ${version}: N's five parts, NICKNAME, BDAY, ANNIVERSARY, URL, organisations`, async () => {
      const ws = transferWorkspace();
      const { english, russian, org } = everyField(ws);
      const dir = await tempDir();
      const file = join(dir, 'every.vcf');
      await writeFile(file, await exportBytes([english, russian, org], ws, version));
      const { stdout } = await run('/usr/bin/python3', ['-c', VCARD_READER, file]);
      const [john, maria, sci] = JSON.parse(stdout) as Record<string, unknown>[];
      const v4 = version === 'vcard4';
      expect(john).toMatchObject({
        fn: 'Dr. John Richter James Smith Jr.',
        family: 'Smith',
        given: 'John',
        additional: ['Richter', 'James'],
        prefix: 'Dr.',
        suffix: 'Jr.',
        nickname: ['Johnny'],
        bday: [v4 ? '--0415' : '--04-15'],
        url: ['https://cleveland.example/smith', 'johnsmith.example'],
        tel: ['+1 216 555 0100', '+1-800-MYFAX'],
        email: ['john@cleveland.example', 'blablö@blub.example', 'contact1@invalid'],
      });
      expect(john?.phonetic).toEqual(['Jon', 'Rikter', 'Smyth']);
      // vCard 3.0 has no ANNIVERSARY; Liaison writes it as Apple's X-ANNIVERSARY there.
      if (v4) expect(john?.anniversary).toEqual(['19900601']);
      expect(maria).toMatchObject({ family: 'Иванова', additional: 'Петровна', bday: [v4 ? '19610412' : '1961-04-12'] });
      expect(sci).toMatchObject({ fn: 'Sister Cities International', url: ['https://sister-cities.example'] });
      if (v4) expect(sci?.kind).toEqual(['org']);
      else expect(sci?.abshowas).toEqual(['COMPANY']);
    });
  }
});

describe('what Google and Outlook files cannot hold is named before export', () => {
  it('lists each loss with its count of contacts; Liaison CSV and vCard name none', async () => {
    const ws = transferWorkspace();
    const { english, russian, org } = everyField(ws);
    const withPhoto = { ...english, photo: '00000000-0000-4000-8000-0000000000aa.png' };
    ws.contacts[english.id] = withPhoto;
    const contacts = [withPhoto, russian, org];
    const outlook = await exportWarnings(contacts, ws, 'csv-outlook');
    for (const what of ['the nickname', 'phonetic names', 'websites beyond the first', 'a date without its year', 'the photo']) {
      expect(outlook).toContain(`Outlook’s columns have no place for ${what} (1 contact); export as vCard or Liaison CSV to keep it.`);
    }
    expect(outlook.some((line) => line.includes('the Latin name (1 contact)'))).toBe(true);
    const google = await exportWarnings(contacts, ws, 'csv-google');
    expect(google).toContain('Google Contacts’ columns have no place for the photo (1 contact); export as vCard or Liaison CSV to keep it.');
    expect(google.some((line) => /nickname|phonetic|website|date/.test(line))).toBe(false);
    expect(await exportWarnings(contacts, ws, 'csv')).toEqual([]);
    expect(await exportWarnings(contacts, ws, 'vcard4')).toEqual([]);
  });
});
