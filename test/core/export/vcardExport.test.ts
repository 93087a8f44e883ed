import { describe, expect, it } from 'vitest';
import { foldVcardLine } from '../../../electron/core/export/foldVcardLine';
import { escapeVcardText } from '../../../electron/core/export/vcardText';
import { addContact, exportBytes, fullContact, transferWorkspace } from './transferFixtures';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Physical lines of the bytes, split at CRLF only, each decoded on its own. */
function physicalLines(bytes: Buffer): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(utf8.decode(bytes.subarray(start, i)));
      start = i + 2;
      i++;
    }
  }
  expect(start).toBe(bytes.length);
  return lines;
}

function assertWellFormed(bytes: Buffer): string[] {
  // No bare CR or LF: every line break is CRLF.
  expect(bytes.toString('utf8').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines = physicalLines(bytes);
  for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  // Unfolded: a continuation starts with one space.
  return lines.reduce<string[]>((out, line) => {
    if (line.startsWith(' ')) out[out.length - 1] += line.slice(1);
    else out.push(line);
    return out;
  }, []);
}

describe('vCard folding and escaping', () => {
  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const long = `NOTE:${'Волгоград 🌉 '.repeat(20)}`;
    const folded = foldVcardLine(long);
    expect(folded.endsWith('\r\n')).toBe(true);
    const bytes = Buffer.from(folded, 'utf8');
    const lines = physicalLines(bytes);
    expect(lines.length).toBeGreaterThan(5);
    for (const [i, line] of lines.entries()) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      if (i > 0) expect(line.startsWith(' ')).toBe(true);
    }
    expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(long);
    expect(foldVcardLine('FN:Short')).toBe('FN:Short\r\n');
  });

  it('escapes backslash, comma, semicolon and line breaks', () => {
    expect(escapeVcardText('a\\b,c;d\ne\r\nf')).toBe('a\\\\b\\,c\\;d\\ne\\nf');
  });
});

describe('vCard 3.0 and 4.0, asserted on the bytes', () => {
  it('3.0: N, FN, phonetic Latin, typed and Apple-grouped labels, escaped text, a stable UID', async () => {
    const ws = transferWorkspace();
    const contact = fullContact(ws);
    const bytes = await exportBytes([contact], ws, 'vcard3');
    const lines = assertWellFormed(bytes);
    expect(lines[0]).toBe('BEGIN:VCARD');
    expect(lines[1]).toBe('VERSION:3.0');
    expect(lines.at(-1)).toBe('END:VCARD');
    expect(lines).toContain(`UID:urn:uuid:${contact.id}`);
    expect(lines).toContain('N:Иванова;Мария;Петровна;;');
    expect(lines).toContain('FN:Иванова Мария Петровна');
    expect(lines).toContain('X-PHONETIC-LAST-NAME:Ivanova');
    expect(lines).toContain('X-GENDER:female');
    expect(lines).toContain('EMAIL;TYPE=INTERNET,WORK,PREF:m.ivanova@volgadmin.example');
    expect(lines).toContain('item1.EMAIL;TYPE=INTERNET:maria@mail.example');
    expect(lines).toContain('item1.X-ABLabel:Личная\\; почта\\, дом');
    expect(lines).toContain('TEL;TYPE=CELL,PREF:+7 (902) 123-45-67');
    expect(lines).toContain('TEL;TYPE=WORK:+7 8442 38-12-44 ext. 12');
    expect(lines).toContain('item2.TEL:-12');
    expect(lines).toContain('item2.X-ABLabel:Дача');
    expect(lines).toContain('ADR;TYPE=WORK,PREF:;;пр. Ленина\\, 10\\nкаб. 5;Волгоград;Волгоградская обл.;400066;Россия');
    expect(lines).toContain('ORG:Администрация Волгограда');
    expect(lines).toContain('TITLE:Начальник отдела\\; международные связи');
    expect(lines).toContain('CATEGORIES:summit,=HYPERLINK("x"),a\\,b\\;c');
    expect(lines).toContain('NOTE:Met in Cleveland\\, 2018.\\nLikes \\\\backslashes\\\\ and "quotes"\\; also commas\\, semicolons.\\n=SUM(A1)');
    expect(lines).toContain('X-LIAISON-CITY:Волгоград / Volgograd');
    expect(lines).toContain('X-LIAISON-FOLLOW-UP-DAYS:90');
    // The same UID in every export: a second export is byte for byte the same.
    expect((await exportBytes([contact], ws, 'vcard3')).equals(bytes)).toBe(true);
  });

  it('4.0: one N and FN in the name\'s own script, the Latin form in X-LIAISON-*-LATIN, GENDER, LANG, PREF=1', async () => {
    const ws = transferWorkspace();
    const contact = fullContact(ws);
    const lines = assertWellFormed(await exportBytes([contact], ws, 'vcard4'));
    expect(lines[1]).toBe('VERSION:4.0');
    // Two N with one ALTID are valid RFC 6350, but vobject refuses to write such a card back.
    expect(lines.filter((line) => line.startsWith('N:') || line.startsWith('N;'))).toEqual(['N:Иванова;Мария;Петровна;;']);
    expect(lines).toContain('FN:Иванова Мария Петровна');
    expect(lines).toContain('X-LIAISON-FAMILY-LATIN:Ivanova');
    expect(lines).toContain('X-LIAISON-GIVEN-LATIN:Mariia');
    expect(lines).toContain('X-LIAISON-PATRONYMIC-LATIN:Petrovna');
    expect(lines.some((line) => line.includes('ALTID'))).toBe(false);
    expect(lines).toContain('GENDER:F');
    expect(lines).toContain('LANG:ru');
    expect(lines).toContain('X-LIAISON-LANGUAGE:English');
    expect(lines).toContain('EMAIL;TYPE=work;PREF=1:m.ivanova@volgadmin.example');
    expect(lines).toContain('TEL;TYPE=cell;PREF=1:+7 (902) 123-45-67');
    expect(lines).not.toContain('X-PHONETIC-LAST-NAME:Ivanova');
  });

  it('an American name has one N and FN in Western order', async () => {
    const ws = transferWorkspace();
    const contact = addContact(ws, { family: 'Smith', given: 'John', patronymic: 'Q', familyLatin: 'Smith', givenLatin: 'John', patronymicLatin: 'Q' });
    for (const format of ['vcard3', 'vcard4'] as const) {
      const lines = assertWellFormed(await exportBytes([contact], ws, format));
      expect(lines).toContain('N:Smith;John;Q;;');
      expect(lines).toContain('FN:John Q Smith');
      expect(lines.filter((l) => l.startsWith('N')).length).toBe(1);
    }
  });

  it('several contacts are several cards, and long values fold', async () => {
    const ws = transferWorkspace();
    const a = fullContact(ws);
    const b = addContact(ws, { family: 'Петров', given: 'Пётр', notes: 'Очень длинная заметка о встрече в Волгограде, '.repeat(10) });
    const lines = assertWellFormed(await exportBytes([a, b], ws, 'vcard3'));
    expect(lines.filter((l) => l === 'BEGIN:VCARD')).toHaveLength(2);
    expect(lines).toContain(`NOTE:${escapeVcardText(b.notes)}`);
  });
});
