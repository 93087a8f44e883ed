import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { emptyPortableContact } from '../../../electron/core/export/PortableContact';
import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../electron/core/import/ImportFileError';
import { planImport } from '../../../electron/core/import/planImport';
import { readContactsFile } from '../../../electron/core/import/readContactsFile';
import { englishText, phraseText, type TranslateFn } from '../../../electron/shared/i18n/Phrase';
import { ru } from '../../../electron/shared/i18n/ru';
import { translate } from '../../../electron/shared/i18n/translate';
import { emptyWorkspace } from '../../../electron/shared/schemas/workspace';

const russian: TranslateFn = (key, params) => translate(ru, 'ru', key, params);
const FIXTURES = join(import.meta.dirname, '../../fixtures/contacts/programs');
const bytes = (text: string) => new TextEncoder().encode(text);

function refusal(data: Uint8Array, name: string): ImportFileError {
  try {
    readContactsFile(data, `/home/user/${name}`);
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error(`${name} was read`);
}

describe('what import says, as phrases', () => {
  it('refuses a file with a phrase whose English is the message, and Russian', () => {
    const empty = refusal(new Uint8Array(), 'a.csv');
    expect(empty.message).toBe('a.csv is empty: there are no contacts to import.');
    expect(englishText(empty.phrase)).toBe(empty.message);
    expect(phraseText(russian, empty.phrase, 'ru')).toBe('Файл a.csv пуст: импортировать нечего.');
    for (const [data, name] of [
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]), 'book.xlsx'],
      [new Uint8Array([0x41, 0, 0, 0x42]), 'x.csv'],
      [bytes('hello'), 'x.vcf'],
      [bytes('\n\n'), 'x.csv'],
      [bytes('Last Name,E-mail\n'), 'x.csv'],
    ] as const) {
      const error = refusal(data, name);
      expect(englishText(error.phrase)).toBe(error.message);
      expect(phraseText(russian, error.phrase, 'ru')).toContain(name);
    }
  });

  it('keeps a column no field fits in the note under its name, and says “not imported” only for one the user set aside', () => {
    const text = bytes('Last Name,Shoe Size,E-mail Address\nSmith,44,smith@example.org\nLee,,lee@example.org\n');
    const guessed = readContactsFile(text, 'b.csv');
    expect(guessed.records.map((r) => r.contact.notes)).toEqual(['Shoe Size: 44', '']);
    expect(guessed.notes).toEqual(['Kept in the note under the column’s name (no Liaison field for it): “Shoe Size”.']);
    const chosen = readContactsFile(text, 'b.csv', 'csv', ['family', 'ignore', 'email:1:value']);
    expect(chosen.records.map((r) => r.contact.notes)).toEqual(['', '']);
    expect(chosen.notes).toEqual(['Not imported (no Liaison field chosen): “Shoe Size”.']);
  });

  it('gives every note about a file a phrase, the English unchanged', () => {
    const csv = readContactsFile(new Uint8Array([...bytes('Last Name,Hobby\n'), 0xcf, 0xe5, 0xf2, 0xf0, ...bytes(',chess\n')]), 'a.csv');
    expect(csv.notes).toHaveLength(2);
    expect(csv.notePhrases.map(englishText)).toEqual(csv.notes);
    expect(csv.notePhrases.map((said) => phraseText(russian, said, 'ru'))).toEqual([
      'Файл не в UTF-8, поэтому Liaison прочитал его как Windows-1251 (кириллица), судя по буквам в нём. Если имена выглядят неверно, выберите другую кодировку в окне импорта (или укажите --encoding в командной строке).',
      'Сохранено в заметке с названием столбца (для них нет поля в Liaison): “Hobby”.',
    ]);
    const card = (extra: string) => `BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 16.1//EN\r\nN:Petrov;Ivan;;;\r\n${extra}END:VCARD\r\n`;
    const vcf = readContactsFile(bytes(card('IMPP:xmpp:a@a.example\r\nROLE:Chair\r\nREV:2022-10-01\r\n') + card('IMPP:xmpp:b@b.example\r\n')), 'a.vcf');
    expect(vcf.notes).toEqual(['Left out, as the sending program’s own bookkeeping rather than contact details: PRODID (2 cards), REV (1 card).']);
    expect(vcf.notePhrases.map(englishText)).toEqual(vcf.notes);
    expect(phraseText(russian, vcf.notePhrases[0] ?? { key: '' }, 'ru')).toBe(
      'Не импортированы служебные данные программы, записавшей файл (это не сведения о контакте): PRODID (2 карточки), REV (1 карточка).',
    );
    // What a person wrote is kept in the note, one line per card and property in the report.
    const plan = planImport(emptyWorkspace(), vcf.records, { mode: 'ui', at: '2026-11-28T10:00:00.000Z', source: 'a.vcf' });
    expect(plan.notes).toEqual([
      'card 1: IMPP “xmpp:a@a.example” has no field in Liaison; it is in the note.',
      'card 1: ROLE “Chair” has no field in Liaison; it is in the note.',
      'card 2: IMPP “xmpp:b@b.example” has no field in Liaison; it is in the note.',
    ]);
    expect(phraseText(russian, plan.notePhrases[1] ?? { key: '' }, 'ru')).toBe('карточка 1: для ROLE «Chair» в Liaison нет поля; значение перенесено в заметку.');
    expect(vcf.records[0]?.contact.notes).toBe('Messenger: xmpp:a@a.example\nRole: Chair');
  });

  it('names every property of Android, iPhone and Outlook cards it does not keep in a field: in the note, or left out and why', async () => {
    const data = new Uint8Array(await readFile(join(FIXTURES, 'extras-android-iphone-outlook.vcf')));
    const file = readContactsFile(data, 'extras.vcf');
    const plan = planImport(emptyWorkspace(), file.records, { mode: 'ui', at: '2026-11-28T10:00:00.000Z', source: 'extras.vcf' });
    expect(plan.created).toBe(3);
    // Every property of the file that no field reads is named, card by card or (bookkeeping) once per file.
    const FIELDS = new Set(['BEGIN', 'END', 'VERSION', 'N', 'FN', 'TEL', 'EMAIL', 'ADR', 'ORG', 'TITLE', 'X-ABLABEL']);
    const text = new TextDecoder().decode(data);
    const said = [...plan.notes, ...file.notes].join('\n');
    text.split('BEGIN:VCARD').slice(1).forEach((cardText, i) => {
      for (const line of cardText.split(/\r?\n/)) {
        const name = /^(?:[\w-]+\.)?([A-Za-z][\w-]*)[;:]/.exec(line)?.[1]?.toUpperCase();
        if (!name || FIELDS.has(name)) continue;
        // Read into fields: Android's nickname, Apple's anniversary, Outlook's gender.
        if (line.includes('cursor.item/nickname') || line.startsWith('item2.') || name === 'X-WAB-GENDER') continue;
        expect(said, `${name} of card ${i + 1}`).toMatch(new RegExp(`card ${i + 1}: (?:the department|${name})|\\b${name} \\(\\d`));
      }
    });
    const [android, iphone, outlook] = file.records.map((r) => r.contact);
    expect(android?.nickname).toBe('Pasha');
    expect(android?.notes).toBe('Android (relation): Irina Sokolova, 14\nMessenger (Skype): pavel.sokolov');
    expect(iphone?.anniversary).toBe('2012-06-01');
    expect(iphone?.notes).toBe(
      'Department: Sales\nRelated (spouse): John Appleseed\nDate (first met): 2020-03-15\nSocial profile (twitter): https://twitter.com/janeappleseed\nMessenger (skype): skype:jane.appleseed',
    );
    expect(outlook?.gender).toBe('female');
    expect(outlook?.notes).toContain('Map position: 36.154;-95.992');
    expect(plan.notes).toContain('card 3: KEY was left out: it holds a file (a sound, a key, a logo or an embedded card), and Liaison keeps only the photo.');
    expect(file.notes).toContain('Left out, as the sending program’s own bookkeeping rather than contact details: PRODID (1 card), X-ABADR (1 card), X-ABUID (1 card), REV (2 cards), X-MS-OL-DEFAULT-POSTAL-ADDRESS (1 card), X-MS-OL-DESIGN (1 card).');
  });

  it('gives every rejection, and every value moved to the note or marked, a phrase beside its English', () => {
    const csv = readContactsFile(bytes('Last Name,First Name,E-mail,Phone\n,Мария,,\nSmith,,smith@,\nJones,,,call me\n,,,\n'), 'a.csv');
    const plan = planImport(emptyWorkspace(), csv.records, { mode: 'ui', at: '2026-11-28T10:00:00.000Z', source: 'a.csv' });
    // A given name alone, a text in the email column, a phone that is no number: all three kept.
    expect(plan.created).toBe(3);
    expect(plan.notes).toEqual([
      'line 3: Email “smith@” cannot be kept in its field (not an email address); it is in the note.',
      'line 4: the phone “call me” is kept as typed and marked: a phone cannot dial it.',
    ]);
    expect(plan.notePhrases.map(englishText)).toEqual(plan.notes);
    expect(plan.notePhrases.map((said) => phraseText(russian, said, 'ru'))).toEqual([
      'строка 3: Эл. почта «smith@» не помещается в своё поле (это не адрес почты); значение перенесено в заметку.',
      'строка 4: телефон «call me» сохранён как записан и помечен: набрать его нельзя.',
    ]);
    const nothing = planImport(emptyWorkspace(), [{ at: 'line 9', contact: emptyPortableContact(), problems: [] }], { mode: 'ui', at: '2026-11-28T10:00:00.000Z', source: 'a.csv' });
    expect(nothing.rejected).toEqual([{ at: 'line 9', reason: 'Nothing to recognise the contact by: no name, email, phone or organisation.' }]);
    expect(nothing.rejectedPhrases.map((said) => (said ? phraseText(russian, said, 'ru') : null))).toEqual(['Контакт не по чему узнать: нет ни имени, ни почты, ни телефона, ни организации.']);
    expect(nothing.rows.filter((row) => row.action === 'reject').map((row) => row.detailPhrase)).toEqual(nothing.rejectedPhrases);
  });

});
