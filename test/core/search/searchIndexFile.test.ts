import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ContactSearchIndex, type SearchDoc } from '../../../electron/core/search/ContactSearchIndex';
import { decodeIndexImage, encodeIndexImage } from '../../../electron/core/search/indexImageCodec';
import { indexSnapshot } from '../../../electron/core/search/indexSnapshot';
import { buildContactIndex, searchIndexFilePath } from '../../../electron/core/search/searchIndexFile';
import { nodeFsOps } from '../../../electron/core/store/nodeFsOps';
import { WorkspaceService } from '../../../electron/core/workspace/WorkspaceService';
import type { Command } from '../../../electron/shared/commands/commandSchemas';
import type { Contact, ContactInput } from '../../../electron/shared/schemas/contact';
import { at, createContact } from '../../helpers/commands';
import { tempDir } from '../../helpers/tempDir';

const resourcesDir = fileURLToPath(new URL('../../../resources', import.meta.url));

const QUERIES = ['Smith', 'smi', 'Иванова', 'Ivanova', 'Fyodorov', 'Sergey', 'Юлия', 'Djkujuhfl', 'Volgograd Ivanova', 'Kuznetosva', 'S', 'Iv', 'petrov@', 'duma.ru', '495', '123-45', 'mayor', 'summit', 'Самара'];

function doc(id: string, fields: Partial<Omit<SearchDoc, 'id'>>): SearchDoc {
  return { id, names: [], organization: [], cities: [], emails: [], tags: [], ...fields };
}

const DOCS: SearchDoc[] = [
  doc('a', { names: ['Иванова', 'Мария', 'Ivanova', 'Mariia'], organization: ['Администрация Волгограда', 'Volgograd City Hall'], cities: ['Volgograd', 'Волгоград'], emails: ['m.ivanova@volgadmin.ru'], tags: ['summit'], other: ['mayor', '74951234567'] }),
  doc('b', { names: ['Smith', 'John'], organization: ['Cleveland Sister Cities'], cities: ['Cleveland'], emails: ['jsmith@example.org', 'odd@@address'], other: ['12165550100'] }),
  doc('c', { names: ['Фёдоров', 'Сергей', 'Fedorov', 'Sergei'], emails: ['petrov@duma.ru'], tags: ['summit', 'host'] }),
  doc('d', { names: ['Кузнецова', 'Юлия', 'Kuznetsova', 'Iuliia'], cities: ['Samara', 'Самара'], other: ['переводчик'] }),
  doc('e', { names: ['Wilson', 'Sarah'], organization: ['Cleveland Sister Cities'], other: ['mayor'] }),
];

function same(a: ContactSearchIndex, b: ContactSearchIndex): void {
  for (const query of QUERIES) expect(b.search(query, 200), query).toEqual(a.search(query, 200));
}

describe('the search index as an image (persisted beside the snapshot)', () => {
  it('reads back to an index that answers every query as the original, and keeps doing so through edits', () => {
    const original = new ContactSearchIndex();
    for (const d of DOCS) original.upsert(d);
    original.remove('e');
    original.upsert({ ...(DOCS[1] as SearchDoc), names: ['Smithson', 'John'] });
    const file = decodeIndexImage<{ seq: number }>(encodeIndexImage(original.image(), { seq: 7 }));
    expect(file?.meta).toEqual({ seq: 7 });
    const loaded = ContactSearchIndex.fromImage(file?.image as NonNullable<typeof file>['image']);
    expect(loaded.size).toBe(original.size);
    same(original, loaded);

    const edits: ((index: ContactSearchIndex) => void)[] = [
      (index) => index.upsert(doc('f', { names: ['Petrova', 'Anna'], emails: ['anna@duma.ru'], organization: ['Cleveland Sister Cities'] })),
      (index) => index.upsert({ ...(DOCS[0] as SearchDoc), names: ['Иванова-Смит', 'Мария'] }),
      (index) => index.remove('c'),
    ];
    for (const edit of edits) {
      edit(original);
      edit(loaded);
      same(original, loaded);
    }
  });

  it('takes edits before its first search (address and number keys still unread) and answers as the original', () => {
    const original = new ContactSearchIndex();
    for (const d of DOCS) original.upsert(d);
    const file = decodeIndexImage<{ seq: number }>(encodeIndexImage(original.image(), { seq: 1 }));
    const loaded = ContactSearchIndex.fromImage(file?.image as NonNullable<typeof file>['image']);
    for (const index of [original, loaded]) {
      index.upsert(doc('g', { names: ['Orlova', 'Olga'], emails: ['o.orlova@volgadmin.ru'], other: ['78442123456'] }));
      index.upsert({ ...(DOCS[1] as SearchDoc), emails: ['john.smith@example.org'], other: ['12165550199'] });
      index.remove('c');
    }
    same(original, loaded);
    for (const query of ['orlova@', 'volgadmin', '7844', '555019', 'john.smith', 'petrov@']) expect(loaded.search(query, 200), query).toEqual(original.search(query, 200));
  });

  it('refuses damaged or foreign bytes rather than load a wrong index', () => {
    const index = new ContactSearchIndex();
    for (const d of DOCS) index.upsert(d);
    const bytes = encodeIndexImage(index.image(), { seq: 1 });
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 5] = (flipped[flipped.length - 5] ?? 0) ^ 0xff;
    expect(decodeIndexImage(flipped)).toBeNull();
    expect(decodeIndexImage(bytes.subarray(0, bytes.length - 10))).toBeNull();
    expect(decodeIndexImage(Buffer.from('{"meta":{},"image":{}}'))).toBeNull();
    expect(decodeIndexImage(Buffer.alloc(0))).toBeNull();
  });
});

let open: WorkspaceService[] = [];
afterEach(async () => {
  await Promise.all(open.map((s) => s.close()));
  open = [];
});

async function service(dir: string, readOnly = false): Promise<WorkspaceService> {
  const opened = await WorkspaceService.open({ dir, owner: readOnly ? 'cli' : 'app', resourcesDir, readOnly });
  open.push(opened);
  return opened;
}

function update(contact: Contact, change: Partial<ContactInput>): Command {
  const data: Record<string, unknown> = { ...contact, ...change };
  for (const bookkeeping of ['id', 'rev', 'createdAt', 'updatedAt', 'deletedAt']) delete data[bookkeeping];
  return { type: 'contact.update', at: at(), id: contact.id, data: data as Extract<Command, { type: 'contact.update' }>['data'] };
}

describe('start-up with the index persisted at the last compaction', () => {
  it('loads it, reindexes only what the journal changed since, and answers as a fresh build would', async () => {
    const dir = await tempDir();
    const writer = await service(dir);
    const orgId = crypto.randomUUID();
    await writer.commit([{ type: 'organization.create', at: at(), id: orgId, data: { name: 'Городская дума', nameLatin: 'City Duma', kind: 'other', cityId: null, website: '', notes: '' } }]);
    const people = [
      createContact({ family: 'Иванова', given: 'Мария', organizationId: orgId, emails: [{ label: 'work', preferred: true, value: 'm.ivanova@duma.ru' }] }),
      createContact({ family: 'Smith', given: 'John', tags: ['summit'] }),
      createContact({ family: 'Фёдоров', given: 'Сергей' }),
    ];
    await writer.commit(people);
    await writer.store.compact();
    await indexSnapshot(nodeFsOps, dir);

    // After the index was written: a new contact, an edit, one to the Trash; all in the journal only.
    await writer.commit([createContact({ family: 'Kuznetsova', given: 'Yulia' })]);
    const smith = writer.store.state.contacts[people[1]?.id ?? ''] as Contact;
    await writer.commit([update(smith, { family: 'Smithson' })]);
    await writer.commit([{ type: 'contact.delete', at: at(), ids: [people[2]?.id ?? ''] }]);

    const reader = await service(dir, true);
    expect(reader.indexSource).toBe('file');
    const fresh = buildContactIndex(reader.store.state);
    for (const query of [...QUERIES, 'Smithson', 'Fedorov', 'Duma', 'Yulia']) expect(reader.index.search(query, 200), query).toEqual(fresh.search(query, 200));
    expect(reader.index.search('Smithson').ids).toEqual([people[1]?.id]);
    expect(reader.index.search('Фёдоров').ids).toEqual([]);
    expect(reader.index.search('Yulia').total).toBe(1);
  });

  it('is written by the compaction worker, so the next start loads it', async () => {
    const dir = await tempDir();
    const worker = new URL('../../fixtures/processes/compactWorkerTs.mjs', import.meta.url).pathname;
    const writer = await WorkspaceService.open({ dir, owner: 'app', resourcesDir, compaction: { runner: { worker } } });
    open.push(writer);
    await writer.commit([createContact({ family: 'Щукина', given: 'Юлия' }), createContact({ family: 'Johnson', given: 'Sam' })]);
    await writer.store.compact();
    const reader = await service(dir, true);
    expect(reader.indexSource).toBe('file');
    expect(reader.index.search('Schukina').total).toBe(1);
    expect(reader.index.search('Джонсон').total).toBe(1);
  });

  it('builds the index instead when the file does not fit: another snapshot, damaged bytes, a renamed organisation in the journal', async () => {
    const dir = await tempDir();
    const writer = await service(dir);
    const orgId = crypto.randomUUID();
    const org = (name: string): Command => ({ type: 'organization.update', at: at(), id: orgId, data: { name, nameLatin: '', kind: 'other', cityId: null, website: '', notes: '' } });
    await writer.commit([{ type: 'organization.create', at: at(), id: orgId, data: { name: 'Alpha Hall', nameLatin: '', kind: 'other', cityId: null, website: '', notes: '' } }]);
    await writer.commit([createContact({ family: 'Orlov', given: 'Oleg', organizationId: orgId })]);
    await writer.store.compact();
    await indexSnapshot(nodeFsOps, dir);
    expect((await service(dir, true)).indexSource).toBe('file');

    await writer.commit([org('Beta Hall')]);
    const renamed = await service(dir, true);
    expect(renamed.indexSource).toBe('built');
    expect(renamed.index.search('Beta').total).toBe(1);

    await writer.store.compact();
    expect((await service(dir, true)).indexSource).toBe('built');
    await indexSnapshot(nodeFsOps, dir);
    expect((await service(dir, true)).indexSource).toBe('file');

    const bytes = readFileSync(searchIndexFilePath(dir));
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    writeFileSync(searchIndexFilePath(dir), bytes);
    const damaged = await service(dir, true);
    expect(damaged.indexSource).toBe('built');
    expect(damaged.index.search('Orlov').total).toBe(1);
  });
});
