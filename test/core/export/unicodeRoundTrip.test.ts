// Unicode round trips: Cyrillic, emoji with ZWJ sequences and skin tones, RTL Arabic and Hebrew
// with bidi marks, combining marks (NFD kept as typed), typographic and ASCII quotes, newlines,
// tabs, backslashes, semicolons and commas, through the store (commit -> reload from the bytes on
// disk), every CSV format, vCard 3 and 4, and ICS. Each reads back equal, or with the documented
// normalisation its format forces: vCard and ICS carry a line break only as `\n`, so CRLF comes
// back as LF (CSV keeps it as typed); Outlook's Categories column separates tags with ";" and
// Liaison's reader also splits at ",", so an Outlook tag holding either comes back as two tags.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeIcs } from '../../../electron/core/calendar/writeIcs';
import type { IcsEvent } from '../../../electron/core/calendar/IcsEvent';
import { planImport } from '../../../electron/core/import/planImport';
import { readContactsFile } from '../../../electron/core/import/readContactsFile';
import { WorkspaceService } from '../../../electron/core/workspace/WorkspaceService';
import { exportFormats, type ExportFormat } from '../../../electron/shared/contracts/exportChannels';
import { ContactInputSchema, type Contact, type ContactInput } from '../../../electron/shared/schemas/contact';
import { createContact } from '../../helpers/commands';
import { openServiceFixture } from '../../helpers/serviceFixture';
import { addContact, exportBytes, transferWorkspace } from './transferFixtures';

/** Pieces a text is built from: each is one unit, so a ZWJ sequence is never cut in half. */
const pieces = [
  'Волгоград', 'ёЁйЙ', 'Щёлково', 'Ivanova', 'a', ' ',
  '👩‍👩‍👧‍👦', '🏳️‍🌈', '👍🏽', '🇷🇺', '😀',
  'مرحبا', 'שלום', '\u200f', '\u200e', '\u202b', '\u202c',
  'е\u0301', 'A\u030a', 'n\u0303',
  '"', '«', '»', '„', '“', '”', "'", '’',
  '\\', ';', ',', ':', '\t',
];
const lineBreaks = ['\n', '\r\n'];

// At most 8 pieces (the longest is 11 UTF-16 units): under every field's length limit, never cut.
const oneLine = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }).map((p) => `x${p.join('')}x`);
const multiLine = fc.array(fc.constantFrom(...pieces, ...lineBreaks), { minLength: 1, maxLength: 24 }).map((p) => `x${p.join('')}x`);

/** vCard and ICS: any line break inside a value reads back as LF. */
const lf = (text: string) => text.replace(/\r\n|\r/g, '\n');
const asTyped = (text: string) => text;
/** Outlook's Categories: one tag per piece between ";" or ",", each once. */
const outlookTags = (tags: string[]) => [...new Set(tags.flatMap((t) => t.split(/[;,]/)).map((t) => t.trim()).filter((t) => t.length > 0))];

const contactInput = fc.record({ family: oneLine, given: oneLine, patronymic: oneLine, title: oneLine, notes: multiLine, tag: fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 4 }).map((p) => `x${p.join('')}x`) });

function contactOf(fields: { family: string; given: string; patronymic: string; title: string; notes: string; tag: string }): ContactInput {
  return {
    family: fields.family,
    given: fields.given,
    patronymic: fields.patronymic,
    familyLatin: 'Latin',
    givenLatin: 'Form',
    title: fields.title,
    notes: fields.notes,
    tags: [fields.tag],
    emails: [{ label: 'Личная; почта, «дом» 🏠', value: 'u@example.org', preferred: true }],
  };
}

/** What each format carries back; the others are checked by the fuller formats. */
const carried: Record<ExportFormat, (keyof Contact)[]> = {
  csv: ['family', 'given', 'patronymic', 'title', 'notes', 'tags'],
  'csv-excel-ru': ['family', 'given', 'patronymic', 'title', 'notes', 'tags'],
  'csv-google': ['family', 'given', 'patronymic', 'title', 'notes', 'tags'],
  'csv-outlook': ['family', 'given', 'patronymic', 'title', 'notes', 'tags'],
  vcard3: ['family', 'given', 'patronymic', 'title', 'notes', 'tags'],
  vcard4: ['family', 'given', 'patronymic', 'title', 'notes', 'tags'],
};

const runs = Number(process.env.LIAISON_UNICODE_RUNS ?? 300);
let tried = 0;

describe('Unicode round trips', () => {
  it('through the store: commit, close, reopen from the bytes on disk: every character as typed', async () => {
    const fx = await openServiceFixture();
    const ids: string[] = [];
    const typed: ContactInput[] = [];
    await fc.assert(
      fc.asyncProperty(contactInput, async (fields) => {
        const input = contactOf(fields);
        const command = createContact(input);
        await fx.commit(command);
        ids.push(command.id);
        typed.push(input);
      }),
      { numRuns: runs },
    );
    await fx.service.close();
    const reopened = await WorkspaceService.open({ dir: fx.dir, owner: 'app', resourcesDir: '' });
    try {
      ids.forEach((id, i) => {
        const back = reopened.store.state.contacts[id];
        const expected = ContactInputSchema.parse(typed[i]);
        expect(back).toMatchObject({ family: expected.family, given: expected.given, patronymic: expected.patronymic, title: expected.title, notes: expected.notes, tags: expected.tags });
        // Store round trips are byte-exact: no normalisation at all, CR and NFD included.
        expect(back?.notes).toBe(typed[i]?.notes);
      });
    } finally {
      await reopened.close();
    }
    tried += runs;
  });

  for (const format of exportFormats) {
    it(`through ${format}: export, read, plan the import: every carried field equal (vCard: line breaks as LF)`, async () => {
      await fc.assert(
        fc.asyncProperty(contactInput, async (fields) => {
          const ws = transferWorkspace();
          const original = addContact(ws, contactOf(fields));
          const bytes = await exportBytes([original], ws, format);
          const file = readContactsFile(bytes, format.startsWith('vcard') ? 'u.vcf' : 'u.csv');
          const plan = planImport(transferWorkspace(), file.records, { mode: 'cli', at: '2026-11-28T12:00:00.000Z', source: 'u' });
          expect(plan.rejected).toEqual([]);
          const back = plan.command?.creates[0];
          expect(back, 'one contact comes back').toBeDefined();
          if (back && (format === 'csv-google' || format === 'csv-outlook')) {
            // One Middle Name cell holds every additional name; the import sorts a Russian one into
            // the patronymic and any other into middle names, split at commas (sortAdditionalNames).
            const additional = (names: string[]) => names.flatMap((name) => name.split(/\s*,\s*/u)).map((name) => name.trim()).filter(Boolean);
            expect(additional([back.patronymic, ...back.middleNames]), `${format} additional names`).toEqual(additional([original.patronymic, ...original.middleNames]));
          }
          for (const field of carried[format]) {
            if (field === 'patronymic' && (format === 'csv-google' || format === 'csv-outlook')) continue;
            const want = original[field];
            const text = format.startsWith('vcard') ? lf : asTyped;
            const expected = typeof want === 'string' ? text(want) : format === 'csv-outlook' && field === 'tags' ? outlookTags(original.tags) : want;
            expect(back?.[field as keyof typeof back], `${format} ${field}`).toEqual(expected);
          }
        }),
        { numRuns: runs },
      );
      tried += runs;
    });
  }

  it('through ICS: summary, description and location unfold and unescape to the same text (line breaks as LF)', () => {
    fc.assert(
      fc.property(oneLine, multiLine, oneLine, (summary, description, location) => {
        const event: IcsEvent = {
          uid: 'u@liaison.local',
          summary,
          description,
          location,
          when: { kind: 'all-day', start: '2019-09-21', endExclusive: '2019-10-11' },
          status: 'TENTATIVE',
          categories: ['Conference'],
          sequence: 1,
          lastModified: '2019-06-01T10:00:00.000Z',
        };
        const text = writeIcs([event], new Date('2026-11-28T10:00:00.000Z'), 'Календарь «Liaison»; 🌉');
        const props = readIcsProperties(text);
        expect(props.get('SUMMARY')).toBe(lf(summary));
        expect(props.get('DESCRIPTION')).toBe(lf(description));
        expect(props.get('LOCATION')).toBe(lf(location));
        // Every physical line is whole UTF-8 and at most 75 octets.
        for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      }),
      { numRuns: runs * 2 },
    );
    tried += runs * 2;
    console.log(`[unicode] ${tried} round trips (store, ${exportFormats.length} contact formats, ICS) equal; vCard/ICS line breaks read back as LF, Outlook tags split at ; and ,`);
  });
});

/** An RFC 5545 reader written apart from the writer: unfold, split at the first unquoted colon, unescape. */
function readIcsProperties(text: string): Map<string, string> {
  const props = new Map<string, string>();
  for (const line of text.replace(/\r\n[ \t]/g, '').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = (line.slice(0, colon).split(';')[0] ?? '').toUpperCase();
    const value = line.slice(colon + 1).replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
    if (!props.has(name)) props.set(name, value);
  }
  return props;
}
