import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
// Mozilla's ical.js (Thunderbird's calendar and address book parser, RFC 6350 and jCard): the second
// independent vCard 4.0 reader, beside Debian's python3-vobject. Used only here, as a devDependency.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../../electron/core/import/planImport';
import { readContactsFile } from '../../../electron/core/import/readContactsFile';
import { tempDir } from '../../helpers/tempDir';
import { everyField, exportBytes, transferWorkspace } from './transferFixtures';

const run = promisify(execFile);
const at = '2026-12-07T12:00:00.000Z';

/** What both readers are asked of each card, in the same shape. */
interface Seen {
  fn: string;
  n: unknown[];
  kind: string | null;
  nickname: string | null;
  bday: string | null;
  anniversary: string | null;
  url: string[];
  tel: string[];
  email: string[];
  familyLatin: string | null;
}

const VOBJECT = `
import json, sys, vobject
out = []
for card in vobject.readComponents(open(sys.argv[1], encoding='utf-8').read()):
    card.serialize()
    one = lambda name: card.contents[name][0].value if name in card.contents else None
    many = lambda name: [p.value for p in card.contents.get(name, [])]
    n = card.n.value
    out.append({'fn': card.fn.value, 'n': [n.family, n.given, n.additional, n.prefix, n.suffix], 'kind': one('kind'),
                'nickname': one('nickname'), 'bday': one('bday'), 'anniversary': one('anniversary'),
                'url': many('url'), 'tel': many('tel'), 'email': many('email'), 'familyLatin': one('x-liaison-family-latin')})
print(json.dumps(out, ensure_ascii=False))
`;

function cardsOf(text: string): ICAL.Component[] {
  const parsed = ICAL.parse(text) as unknown[];
  const roots = Array.isArray(parsed[0]) ? (parsed as unknown[][]) : [parsed];
  return roots.map((jcard) => new ICAL.Component(jcard));
}

/** ical.js reads dates as ISO 8601 extended (1990-06-01, --04-15); vobject keeps the text as written (basic). */
const basic = (value: string | null) => (value === null ? null : value.startsWith('--') ? `--${value.slice(2).replace(/-/g, '')}` : value.replace(/-/g, ''));

/** A value as text: strings as they are, ical.js's date objects (VCardTime) by their own toString. */
function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : (value as { toString(): string }).toString();
}

function seenByIcal(card: ICAL.Component): Seen {
  const text = (name: string) => asText(card.getFirstPropertyValue(name));
  const all = (name: string) => card.getAllProperties(name).map((p) => asText(p.getFirstValue()) ?? '');
  const n = (card.getFirstPropertyValue('n') as unknown[] | null) ?? [];
  return {
    fn: text('fn') ?? '',
    n: n.map((part) => (Array.isArray(part) ? part : String(part))),
    kind: text('kind'),
    nickname: text('nickname'),
    bday: basic(text('bday')),
    anniversary: basic(text('anniversary')),
    url: all('url'),
    tel: all('tel'),
    email: all('email'),
    familyLatin: text('x-liaison-family-latin'),
  };
}

describe('vCard 4.0 export: two independent readers (python3-vobject and ical.js) read every card the same way', () => {
  it('names in one N and FN, the Latin form, nickname, dates with and without the year, websites, phones, emails, an organisation', async () => {
    const ws = transferWorkspace();
    const { english, russian, org } = everyField(ws);
    const bytes = await exportBytes([english, russian, org], ws, 'vcard4');
    const dir = await tempDir();
    const file = join(dir, 'every.vcf');
    await writeFile(file, bytes);

    const byIcal = cardsOf(bytes.toString('utf8')).map(seenByIcal);
    const { stdout } = await run('/usr/bin/python3', ['-c', VOBJECT, file]);
    const byVobject = (JSON.parse(stdout) as Seen[]).map((card) => ({ ...card, n: card.n.map((part) => (Array.isArray(part) ? part : String(part))) }));
    expect(byIcal).toHaveLength(3);
    // vobject gives one additional name as a string, several as a list; ical.js the same.
    expect(byIcal).toEqual(byVobject);
    expect(byIcal[0]).toMatchObject({
      fn: 'Dr. John Richter James Smith Jr.',
      n: ['Smith', 'John', ['Richter', 'James'], 'Dr.', 'Jr.'],
      nickname: 'Johnny',
      bday: '--0415',
      anniversary: '19900601',
      url: ['https://cleveland.example/smith', 'johnsmith.example'],
      tel: ['+1 216 555 0100', '+1-800-MYFAX'],
      email: ['john@cleveland.example', 'blablö@blub.example', 'contact1@invalid'],
    });
    expect(byIcal[1]).toMatchObject({ fn: 'Иванова Мария Петровна', n: ['Иванова', 'Мария', 'Петровна', '', ''], bday: '19610412', familyLatin: 'Ivanova' });
    expect(byIcal[2]).toMatchObject({ fn: 'Sister Cities International', kind: 'org' });
  });

  it('what ical.js writes back from our cards imports as the same contacts', async () => {
    const ws = transferWorkspace();
    const { english, russian, org } = everyField(ws);
    const bytes = await exportBytes([english, russian, org], ws, 'vcard4');
    const rewritten = cardsOf(bytes.toString('utf8'))
      .map((card) => card.toString())
      .join('\r\n');
    const again = planImport(transferWorkspace(), readContactsFile(new TextEncoder().encode(`${rewritten}\r\n`), 'again.vcf').records, { mode: 'cli', at, source: 'again' });
    const first = planImport(transferWorkspace(), readContactsFile(bytes, 'first.vcf').records, { mode: 'cli', at, source: 'first' });
    const strip = (creates: { id: string }[] | undefined) => (creates ?? []).map(({ id: _id, ...data }) => data);
    expect(again.rejected).toEqual([]);
    expect(strip(again.command?.creates)).toEqual(strip(first.command?.creates));
    expect(again.command?.creates).toHaveLength(3);
  });
});
