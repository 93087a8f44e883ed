import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tempDir';
import { addContact, exportBytes, fullContact, transferWorkspace } from './transferFixtures';

const run = promisify(execFile);

// Debian's python3-vobject, an independent vCard reader. /usr/bin/python3 on purpose: a pyenv
// python may come first on PATH and lack the module; .ci/run installs it.
const READER = `
import json, sys, vobject
cards = []
with open(sys.argv[1], encoding='utf-8', newline='') as f:
    for card in vobject.readComponents(f.read()):
        n = card.n.value
        cards.append({
            'version': card.version.value,
            'uid': card.uid.value,
            'fn': card.fn.value,
            'family': n.family, 'given': n.given, 'additional': n.additional,
            'org': card.org.value if hasattr(card, 'org') else None,
            'title': card.title.value if hasattr(card, 'title') else None,
            'emails': [[e.value, e.params.get('TYPE', [])] for e in card.contents.get('email', [])],
            'tels': [[t.value, t.params.get('TYPE', [])] for t in card.contents.get('tel', [])],
            'adr': [[a.value.street, a.value.city, a.value.code, a.value.country] for a in card.contents.get('adr', [])],
            'categories': card.categories.value if hasattr(card, 'categories') else [],
            'note': card.note.value if hasattr(card, 'note') else None,
            'labels': [l.value for l in card.contents.get('x-ablabel', [])],
        })
print(json.dumps(cards, ensure_ascii=False))
`;

describe("Debian's python3-vobject reads our vCard 3.0", () => {
  it('names, organisation, typed emails and phones, addresses, categories, escaped notes, folded lines', async () => {
    const ws = transferWorkspace();
    const full = fullContact(ws);
    const long = addContact(ws, { family: 'Петров', given: 'Пётр', notes: 'Очень длинная заметка о встрече в Волгограде; с запятыми, и \\ обратной чертой. '.repeat(6) });
    const dir = await tempDir();
    const file = join(dir, 'contacts.vcf');
    await writeFile(file, await exportBytes([full, long], ws, 'vcard3'));
    const { stdout } = await run('/usr/bin/python3', ['-c', READER, file]);
    const cards = JSON.parse(stdout) as Record<string, unknown>[];
    expect(cards).toHaveLength(2);
    expect(cards[0]).toMatchObject({
      version: '3.0',
      uid: `urn:uuid:${full.id}`,
      fn: 'Иванова Мария Петровна',
      family: 'Иванова',
      given: 'Мария',
      additional: 'Петровна',
      org: ['Администрация Волгограда'],
      title: 'Начальник отдела; международные связи',
      emails: [
        ['m.ivanova@volgadmin.example', ['INTERNET', 'WORK', 'PREF']],
        ['maria@mail.example', ['INTERNET']],
      ],
      tels: [
        ['+7 (902) 123-45-67', ['CELL', 'PREF']],
        ['+7 8442 38-12-44 ext. 12', ['WORK']],
        ['-12', []],
      ],
      adr: [['пр. Ленина, 10\nкаб. 5', 'Волгоград', '400066', 'Россия']],
      categories: ['summit', '=HYPERLINK("x")', 'a,b;c'],
      note: full.notes,
      labels: ['Личная; почта, дом', 'Дача'],
    });
    expect(cards[1]).toMatchObject({ family: 'Петров', note: long.notes });
  });
});
