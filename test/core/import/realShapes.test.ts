import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../../electron/core/import/planImport';
import { readContactsFile } from '../../../electron/core/import/readContactsFile';
import { contactDisplayName } from '../../../electron/shared/names/contactDisplayName';
import { emptyWorkspace } from '../../../electron/shared/schemas/workspace';
import { tempDir } from '../../helpers/tempDir';
import { addContact, exportBytes, transferWorkspace } from '../export/transferFixtures';

const run = promisify(execFile);
/** The contact's data without its bookkeeping, which an import gives anew. */
const withoutIds = ({ id: _id, rev: _rev, createdAt: _c, updatedAt: _u, uid: _uid, ...data }: Record<string, unknown>) => data;
const at = '2026-11-28T12:00:00.000Z';
const crlf = (lines: string[]) => `${lines.join('\r\n')}\r\n`;
const card = (version: string, ...lines: string[]) => ['BEGIN:VCARD', `VERSION:${version}`, ...lines, 'END:VCARD'];

// Cards in the shapes phones and mail programs write them (from RFC 2426/6350 and the programs' exports).
const FILE = crlf([
  // Android: an email-only contact has an empty N and the address as FN.
  ...card('2.1', 'N:;;;;', 'FN:contact1@invalid', 'EMAIL;HOME:contact1@invalid'),
  // WhatsApp: a given name only.
  ...card('3.0', 'N:;zzMad Perla 45;;;', 'FN:zzMad Perla 45', 'TEL;type=CELL;waid=491701234567:+49 170 1234567'),
  // vCard 4.0 organisation.
  ...card('4.0', 'KIND:org', 'FN:Muster Holding AG', 'ORG:Muster Holding AG', 'TEL;VALUE=uri;TYPE=work:tel:+41-44-123-45-67', 'EMAIL:info@muster.example'),
  // Apple company card: N empty, X-ABShowAs:COMPANY.
  ...card('3.0', 'N:;;;;', 'FN:Volga Partners LLC', 'ORG:Volga Partners LLC;', 'X-ABShowAs:COMPANY', 'item1.URL;type=pref:https\\://volga.example', 'item1.X-ABLabel:_$!<HomePage>!$_'),
  // A vanity number, a placeholder, an internationalised address and a text in an EMAIL line.
  ...card('3.0', 'N:Doe;John;Richter,James;Dr.;Jr.', 'FN:Dr. John Richter James Doe Jr.', 'TEL;TYPE=WORK:+1-800-MYFAX', 'TEL;TYPE=HOME:n/a', 'EMAIL:blablö@blub.com', 'EMAIL:see my website', 'NICKNAME:Johnny', 'BDAY:--0415', 'X-PHONETIC-FIRST-NAME:Jon', 'X-PHONETIC-LAST-NAME:Dow'),
  // FN only.
  ...card('4.0', 'FN:Madonna'),
  // Nothing at all.
  ...card('3.0', 'N:;;;;', 'NOTE:'),
]);

describe('real contact shapes: nothing lost, nothing refused that a person could recognise', () => {
  it('keeps email-only, given-name-only, organisation, company, FN-only cards and odd values, and says what it marked', () => {
    const file = readContactsFile(new TextEncoder().encode(FILE), 'contacts.vcf');
    const plan = planImport(emptyWorkspace(), file.records, { mode: 'cli', at, source: 'contacts.vcf' });
    const creates = plan.command?.creates ?? [];
    expect(plan.rejected).toEqual([{ at: 'card 7', reason: 'Nothing to recognise the contact by: no name, email, phone or organisation.' }]);
    expect(creates.map((c) => contactDisplayName(c))).toEqual(['contact1@invalid', 'zzMad Perla 45', 'Muster Holding AG', 'Volga Partners LLC', 'John Richter James Doe', 'Madonna']);
    const [android, whatsapp, org, apple, doe, madonna] = creates;
    expect(android).toMatchObject({ family: '', given: '', fullName: '', emails: [{ value: 'contact1@invalid' }] });
    expect(whatsapp).toMatchObject({ family: '', given: 'zzMad Perla 45', phones: [{ label: 'mobile', value: '+49 170 1234567' }] });
    expect(org).toMatchObject({ kind: 'org', family: '', fullName: 'Muster Holding AG', phones: [{ value: '+41-44-123-45-67' }] });
    expect(apple).toMatchObject({ kind: 'org', family: '', fullName: 'Volga Partners LLC', websites: [{ value: 'https://volga.example', preferred: true }] });
    expect(doe).toMatchObject({
      family: 'Doe',
      given: 'John',
      patronymic: '',
      middleNames: ['Richter', 'James'],
      prefix: 'Dr.',
      suffix: 'Jr.',
      nickname: 'Johnny',
      birthday: '--04-15',
      givenPhonetic: 'Jon',
      familyPhonetic: 'Dow',
      familyLatin: 'Doe',
      givenLatin: 'John',
      phones: [{ value: '+1-800-MYFAX' }, { value: 'n/a' }],
      emails: [{ value: 'blablö@blub.com' }],
      notes: 'Email: see my website',
    });
    expect(madonna).toMatchObject({ family: '', given: '', fullName: 'Madonna' });
    expect(plan.notes).toEqual([
      'card 1: the email “contact1@invalid” is kept, though its domain has no dot.',
      'card 5: Email “see my website” cannot be kept in its field (not an email address); it is in the note.',
      'card 5: the phone “+1-800-MYFAX” is kept as typed and marked: a phone cannot dial it.',
      'card 5: the phone “n/a” is kept as typed and marked: a phone cannot dial it.',
    ]);
  });

  it('keeps every email and phone of the file, counted by an independent reader (vobject)', async () => {
    const dir = await tempDir();
    const path = join(dir, 'contacts.vcf');
    await writeFile(path, FILE);
    const count = `
import sys, vobject
emails = phones = 0
for c in vobject.readComponents(open(sys.argv[1], encoding='utf-8').read()):
    emails += len([e for e in c.contents.get('email', []) if e.value.strip()])
    phones += len([t for t in c.contents.get('tel', []) if t.value.strip()])
print(emails, phones)
`;
    const { stdout } = await run('/usr/bin/python3', ['-c', count, path]);
    const [emails, phones] = stdout.trim().split(' ').map(Number);
    const plan = planImport(emptyWorkspace(), readContactsFile(new TextEncoder().encode(FILE), 'contacts.vcf').records, { mode: 'cli', at, source: 'c.vcf' });
    const creates = plan.command?.creates ?? [];
    // The one email value that is text is in its contact's note, named by the report.
    const inNotes = creates.reduce((n, c) => n + (c.notes.match(/^Email: /gm)?.length ?? 0), 0);
    expect(creates.reduce((n, c) => n + c.emails.length, 0) + inNotes).toBe(emails);
    expect(creates.reduce((n, c) => n + c.phones.length, 0)).toBe(phones);
  });

  it('round-trips the new fields through vCard 3.0 and 4.0, and both readers of 4.0 agree', async () => {
    for (const format of ['vcard3', 'vcard4'] as const) {
      const ws = transferWorkspace();
      const people = [
        addContact(ws, { family: 'Doe', given: 'John', middleNames: ['Richter', 'James'], prefix: 'Dr.', suffix: 'Jr.', nickname: 'Johnny', birthday: '--04-15', anniversary: '1990-06-01', givenPhonetic: 'Jon', familyPhonetic: 'Dow', familyLatin: 'Doe', givenLatin: 'John', websites: [{ label: 'work', value: 'https://doe.example/a,b' }], phones: [{ value: '+1-800-MYFAX' }] }),
        addContact(ws, { kind: 'org', fullName: 'Muster Holding AG', emails: [{ value: 'info@muster.example' }] }),
        addContact(ws, { given: 'zzMad Perla 45', givenLatin: 'zzMad Perla 45' }),
        addContact(ws, { emails: [{ value: 'blablö@blub.com' }] }),
        addContact(ws, { family: 'Иванова', given: 'Мария', patronymic: 'Петровна', familyLatin: 'Ivanova', givenLatin: 'Maria', patronymicLatin: 'Petrovna', birthday: '1961-04-12' }),
      ];
      const bytes = await exportBytes(people, ws, format);
      const plan = planImport(transferWorkspace(), readContactsFile(bytes, 'a.vcf').records, { mode: 'cli', at, source: 'a.vcf' });
      expect(plan.rejected, format).toEqual([]);
      const back = plan.command?.creates ?? [];
      people.forEach((person, i) => {
        expect(withoutIds(back[i] ?? {}), `${format} ${contactDisplayName(person)}`).toEqual(withoutIds(person));
      });
      if (format === 'vcard4') {
        const dir = await tempDir();
        const path = join(dir, 'a.vcf');
        await writeFile(path, bytes);
        // vobject reads every card and writes each back (it refuses a card with two N).
        const script = `
import sys, vobject
for c in vobject.readComponents(open(sys.argv[1], encoding='utf-8').read()):
    c.serialize()
    print(c.fn.value + '|' + (c.contents['x-liaison-family-latin'][0].value if 'x-liaison-family-latin' in c.contents else ''))
`;
        const { stdout } = await run('/usr/bin/python3', ['-c', script, path]);
        expect(stdout.trim().split('\n')).toEqual(['Dr. John Richter James Doe Jr.|', 'Muster Holding AG|', 'zzMad Perla 45|', 'blablö@blub.com|', 'Иванова Мария Петровна|Ivanova']);
      }
    }
  });
});
