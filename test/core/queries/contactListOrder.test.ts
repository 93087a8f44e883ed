import { afterEach, describe, expect, it } from 'vitest';
import { ContactListQuery } from '../../../electron/core/queries/ContactListQuery';
import { ContactSearchIndex } from '../../../electron/core/search/ContactSearchIndex';
import type { Command } from '../../../electron/shared/commands/commandSchemas';
import type { Contact, ContactInput } from '../../../electron/shared/schemas/contact';
import { at, createContact } from '../../helpers/commands';
import { openServiceFixture, type ServiceFixture } from '../../helpers/serviceFixture';

let open: ServiceFixture[] = [];
afterEach(async () => {
  await Promise.all(open.map((f) => f.service.close()));
  open = [];
});

const sorts = ['name', 'organization', 'city', 'updated'] as const;
type Sort = (typeof sorts)[number];

/** What a list query that has never seen a change answers: the order sorted from scratch. */
function fresh(f: ServiceFixture, sort: Sort, tags: string[] = []): string[] {
  return new ContactListQuery(() => f.service.store.state, new ContactSearchIndex()).matchingIds({ query: '', sort, tags });
}

function update(contact: Contact, change: Partial<ContactInput>): Command {
  const data: Record<string, unknown> = { ...contact, ...change };
  for (const bookkeeping of ['id', 'rev', 'createdAt', 'updatedAt', 'deletedAt']) delete data[bookkeeping];
  return { type: 'contact.update', at: at(), id: contact.id, data: data as Extract<Command, { type: 'contact.update' }>['data'] };
}

describe('the sorted contact list follows edits without sorting again', () => {
  it.each(sorts)('sorted by %s: matches a fresh sort after renames, new contacts, the Trash, undo and a renamed organisation', async (sort) => {
    const f = await openServiceFixture();
    open.push(f);
    const orgId = crypto.randomUUID();
    const cityId = crypto.randomUUID();
    await f.commit(
      { type: 'organization.create', at: at(), id: orgId, data: { name: 'Дума', nameLatin: 'Duma', kind: 'other', cityId: null, website: '', notes: '' } },
      { type: 'city.create', at: at(), id: cityId, data: { nameLatin: 'Samara', nameCyrillic: 'Самара', region: '', country: 'RU', zone: 'Europe/Samara' } },
    );
    const created = ['Орлова', 'Smith', 'Абрамов', 'Петров', 'Ivanova', 'Яковлев'].map((family, i) =>
      createContact({ family, given: `G${i}`, organizationId: i % 2 === 0 ? orgId : null, cityIds: i % 3 === 1 ? [cityId] : [], tags: i % 3 === 0 ? ['volga'] : [] }),
    );
    await f.commit(...created);
    const list = f.service.contactList;
    const contact = (i: number) => f.service.store.state.contacts[created[i]?.id ?? ''] as Contact;
    const steps: (() => Command)[] = [
      () => update(contact(0), { family: 'Аксёнова' }),
      () => createContact({ family: 'Борисов', tags: ['volga'] }),
      () => update(contact(1), { tags: ['volga'] }),
      () => ({ type: 'contact.delete', at: at(), ids: [created[2]?.id ?? ''] }),
      () => ({ type: 'history.undo', at: at() }),
      () => ({ type: 'organization.update', at: at(), id: orgId, data: { name: 'Администрация', nameLatin: 'Administration', kind: 'other', cityId: null, website: '', notes: '' } }),
      () => ({ type: 'city.update', at: at(), id: cityId, data: { nameLatin: 'Tula', nameCyrillic: 'Тула', region: '', country: 'RU', zone: 'Europe/Moscow' } }),
    ];
    for (const tags of [[], ['Volga']]) {
      for (const step of steps) {
        // Listed first, so the cached order is the one the change must bring up to date.
        list.matchingIds({ query: '', sort, tags });
        await f.commit(step());
        expect(list.matchingIds({ query: '', sort, tags })).toEqual(fresh(f, sort, tags.map((t) => t.toLowerCase())));
      }
    }
  });
});

describe('sorting by name', () => {
  it('sorts by family name whatever order the name is shown in; English interleaves the scripts, Russian keeps its alphabet', async () => {
    const f = await openServiceFixture();
    open.push(f);
    const people = [
      { family: 'Collins', given: 'Jennifer' },
      { family: 'Яковлев', given: 'Олег' },
      { family: 'Abbott', given: 'Zoe' },
      { family: 'Иванов', given: 'Иван' },
      { family: 'Jones', given: 'Bob' },
      { family: 'Васильева', given: 'Анна' },
      { family: 'Григорьев', given: 'Пётр' },
      { family: 'Harris', given: 'Amy' },
    ];
    await f.commit(...people.map((p) => createContact(p)));
    const families = () => fresh(f, 'name').map((id) => (f.service.store.state.contacts[id] as Contact).family);
    // By the Latin spelling the list shows under each Cyrillic name: Iakovlev, Ivanov, Vasileva.
    expect(families()).toEqual(['Abbott', 'Collins', 'Григорьев', 'Harris', 'Яковлев', 'Иванов', 'Jones', 'Васильева']);
    await f.call('settings:set', { locale: 'ru' });
    // А–Я as the alphabet runs (В before Г), then the Latin names, as a Russian address book lists them.
    expect(families()).toEqual(['Васильева', 'Григорьев', 'Иванов', 'Яковлев', 'Abbott', 'Collins', 'Harris', 'Jones']);
  });
});
