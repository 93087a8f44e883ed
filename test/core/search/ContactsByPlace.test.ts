import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Command } from '../../../electron/shared/commands/commandSchemas';
import type { Contact, ContactInput } from '../../../electron/shared/schemas/contact';
import { at, createContact } from '../../helpers/commands';
import { cityData, openServiceFixture, type ServiceFixture } from '../../helpers/serviceFixture';

let open: ServiceFixture[] = [];
afterEach(async () => {
  await Promise.all(open.map((f) => f.service.close()));
  open = [];
});

const org = (name: string, nameLatin = ''): Extract<Command, { type: 'organization.update' }>['data'] => ({
  name,
  nameLatin,
  kind: 'other',
  cityId: null,
  website: '',
  notes: '',
});

function update(contact: Contact, change: Partial<ContactInput>): Command {
  const data: Record<string, unknown> = { ...contact, ...change };
  for (const bookkeeping of ['id', 'rev', 'createdAt', 'updatedAt', 'deletedAt']) delete data[bookkeeping];
  return { type: 'contact.update', at: at(), id: contact.id, data: data as Extract<Command, { type: 'contact.update' }>['data'] };
}

const found = (f: ServiceFixture, query: string): string[] => [...f.service.index.search(query, 1000).ids].sort();

describe('renaming an organisation or a city reindexes its contacts only', () => {
  it('finds the contacts by the new organisation name and no longer by the old, touching no other contact', async () => {
    const f = await openServiceFixture();
    open.push(f);
    const dumaId = crypto.randomUUID();
    const otherId = crypto.randomUUID();
    await f.commit(
      { type: 'organization.create', at: at(), id: dumaId, data: org('Городская дума', 'City Duma') },
      { type: 'organization.create', at: at(), id: otherId, data: org('Zephyr Institute') },
    );
    const members = ['Иванова', 'Smith', 'Петров'].map((family) => createContact({ family, given: 'A', organizationId: dumaId }));
    const outsiders = ['Orlov', 'Brown'].map((family) => createContact({ family, given: 'B', organizationId: otherId }));
    const loners = ['Jones', 'Соколов'].map((family) => createContact({ family, given: 'C' }));
    await f.commit(...members, ...outsiders, ...loners);
    const memberIds = members.map((c) => c.id).sort();
    expect(found(f, 'Duma')).toEqual(memberIds);
    expect(found(f, 'Quorum')).toEqual([]);

    const upsert = vi.spyOn(f.service.index, 'upsert');
    await f.commit({ type: 'organization.update', at: at(), id: dumaId, data: org('Quorum Council', 'Кворум') });
    // Only the three members were read again; the other four contacts were not looked at.
    expect(upsert.mock.calls.map(([doc]) => doc.id).sort()).toEqual(memberIds);
    upsert.mockRestore();
    expect(found(f, 'Quorum')).toEqual(memberIds);
    expect(found(f, 'Кворум')).toEqual(memberIds);
    expect(found(f, 'Duma')).toEqual([]);
    expect(found(f, 'Zephyr')).toEqual(outsiders.map((c) => c.id).sort());

    // Undo renames it back, through the same path.
    await f.commit({ type: 'history.undo', at: at() });
    expect(found(f, 'Duma')).toEqual(memberIds);
    expect(found(f, 'Quorum')).toEqual([]);
  });

  it('follows contacts that change organisation or city, and a renamed city', async () => {
    const f = await openServiceFixture();
    open.push(f);
    const aId = crypto.randomUUID();
    const bId = crypto.randomUUID();
    const cityId = crypto.randomUUID();
    await f.commit(
      { type: 'organization.create', at: at(), id: aId, data: org('Alpha Hall') },
      { type: 'organization.create', at: at(), id: bId, data: org('Beta Hall') },
      { type: 'city.create', at: at(), id: cityId, data: cityData('Samara', 'RU', 'Europe/Samara', 'Самара') },
    );
    const mover = createContact({ family: 'Mover', given: 'M', organizationId: aId, cityIds: [cityId] });
    const stayer = createContact({ family: 'Stayer', given: 'S', organizationId: aId });
    await f.commit(mover, stayer);
    const state = () => f.service.store.state.contacts;
    await f.commit(update(state()[mover.id] as Contact, { organizationId: bId, cityIds: [] }));

    await f.commit({ type: 'organization.update', at: at(), id: aId, data: org('Gamma Hall') });
    expect(found(f, 'Gamma')).toEqual([stayer.id]);
    await f.commit({ type: 'organization.update', at: at(), id: bId, data: org('Delta Hall') });
    expect(found(f, 'Delta')).toEqual([mover.id]);
    expect(found(f, 'Beta')).toEqual([]);

    await f.commit(update(state()[stayer.id] as Contact, { cityIds: [cityId] }));
    await f.commit({ type: 'city.update', at: at(), id: cityId, data: cityData('Tolyatti', 'RU', 'Europe/Samara', 'Тольятти') });
    expect(found(f, 'Tolyatti')).toEqual([stayer.id]);
    expect(found(f, 'Тольятти')).toEqual([stayer.id]);
    expect(found(f, 'Samara')).toEqual([]);
  });
});
