import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContactsFile, type ContactsFile } from '../../../electron/core/import/readContactsFile';

const path = (name: string) => fileURLToPath(new URL(`../../fixtures/contacts/programs/${name}`, import.meta.url));
const counter = fileURLToPath(new URL('../../helpers/countEmailsPhones.py', import.meta.url));
const read = async (name: string) => readContactsFile(await readFile(path(name)), path(name));

/** Every email and phone in the file as Python's vobject or csv module sees it: not our parser. */
function independently(name: string, encoding: string, delimiter?: string, header = true): { emails: string[]; phones: string[] } {
  const args = delimiter === undefined ? [counter, path(name), 'vcard', encoding] : [counter, path(name), 'csv', encoding, delimiter, header ? 'header' : 'noheader'];
  const parsed: unknown = JSON.parse(execFileSync('/usr/bin/python3', args, { encoding: 'utf8' }));
  return parsed as { emails: string[]; phones: string[] };
}

const sorted = (values: string[]) => [...values].sort();
const emailsOf = (file: ContactsFile) => sorted(file.records.flatMap((r) => r.contact.emails.map((e) => e.value)));
const phonesOf = (file: ContactsFile) => sorted(file.records.flatMap((r) => r.contact.phones.map((p) => p.value)));

// Each file in the byte shape the program writes (see the comments in each test); the emails and
// phones Python finds in it must all come out of the import, none lost and none invented.
const FILES: [name: string, encoding: string, delimiter?: string, header?: boolean][] = [
  ['android-2.1.vcf', 'utf-8'],
  ['iphone-3.0.vcf', 'utf-8'],
  ['missing-end.vcf', 'utf-8'],
  ['utf16le-nobom.vcf', 'utf-16-le'],
  ['outlook2003-2.1.vcf', 'cp1252'],
  ['google.csv', 'utf-8', ','],
  ['google-legacy.csv', 'utf-16', ','],
  ['outlook-en.csv', 'cp1252', ','],
  ['outlook-ru.csv', 'cp1251', ','],
  ['thunderbird-headerless.csv', 'utf-8', ',', false],
  ['roundcube.csv', 'utf-8', ','],
  ['excel-ru.csv', 'cp1251', ';'],
  ['numbers-list.csv', 'utf-8', ','],
  ['yandex.csv', 'utf-8', ','],
  ['mailru.csv', 'utf-8', ','],
  ['koi8r.csv', 'koi8-r', ','],
  ['polish-1250.csv', 'cp1250', ','],
  ['greek-1253.csv', 'cp1253', ','],
  ['utf16be-nobom.csv', 'utf-16-be', ','],
];

describe('every email and phone in files other programs write survives the import', () => {
  it.each(FILES)('%s', async (name, encoding, delimiter, header) => {
    const expected = independently(name, encoding, delimiter, header);
    expect(expected.emails.length + expected.phones.length).toBeGreaterThan(3);
    const file = await read(name);
    expect(emailsOf(file)).toEqual(sorted(expected.emails));
    expect(phonesOf(file)).toEqual(sorted(expected.phones));
  });
});

describe('vCard lines', () => {
  it('Android 2.1: a soft break before a line starting with a space is not folding; one before END:VCARD does not swallow the next card', async () => {
    const file = await read('android-2.1.vcf');
    expect(file.records.map((r) => r.at)).toEqual(['card 1', 'card 2', 'card 3', 'card 4']);
    expect(file.records[0]?.contact).toMatchObject({ family: 'Петров', given: 'Иван', notes: 'Now is the time for all good men to come to the aid of their country.' });
    expect(file.records[2]?.contact).toMatchObject({ family: 'Смирнова', notes: 'Встреча в Казани' });
    expect(file.records[3]?.contact).toMatchObject({ family: 'Brown', given: 'Anna' });
    expect(file.notes.join(' ')).not.toMatch(/END:VCARD/);
  });

  it('a card without END:VCARD is closed at the next BEGIN:VCARD, the next card read on its own, and the report names the broken one', async () => {
    const file = await read('missing-end.vcf');
    expect(file.records.map((r) => [r.at, r.contact.family])).toEqual([
      ['card 1', 'Kowalski'],
      ['card 2', 'Nowak'],
      ['card 3', 'Wójcik'],
    ]);
    expect(file.notes).toContain('card 2 has no END:VCARD: Liaison read it up to the next BEGIN:VCARD (or the end of the file) and read the card after it on its own. Check that contact after the import.');
  });

  it('a file cut off inside its last card keeps that card and says so', () => {
    const file = readContactsFile(Buffer.from('BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lee;Ann;;;\r\nEMAIL:ann@example.org\r\n'), 'cut.vcf');
    expect(file.records.map((r) => r.contact.emails[0]?.value)).toEqual(['ann@example.org']);
    expect(file.notes.join(' ')).toMatch(/card 1 has no END:VCARD/);
  });

  it("an AGENT's embedded card stays inside its card, not a contact of the file", () => {
    const text = 'BEGIN:VCARD\r\nVERSION:2.1\r\nN:Boss;Big\r\nAGENT:\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nN:Helper;Hal\r\nEND:VCARD\r\nEMAIL:big@example.org\r\nEND:VCARD\r\n';
    const file = readContactsFile(Buffer.from(text), 'agent.vcf');
    expect(file.records.map((r) => [r.contact.family, r.contact.emails.length])).toEqual([['Boss', 1]]);
    expect(file.notes.join(' ')).not.toMatch(/END:VCARD/);
  });

  it('iPhone 3.0: grouped labels, a folded base64 photo skipped cleanly, a company card', async () => {
    const file = await read('iphone-3.0.vcf');
    expect(file.records).toHaveLength(2);
    expect(file.records[0]?.contact).toMatchObject({ family: 'García', given: 'José' });
    expect(file.records[0]?.contact.phones.map((p) => p.label)).toEqual(['mobile', 'mobile', 'Oficina']);
    expect(file.records[1]?.contact.organization).toBe('Siemens AG');
  });

  it('Outlook 2003: 8-bit values with no CHARSET read in the code page their letters point to', async () => {
    const file = await read('outlook2003-2.1.vcf');
    expect(file.records[0]?.contact).toMatchObject({ family: 'García', given: 'José', organization: 'Señalización Ibérica S.A.', notes: 'Conocido en la reunión de Bruselas.' });
    expect(file.records[1]?.contact).toMatchObject({ family: 'Müller', given: 'Björn' });
    expect(file.notes.join(' ')).toMatch(/Some cards are not UTF-8, so Liaison read them as Windows-1252/);
  });
});

describe('character sets', () => {
  it.each([
    ['utf16le-nobom.vcf', 'UTF-16LE', 'Сидоров'],
    ['utf16be-nobom.csv', 'UTF-16BE', 'Орлов'],
    ['outlook-en.csv', 'Windows-1252', 'García'],
    ['polish-1250.csv', 'Windows-1250', 'Wiśniewska'],
    ['greek-1253.csv', 'Windows-1253', 'Παπαδόπουλος'],
    ['excel-ru.csv', 'Windows-1251', 'Сёмина'],
    ['outlook-ru.csv', 'Windows-1251', 'Кузнецов'],
    ['koi8r.csv', 'KOI8-R', 'Васильев'],
  ])('%s is read as %s', async (name, encoding, family) => {
    const file = await read(name);
    expect(file.encoding).toBe(encoding);
    expect(file.records[0]?.contact.family).toBe(family);
  });

  it('names the guess and how to choose another', async () => {
    const file = await read('koi8r.csv');
    expect(file.notes[0]).toMatch(/not UTF-8, so Liaison read it as KOI8-R \(Cyrillic\).*choose another encoding/);
    expect(file.encodingChosen).toBe(false);
  });

  it('reads the file in the encoding the user chose instead of the guess', async () => {
    const bytes = await readFile(path('koi8r.csv'));
    const file = readContactsFile(bytes, 'koi8r.csv', 'auto', undefined, { encoding: 'windows-1251' });
    expect(file).toMatchObject({ encoding: 'Windows-1251', encodingLabel: 'windows-1251', encodingChosen: true });
    expect(file.records[0]?.contact.family).not.toBe('Васильев');
    expect(file.notes.join(' ')).not.toMatch(/not UTF-8/);
  });
});

describe('CSV from other programs', () => {
  it('Roundcube: all three emails and all 13 phones; the honorific "Title" is not the job title', async () => {
    const file = await read('roundcube.csv');
    const anna = file.records[0]?.contact;
    expect(anna?.emails.map((e) => e.label)).toEqual(['home', 'work', 'other']);
    expect(anna?.phones).toHaveLength(13);
    expect(anna?.title).toBe('Head of International Relations');
    // The honorific lands in the name prefix, so neither column is named as not imported.
    expect(anna?.prefix).toBe('Dr.');
    expect(file.notes.join(' ')).not.toMatch(/“Job Title”|“Title”/);
  });

  it('Outlook in English: Title is the honorific, Primary Phone and Company Main Phone land, E-mail Type does not', async () => {
    const file = await read('outlook-en.csv');
    expect(file.table?.flavour).toBe('outlook');
    const jose = file.records[0]?.contact;
    expect(jose).toMatchObject({ prefix: 'Mr.', given: 'José', family: 'García', title: 'Jefe de Protocolo' });
    expect(jose?.phones.map((p) => p.label)).toEqual(expect.arrayContaining(['main', 'other', 'mobile', 'work']));
    expect(jose?.emails.map((e) => e.value)).toEqual(['jgarcia@malaga.example', 'pepe@example.es']);
  });

  it('Outlook in Russian: Отчество is the patronymic, addresses by (раб. адрес), types and display names not taken for emails', async () => {
    const file = await read('outlook-ru.csv');
    const sergei = file.records[0]?.contact;
    expect(sergei).toMatchObject({ given: 'Сергей', patronymic: 'Петрович', family: 'Кузнецов', title: 'Начальник отдела', organization: 'Администрация г. Саратова' });
    expect(sergei?.addresses[0]).toMatchObject({ label: 'work', street: 'ул. Первомайская, 78', city: 'Саратов', postcode: '410031', country: 'Россия' });
    expect(sergei?.phones.map((p) => p.label)).toEqual(['work fax', 'work', 'work', 'mobile', 'main']);
    // "SMTP" in Тип эл. почты is bookkeeping; the honorific (Обращение) is the name prefix and Пол the gender.
    expect(sergei).toMatchObject({ prefix: 'г-н', gender: 'male' });
    expect(file.notes.join(' ')).not.toMatch(/Тип эл\. почты|Краткое имя|“Обращение”|“Пол”/);
  });

  it('Excel in a Russian locale, Yandex and Mail.ru: the Russian column names land', async () => {
    const excel = await read('excel-ru.csv');
    expect(excel.table?.delimiter).toBe(';');
    expect(excel.records[0]?.contact).toMatchObject({ family: 'Сёмина', given: 'Алёна', patronymic: 'Игоревна', title: 'Советник', cities: ['Волгоград'] });
    const yandex = await read('yandex.csv');
    expect(yandex.records[0]?.contact).toMatchObject({ family: 'Соколов', given: 'Дмитрий', patronymic: 'Андреевич', organization: 'Волгоградская городская дума', title: 'Депутат' });
    const mailru = await read('mailru.csv');
    expect(mailru.records[0]?.contact).toMatchObject({ family: 'Лебедев', organization: 'Мосгордума', title: 'Советник' });
  });

  it('Thunderbird without a header row: the first contact is kept, read with Thunderbird’s columns, and the report says so', async () => {
    const file = await read('thunderbird-headerless.csv');
    expect(file.table).toMatchObject({ hasHeader: false, firstRowLooksLikeData: true });
    expect(file.records.map((r) => [r.at, r.contact.given, r.contact.family])).toEqual([
      ['line 1', 'Sergei', 'Kuznetsov'],
      ['line 2', 'Ольга', 'Смирнова'],
    ]);
    expect(file.notes.join(' ')).toMatch(/first row of thunderbird-headerless.csv holds a contact, not column names.*Thunderbird’s columns/);
  });

  it('a headerless list of any shape: columns guessed from what they hold; --no-header or a header: true answer decides', () => {
    const bytes = Buffer.from('Ann Lee,ann@example.org,+1 415 555 0100\nBob Roe,bob@example.org,+1 415 555 0101\n');
    const guessed = readContactsFile(bytes, 'list.csv');
    expect(guessed.table?.targets).toEqual(['fullName', 'email:1:value', 'phone:1:value']);
    expect(guessed.records.map((r) => r.contact.emails[0]?.value)).toEqual(['ann@example.org', 'bob@example.org']);
    expect(guessed.notes.join(' ')).toMatch(/first row of list.csv holds a contact/);
    const asHeader = readContactsFile(bytes, 'list.csv', 'auto', undefined, { header: true });
    expect(asHeader.records).toHaveLength(1);
  });
});
