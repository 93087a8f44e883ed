import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../../electron/shared/contracts/exportChannels';
import { deriveLatinName } from '../../../electron/shared/names/deriveLatinName';
import { ContactInputSchema, type Contact, type ContactData } from '../../../electron/shared/schemas/contact';
import type { Workspace } from '../../../electron/shared/schemas/workspace';
import { contactUid } from '../../../electron/core/export/toPortableContact';
import { planImport } from '../../../electron/core/import/planImport';
import { readContactsFile } from '../../../electron/core/import/readContactsFile';
import { addContact, exportBytes, fullContact, ids, transferWorkspace } from './transferFixtures';

const at = '2026-11-28T12:00:00.000Z';

/** Exports `contacts` from `ws`, reads the bytes back, and plans their import into a fresh copy of the workspace's places. */
async function roundTrip(contacts: Contact[], ws: Workspace, format: ExportFormat) {
  const bytes = await exportBytes(contacts, ws, format);
  const file = readContactsFile(bytes, format.startsWith('vcard') ? 'contacts.vcf' : 'contacts.csv');
  const target = transferWorkspace();
  const plan = planImport(target, file.records, { mode: 'cli', at, source: 'contacts' });
  expect(plan.rejected).toEqual([]);
  return { plan, file, target, creates: plan.command?.creates ?? [] };
}

/** A contact's data as a comparison sees it: an empty salutation is no salutation; the UID is checked apart. */
function comparable({ uid: _uid, salutationRu, salutationEn, ...rest }: ContactData): Omit<ContactData, 'uid'> {
  return { ...rest, ...(salutationRu ? { salutationRu } : {}), ...(salutationEn ? { salutationEn } : {}) };
}

function dataOf({ id: _id, rev: _rev, createdAt: _c, updatedAt: _u, example: _e, deletedAt: _d, ...data }: Contact): ContactData {
  return ContactInputSchema.parse(data);
}

/** A planned create without its new id. */
const withoutId = ({ id: _id, ...data }: ContactData & { id: string }): ContactData => data;

describe('round trips: export, then import into a workspace with the same places, gives the same contacts', () => {
  for (const format of ['csv', 'csv-excel-ru', 'vcard3', 'vcard4'] as const) {
    it(`${format}: nothing typed is lost, Cyrillic included`, async () => {
      const ws = transferWorkspace();
      const full = fullContact(ws);
      const plain = addContact(ws, { family: 'Smith', given: 'John', familyLatin: 'Smith', givenLatin: 'John', emails: [{ value: 'john@cleveland.example' }], cityIds: [ids.cleveland] });
      const { creates } = await roundTrip([full, plain], ws, format);
      expect(creates).toHaveLength(2);
      for (const original of [full, plain]) {
        const back = creates.find((c) => c.family === original.family);
        expect(back, original.family).toBeDefined();
        if (!back) continue;
        expect(comparable(withoutId(back))).toEqual(comparable(dataOf(original)));
        expect(back.uid).toBe(contactUid(original));
      }
    });
  }

  it('csv-google keeps names, Latin forms, organisation, title, emails, phones, addresses, tags and notes', async () => {
    const ws = transferWorkspace();
    const full = fullContact(ws);
    const { creates, plan } = await roundTrip([full], ws, 'csv-google');
    const back = creates[0];
    expect(back).toMatchObject({
      family: full.family,
      given: full.given,
      patronymic: full.patronymic,
      familyLatin: full.familyLatin,
      givenLatin: full.givenLatin,
      patronymicLatin: full.patronymicLatin,
      organizationId: ids.admin,
      title: full.title,
      emails: full.emails,
      phones: full.phones,
      addresses: full.addresses,
      tags: full.tags,
      notes: full.notes,
    });
    expect(plan.command?.organizations).toEqual([]);
  });

  it('csv-outlook keeps names, organisation, title, three emails, phones by slot, addresses, categories, gender, notes', async () => {
    const ws = transferWorkspace();
    const c = addContact(ws, {
      family: 'Петрова',
      given: 'Анна',
      gender: 'female',
      organizationId: ids.sci,
      title: 'Adviser',
      emails: [{ value: 'anna@tula.example', preferred: true }, { value: 'a.petrova@mail.example' }],
      phones: [
        { label: 'mobile', value: '+7 910 555 12 34' },
        { label: 'work', value: '+7 (4872) 55-01-01' },
        { label: 'home', value: '+7 4872 30-40-50' },
      ],
      addresses: [{ label: 'home', street: 'ул. Советская, 3', city: 'Тула', postcode: '300041', country: 'Россия' }],
      tags: ['summit', 'Tula'],
      languages: ['Russian'],
      notes: 'Prefers email.',
    });
    const { creates } = await roundTrip([c], ws, 'csv-outlook');
    expect(creates[0]).toMatchObject({
      family: 'Петрова',
      given: 'Анна',
      gender: 'female',
      organizationId: ids.sci,
      title: 'Adviser',
      emails: [
        { label: '', value: 'anna@tula.example', preferred: false },
        { label: '', value: 'a.petrova@mail.example', preferred: false },
      ],
      addresses: [{ label: 'home', street: 'ул. Советская, 3', city: 'Тула', region: '', postcode: '300041', country: 'Россия', preferred: false }],
      tags: ['summit', 'Tula'],
      languages: ['Russian'],
      notes: 'Prefers email.',
    });
    expect(creates[0]?.phones.map((p) => [p.label, p.value])).toEqual(
      expect.arrayContaining([
        ['mobile', '+7 910 555 12 34'],
        ['work', '+7 (4872) 55-01-01'],
        ['home', '+7 4872 30-40-50'],
      ]),
    );
  });

  it('importing its own export again merges every contact by UID and changes nothing', async () => {
    const ws = transferWorkspace();
    const full = fullContact(ws);
    for (const format of ['csv', 'vcard3', 'vcard4', 'csv-google'] as const) {
      const file = readContactsFile(await exportBytes([full], ws, format), format.startsWith('vcard') ? 'a.vcf' : 'a.csv');
      const plan = planImport(ws, file.records, { mode: 'cli', at, source: 'a' });
      expect(plan.created, format).toBe(0);
      expect(plan.merged, format).toBe(1);
      expect(plan.command, format).toBeNull();
    }
  });
});

// --- Properties --------------------------------------------------------------------------------

const letters = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const awkward = ' ,;:\\"\'=+-@.()/!?#№«»—–é🌉';
const char = fc.constantFrom(...[...letters, ...letters, ...awkward, ...'0123456789']);
const text = (max: number) => fc.string({ unit: char, maxLength: max }).map((s) => s.trim());
const nonEmpty = (max: number) => text(max).filter((s) => s.length > 0);
const multiline = fc.array(text(30), { maxLength: 3 }).map((lines) => lines.join('\n'));
const label = fc.oneof(fc.constantFrom('', 'work', 'home', 'mobile', 'fax', 'other', 'work fax', 'pager'), nonEmpty(20));
const email = fc
  .tuple(fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,10}[a-z0-9]$/), fc.stringMatching(/^[a-z][a-z0-9-]{0,8}[a-z0-9]\.[a-z]{2,4}$/))
  .map(([local, domain]) => `${local.replace(/\.{2,}/g, '.')}@${domain}`)
  .filter((value) => ContactInputSchema.shape.emails.safeParse([{ value }]).success);
const phone = fc.stringMatching(/^\+?[0-9][0-9 ()\-,;x]{2,20}[0-9]$/);
const latinOf = (original: string) => fc.oneof(fc.constant(deriveLatinName({ family: original, given: '', patronymic: '' }).familyLatin), nonEmpty(15));

const contactArb = fc
  .record({
    family: nonEmpty(20),
    given: text(20),
    patronymic: text(20),
    gender: fc.constantFrom('female', 'male', 'unspecified'),
    salutationRu: fc.option(nonEmpty(40), { nil: undefined }),
    salutationEn: fc.option(nonEmpty(40), { nil: undefined }),
    emails: fc.array(fc.record({ label, value: email, preferred: fc.boolean() }), { maxLength: 3 }),
    phones: fc.array(fc.record({ label, value: phone, preferred: fc.boolean() }), { maxLength: 3 }),
    addresses: fc.array(
      fc.record({ label, street: multiline.filter((s) => s.trim() !== ''), city: text(20), region: text(20), postcode: text(10), country: text(20), preferred: fc.boolean() }),
      { maxLength: 2 },
    ),
    organizationId: fc.constantFrom(null, ids.admin, ids.sci),
    title: text(40),
    cityIds: fc.subarray([ids.volgograd, ids.cleveland, ids.tula]),
    partnershipIds: fc.subarray([ids.pair]),
    languages: fc.uniqueArray(nonEmpty(12), { maxLength: 3 }),
    tags: fc.uniqueArray(nonEmpty(15), { maxLength: 4 }),
    notes: fc.oneof(fc.constant(''), multiline.filter((s) => s.trim() !== '')),
    followUp: fc.option(fc.record({ everyDays: fc.integer({ min: 1, max: 3650 }) }), { nil: null }),
  })
  .chain((c) =>
    fc.record({ familyLatin: latinOf(c.family), givenLatin: c.given ? latinOf(c.given) : fc.constant(''), patronymicLatin: c.patronymic ? latinOf(c.patronymic) : fc.constant('') }).map((latin) => ({ ...c, ...latin })),
  )
  .map((c) => ContactInputSchema.safeParse(c))
  .filter((parsed) => parsed.success)
  .map((parsed) => parsed.data);

describe('properties: any contact survives vCard 3.0, vCard 4.0 and CSV round trips', () => {
  for (const format of ['vcard3', 'vcard4', 'csv', 'csv-excel-ru'] as const) {
    it(format, async () => {
      await fc.assert(
        fc.asyncProperty(contactArb, async (data) => {
          const ws = transferWorkspace();
          const original = addContact(ws, data);
          const { creates } = await roundTrip([original], ws, format);
          expect(creates).toHaveLength(1);
          const back = creates[0];
          expect(back).toBeDefined();
          if (back) expect(comparable(withoutId(back))).toEqual(comparable(dataOf(original)));
        }),
        { numRuns: 150 },
      );
    });
  }
});
