import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../electron/core/import/ImportFileError';
import { readContactsFile } from '../../../electron/core/import/readContactsFile';

const path = (name: string) => fileURLToPath(new URL(`../../fixtures/contacts/${name}`, import.meta.url));
const read = async (name: string) => readContactsFile(await readFile(path(name)), path(name));

describe('real-world shapes', () => {
  it('a Google Contacts export: names, phonetic Latin, labels with "* " for primary, " ::: " lists, system groups dropped', async () => {
    const file = await read('google-contacts.csv');
    expect(file.kind).toBe('csv');
    expect(file.table?.flavour).toBe('google');
    expect(file.records).toHaveLength(3);
    const [maria, john, org] = file.records;
    expect(maria?.at).toBe('line 2');
    expect(maria?.contact).toMatchObject({
      family: 'Иванова',
      given: 'Мария',
      patronymic: 'Петровна',
      familyLatin: 'Ivanova',
      givenLatin: 'Mariya',
      organization: 'Администрация Волгограда',
      title: 'Начальник отдела',
      notes: 'Met at the 2018 summit,\r\nasked about the youth exchange',
      tags: ['Summit 2019', 'Volgograd'],
    });
    expect(maria?.contact.emails).toEqual([
      { label: 'work', value: 'm.ivanova@volgadmin.example', preferred: true },
      { label: 'home', value: 'maria.ivanova@mail.example', preferred: false },
      { label: 'home', value: 'm.i@yandex.example', preferred: false },
    ]);
    expect(maria?.contact.phones).toEqual([
      { label: 'mobile', value: '+7 902 123-45-67', preferred: false },
      { label: 'work', value: '+7 (8442) 38-12-44', preferred: false },
    ]);
    expect(maria?.contact.addresses[0]).toMatchObject({ label: 'work', street: 'пр. Ленина, 10', city: 'Волгоград', region: 'Волгоградская обл.', postcode: '400066', country: 'Россия' });
    // Multi-line fields move the line count on: John starts on line 6.
    expect(john?.at).toBe('line 6');
    // Google's one Middle Name cell: a Russian patronymic (Петровна above) stays one; "Q" is a middle name.
    expect(john?.contact).toMatchObject({ family: 'Smith', given: 'John', patronymic: '', middleNames: ['Q'], tags: ['Summit 2019'] });
    expect(org?.contact.family).toBe('');
    // Name Prefix and Website are fields of a contact now: kept, not named as "not imported".
    expect(john?.contact.prefix).toBe('Mr.');
    expect(maria?.contact.websites).toEqual([{ label: 'Profile', value: 'https://volgadmin.example/ivanova', preferred: false }]);
    expect(file.notes.join(' ')).not.toMatch(/Not imported/);
  });

  it('an Outlook export: slots to labels, Categories as tags, Gender, E-mail Type and Display Name ignored quietly', async () => {
    const file = await read('outlook-contacts.csv');
    expect(file.table?.flavour).toBe('outlook');
    const [anna, robert] = file.records;
    expect(anna?.contact).toMatchObject({
      family: 'Petrova',
      given: 'Anna',
      gender: 'female',
      organization: 'Tula City Duma',
      title: 'Adviser',
      tags: ['Summit 2019', 'Tula'],
      languages: ['Russian'],
      // Outlook's Department has no field: it is kept in the note under its name.
      notes: 'Department: International\nPrefers email in English.',
    });
    expect(anna?.contact.emails.map((e) => e.value)).toEqual(['anna.petrova@tuladuma.example', 'a.petrova@mail.example']);
    expect(anna?.contact.phones.map((p) => [p.label, p.value])).toEqual([
      ['fax', '+7 4872 55-01-02'],
      ['work', '+7 (4872) 55-01-01'],
      ['mobile', '+7 910 555 12 34'],
    ]);
    expect(anna?.contact.addresses).toEqual([
      { label: 'work', street: 'ul. Sovetskaya 1\nOffice 12', city: 'Tula', region: 'Tula Oblast', postcode: '300041', country: 'Russia', preferred: false },
    ]);
    expect(robert?.contact).toMatchObject({ family: "O'Neil", given: 'Robert', gender: 'male' });
    expect(robert?.contact.addresses[0]).toMatchObject({ label: 'home', city: 'Cleveland', region: 'OH' });
    expect(file.notes.join(' ')).not.toMatch(/E-mail Type|Priority|Sensitivity/);
    // "Title" beside "Job Title" is the honorific, kept as the name prefix; Department is still named.
    expect(anna?.contact.prefix).toBe('Ms.');
    expect(file.notes.join(' ')).not.toMatch(/“Title”/);
    expect(file.notes.join(' ')).toMatch(/Kept in the note.*“Department”/);
  });

  it('a Thunderbird CSV: its own column names, a display name split in Russian order', async () => {
    const file = await read('thunderbird-contacts.csv');
    expect(file.table?.flavour).toBe('generic');
    const [sergei, olga] = file.records;
    expect(sergei?.contact).toMatchObject({ family: 'Kuznetsov', given: 'Sergei', organization: 'Association of Volga Cities', title: 'Secretary General' });
    expect(sergei?.contact.emails.map((e) => e.value)).toEqual(['s.kuznetsov@volga-cities.example', 'sergei@mail.example']);
    expect(sergei?.contact.phones.map((p) => [p.label, p.value])).toEqual([
      ['work', '+7 8452 22-33-44'],
      ['mobile', '+7 927 111-22-33'],
    ]);
    expect(sergei?.contact.addresses[0]).toMatchObject({ label: 'work', street: 'ul. Volzhskaya 5', city: 'Saratov', postcode: '410031', country: 'Russia' });
    // "Web Page 1" names a website column in words, as Outlook's "Web Page" and "Веб-страница" do.
    expect(file.records.flatMap((r) => r.contact.websites.map((w) => w.value))).toEqual(['https://volga-cities.example']);
    expect(olga?.contact).toMatchObject({ family: 'Смирнова', given: 'Ольга', notes: 'Переводчик на саммите' });
  });

  it('a Thunderbird vCard 4.0: tel: URIs with extensions, PREF=1, UID', async () => {
    const file = await read('thunderbird-contacts.vcf');
    expect(file.records[0]?.contact).toMatchObject({
      family: 'Orlov',
      given: 'Nikolai',
      uid: '2f5b8c1e-0d9b-4a3c-8e7f-6a5b4c3d2e1f',
      emails: [{ label: '', value: 'nikolai.orlov@example.org', preferred: true }],
      phones: [
        { label: 'work', value: '+7-495-555-01-02 ext. 7', preferred: false },
        { label: 'mobile', value: '+7-916-555-03-04', preferred: false },
      ],
      tags: ['Moscow'],
    });
  });

  it('an Apple Contacts export: item groups with X-ABLabel, type=pref, birthday, folded PHOTO read as a JPEG, website, ORG department kept in notes', async () => {
    const file = await read('apple-contacts.vcf');
    expect(file.kind).toBe('vcard');
    const [elena, linda] = file.records;
    expect(elena?.at).toBe('card 1');
    expect(elena?.contact).toMatchObject({
      family: 'Kuznetsova',
      given: 'Elena',
      patronymic: 'Viktorovna',
      organization: 'Association of Volga Cities',
      title: 'Coordinator',
      uid: '8A2F1C44-5B3E-4D0A-9F7E-1A2B3C4D5E6F',
      tags: ['Summit 2019', 'Volga'],
      notes: 'Speaks German too.\nCall after 10:00 Moscow time, not before.\nDepartment: International Department',
    });
    expect(elena?.contact.emails).toEqual([
      { label: 'other', value: 'elena@volga-cities.example', preferred: true },
      { label: 'home', value: 'lena.k@mail.example', preferred: false },
    ]);
    expect(elena?.contact.phones).toEqual([
      { label: 'Дача', value: '+7 8452 22-33-45', preferred: false },
      { label: 'mobile', value: '+7 927 111-22-44', preferred: true },
      { label: 'work fax', value: '+7 8452 22-33-46', preferred: false },
    ]);
    expect(elena?.contact.addresses[0]).toMatchObject({ label: 'work', street: 'ul. Volzhskaya 5', city: 'Saratov', postcode: '410031', preferred: true });
    expect(linda?.contact.phones[0]).toEqual({ label: 'main', value: '(904) 555-0110', preferred: true });
    expect(linda?.contact.organization).toBe('Jacksonville Sister Cities Association');
    expect(elena?.contact.birthday).toBe('1975-03-08');
    expect(elena?.contact.photo?.mediaType).toBe('image/jpeg');
    expect(elena?.contact.photo?.bytes.length).toBeGreaterThan(100);
    expect(linda?.contact.websites).toEqual([{ label: 'work', value: 'https://jsca.example', preferred: false }]);
    expect(file.notes.join(' ')).not.toMatch(/birthdays|photos|web addresses/);
  });

  it('vCard 2.1: quoted-printable with soft line breaks, CHARSET=UTF-8 and a Windows-1251 card', async () => {
    const file = await read('vcard21-quoted-printable.vcf');
    const [dmitry, irina] = file.records;
    expect(dmitry?.contact).toMatchObject({
      family: 'Соколов',
      given: 'Дмитрий',
      patronymic: 'Андреевич',
      organization: 'Волгоградская городская дума',
      notes: 'Встречались в Волгограде в 2018 году; обсуждали молодёжный обмен.\r\nПерезвонить осенью.',
    });
    expect(dmitry?.contact.phones).toEqual([
      { label: 'work', value: '+7 8442 11-22-33', preferred: false },
      { label: 'mobile', value: '+7 903 444-55-66', preferred: true },
    ]);
    expect(dmitry?.contact.emails).toEqual([{ label: '', value: 'd.sokolov@volgduma.example', preferred: true }]);
    expect(irina?.contact).toMatchObject({ family: 'Павлова', given: 'Ирина' });
    expect(irina?.contact.addresses[0]).toMatchObject({ label: 'home', street: 'ул. Советская, 3', city: 'Тула', postcode: '300041', country: 'Россия' });
  });
});

/** Text in Windows-1251, as Excel saves "CSV" in a Russian locale. */
function cp1251(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (ch === 'Ё') return 0xa8;
    if (ch === 'ё') return 0xb8;
    throw new Error(`no cp1251 byte for ${ch}`);
  }));
}

describe('encodings', () => {
  it('reads a Windows-1251 CSV from Russian Excel and says which encoding it assumed', () => {
    const bytes = cp1251('Фамилия;Имя;Отчество;Телефон;Эл. почта;Организация\r\nСёмина;Алёна;Игоревна;+7 8442 11-22-33;alena@example.ru;Администрация\r\n');
    const file = readContactsFile(bytes, 'контакты.csv');
    expect(file.encoding).toBe('Windows-1251');
    expect(file.notes[0]).toMatch(/not UTF-8.*Windows-1251 \(Cyrillic\).*choose another encoding/);
    expect(file.records[0]?.contact).toMatchObject({ family: 'Сёмина', given: 'Алёна', patronymic: 'Игоревна', organization: 'Администрация' });
    expect(file.records[0]?.contact.emails[0]?.value).toBe('alena@example.ru');
    expect(file.records[0]?.contact.phones[0]?.value).toBe('+7 8442 11-22-33');
  });

  it('reads UTF-8 with and without a BOM, and UTF-16 with one, saying nothing', () => {
    const text = 'Фамилия,Имя\r\nИванова,Мария\r\n';
    for (const bytes of [Buffer.from(text), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])]) {
      const file = readContactsFile(bytes, 'a.csv');
      expect(file.notes).toEqual([]);
      expect(file.records[0]?.contact).toMatchObject({ family: 'Иванова', given: 'Мария' });
    }
  });

  it('strips the guard apostrophe on the way in', () => {
    const file = readContactsFile(Buffer.from('Last Name,Phone,Notes\r\n"\'=Smith","\'+1 216 555 0100","\'\'=x"\r\n'), 'a.csv');
    expect(file.records[0]?.contact).toMatchObject({ family: '=Smith', notes: "'=x" });
    expect(file.records[0]?.contact.phones[0]?.value).toBe('+1 216 555 0100');
  });
});

describe('files that cannot be imported say why and what to do', () => {
  it.each([
    [Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'book.xlsx', /workbook.*Save it as “CSV UTF-8”/],
    [Buffer.alloc(0), 'empty.csv', /empty/],
    [Buffer.from('Last Name,First Name\r\n'), 'header.csv', /header row but no contacts/],
    [Buffer.from('\r\n\r\n'), 'blank.csv', /no header row/],
    [Buffer.from('BEGIN:VCARD\r\nVERSION:3.0\r\n'), 'cut.vcf', /no vCard/],
    [Buffer.from([0, 1, 2, 3, 0, 0]), 'blob.bin', /not a text file/],
  ])('%#: %s', (bytes, name, message) => {
    expect(() => readContactsFile(bytes, name)).toThrow(ImportFileError);
    expect(() => readContactsFile(bytes, name)).toThrow(message);
  });
});
