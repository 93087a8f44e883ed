import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliIn } from '../helpers/cliIn';
import { tempDir } from '../helpers/tempDir';

async function importJson(dir: string, file: string) {
  const { code, out, err } = await cliIn(dir, 'import', file, '--dry-run', '--json');
  expect({ code, err }).toEqual({ code: 0, err: '' });
  return JSON.parse(out) as { created: number; rejected: unknown[]; notes: string[] };
}

const crlf = (lines: string[]) => `${lines.join('\r\n')}\r\n`;
// A 1x1 PNG: a photo the file carries whole.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('the import report (--json) names every new field it moved, marked or left out, per card and line', () => {
  it('vCard: a birthday and an anniversary that are no dates, an over-long nickname, a photo by URL and inline, an undialable phone, a dotless email', async () => {
    const dir = await tempDir();
    const file = join(dir, 'cards.vcf');
    await writeFile(
      file,
      crlf([
        'BEGIN:VCARD', 'VERSION:3.0', 'N:Doe;John;;;', 'FN:John Doe', 'BDAY:sometime in spring', 'X-ANNIVERSARY:31.02.1990',
        `NICKNAME:${'J'.repeat(120)}`, 'NICKNAME:Johnny', 'PHOTO;VALUE=uri:http://photos.example/john.jpg', 'TEL:+1-800-MYFAX', 'EMAIL:john@localhost', 'END:VCARD',
        'BEGIN:VCARD', 'VERSION:4.0', 'FN:Madonna', `PHOTO:data:image/png;base64,${PNG}`, 'URL:https://madonna.example', 'END:VCARD',
      ]),
    );
    const report = await importJson(dir, file);
    expect(report.created).toBe(2);
    expect(report.rejected).toEqual([]);
    expect(report.notes).toEqual(
      expect.arrayContaining([
        'card 1: Birthday “sometime in spring” cannot be kept in its field (not a date); it is in the note.',
        'card 1: Anniversary “31.02.1990” cannot be kept in its field (not a date); it is in the note.',
        `card 1: Nickname “${'J'.repeat(120)}, Johnny” cannot be kept in its field (too long); it is in the note.`,
        'card 1: the photo is a web address, which Liaison never loads; the address is in the note.',
        'card 1: the phone “+1-800-MYFAX” is kept as typed and marked: a phone cannot dial it.',
        'card 1: the email “john@localhost” is kept, though its domain has no dot.',
      ]),
    );
    // The inline photo is kept or named, never dropped without a line.
    expect(report.notes.some((line) => line.startsWith('card 2: '))).toBe(report.notes.join('\n').includes('card 2: the card has a photo'));
  });

  it('CSV: a Google event that is no anniversary and a birthday that is no date go to the note, each with its line', async () => {
    const dir = await tempDir();
    const file = join(dir, 'google.csv');
    await writeFile(
      file,
      crlf([
        'First Name,Last Name,Nickname,Birthday,E-mail 1 - Label,E-mail 1 - Value,Event 1 - Label,Event 1 - Value,Website 1 - Label,Website 1 - Value',
        'John,Smith,Johnny,spring,* Work,john@cleveland.example,Graduation,2001-06-30,Blog,johnsmith.example',
        'Anna,Petrova,,--04-15,,anna@tula.example,Anniversary,1990-06-01,,',
      ]),
    );
    const report = await importJson(dir, file);
    expect(report.created).toBe(2);
    expect(report.notes).toEqual([
      'line 2: Birthday “spring” cannot be kept in its field (not a date); it is in the note.',
      'line 2: the date “Graduation” (2001-06-30) has no field of its own in Liaison; it is in the note.',
    ]);
  });
});
