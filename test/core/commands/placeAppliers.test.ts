import { afterEach, describe, expect, it } from 'vitest';
import { InteractionInputSchema } from '../../../electron/shared/schemas/interaction';
import { OrganizationInputSchema } from '../../../electron/shared/schemas/organization';
import { at, createContact } from '../../helpers/commands';
import { cityData, openServiceFixture, partnershipData, type ServiceFixture } from '../../helpers/serviceFixture';

let open: ServiceFixture[] = [];
afterEach(async () => {
  await Promise.all(open.map((f) => f.service.close()));
  open = [];
});

async function withTwoCities(now?: string) {
  const f = await openServiceFixture(now);
  open.push(f);
  const us = crypto.randomUUID();
  const ru = crypto.randomUUID();
  await f.commit(
    { type: 'city.create', at: at(), id: us, data: cityData('Cleveland', 'US', 'America/New_York') },
    { type: 'city.create', at: at(), id: ru, data: cityData('Volgograd', 'RU', 'Europe/Volgograd', 'Волгоград') },
  );
  return { f, us, ru };
}

describe('cities, organisations and partnerships', () => {
  it('refuses to delete a city a partnership uses, with a sentence, and deletes it once the partnership is gone', async () => {
    const { f, us, ru } = await withTwoCities();
    const partnership = crypto.randomUUID();
    const added = await f.commit({ type: 'partnership.create', at: at(), id: partnership, data: partnershipData(us, ru, { establishedYear: 1990 }) });
    expect(added.summaries).toEqual(['Add partnership Cleveland – Volgograd (Волгоград)']);
    await expect(f.commit({ type: 'city.delete', at: at(), ids: [ru] })).rejects.toThrow(
      'This city cannot be deleted: 1 partnership still uses it. Delete or change it first.',
    );
    expect(f.service.store.state.cities[ru]).toBeDefined();
    expect((await f.commit({ type: 'partnership.delete', at: at(), ids: [partnership] })).summaries).toEqual(['Delete partnership Cleveland – Volgograd (Волгоград)']);
    expect((await f.commit({ type: 'city.delete', at: at(), ids: [ru] })).summaries).toEqual(['Delete city Volgograd']);
  });

  it('deleting a city clears it from contacts and organisations; editing renames it for search', async () => {
    const { f, ru } = await withTwoCities();
    const contact = createContact({ family: 'Орлова', given: 'Ольга', cityIds: [ru] });
    const org = crypto.randomUUID();
    await f.commit(contact, { type: 'organization.create', at: at(), id: org, data: OrganizationInputSchema.parse({ name: 'Администрация', cityId: ru }) });
    await f.commit({ type: 'city.update', at: at(), id: ru, data: cityData('Volgograd', 'RU', 'Europe/Volgograd', 'Царицын') });
    expect((await f.call('contacts:list', { query: 'Царицын' })).rows.map((r) => r.id)).toEqual([contact.id]);
    await f.commit({ type: 'city.delete', at: at(), ids: [ru] });
    expect(f.service.store.state.contacts[contact.id]?.cityIds).toEqual([]);
    expect(f.service.store.state.organizations[org]?.cityId).toBeNull();
    await f.commit({ type: 'history.undo', at: at() });
    expect(f.service.store.state.contacts[contact.id]?.cityIds).toEqual([ru]);
  });

  it('refuses a partnership of a city with itself or with a coordinator that does not exist', async () => {
    const { f, us } = await withTwoCities();
    await expect(f.commit({ type: 'partnership.create', at: at(), id: crypto.randomUUID(), data: partnershipData(us, us) })).rejects.toThrow(
      'A partnership joins two different cities',
    );
    const { ru } = { ru: Object.keys(f.service.store.state.cities).find((id) => id !== us) ?? '' };
    await expect(
      f.commit({ type: 'partnership.create', at: at(), id: crypto.randomUUID(), data: partnershipData(us, ru, { usCoordinatorIds: [crypto.randomUUID()] }) }),
    ).rejects.toThrow('A contact this partnership links to no longer exists');
    expect(Object.keys(f.service.store.state.partnerships)).toEqual([]);
  });

  it('edits and deletes organisations; contacts lose the link, not themselves', async () => {
    const { f } = await withTwoCities();
    const org = crypto.randomUUID();
    await f.commit({ type: 'organization.create', at: at(), id: org, data: OrganizationInputSchema.parse({ name: 'AVC' }) });
    const contact = createContact({ family: 'Smith', given: 'John', organizationId: org });
    await f.commit(contact);
    expect((await f.commit({ type: 'organization.update', at: at(), id: org, data: OrganizationInputSchema.parse({ name: 'Association of Volga Cities' }) })).summaries).toEqual([
      'Edit organisation Association of Volga Cities',
    ]);
    expect((await f.call('contacts:list', { query: 'Association Volga' })).total).toBe(1);
    await f.commit({ type: 'organization.delete', at: at(), ids: [org] });
    expect(f.service.store.state.contacts[contact.id]?.organizationId).toBeNull();
  });
});

describe('partnership rows', () => {
  it('computes the last exchange from the newest linked interaction (in its own zone) or the stored date, whichever is later', async () => {
    const { f, us, ru } = await withTwoCities('2026-11-28T10:00:00.000Z');
    const p = crypto.randomUUID();
    await f.commit({ type: 'partnership.create', at: at(), id: p, data: partnershipData(us, ru, { lastExchange: '2026-01-10' }) });
    // 23:30 on 9 March in Volgograd (UTC+3): 20:30 UTC, still 9 March there.
    await f.commit({
      type: 'interaction.create',
      at: at(),
      id: crypto.randomUUID(),
      data: InteractionInputSchema.parse({ kind: 'call', at: '2026-03-09T20:30:00.000Z', zone: 'Europe/Volgograd', partnershipIds: [p] }),
    });
    // 22:30 on 9 March in New York is 10 March in UTC and in Volgograd, but it happened on the 9th.
    await f.commit({
      type: 'interaction.create',
      at: at(),
      id: crypto.randomUUID(),
      data: InteractionInputSchema.parse({ kind: 'email', at: '2026-03-10T02:30:00.000Z', zone: 'America/New_York', partnershipIds: [p] }),
    });
    const [row] = await f.call('partnerships:list', {});
    expect(row?.lastExchange).toBe('2026-03-09');
    expect(row?.silent).toBe(false);
    await f.commit({ type: 'partnership.update', at: at(), id: p, data: partnershipData(us, ru, { lastExchange: '2026-06-01' }) });
    expect((await f.call('partnerships:list', {}))[0]?.lastExchange).toBe('2026-06-01');
  });

  it("counts an interaction with a linked contact or a coordinator as the partnership's exchange, and names it", async () => {
    const { f, us, ru } = await withTwoCities('2026-11-28T10:00:00.000Z');
    const p = crypto.randomUUID();
    const linked = createContact({ family: 'Linked', given: 'L' });
    const coordinator = createContact({ family: 'Coordinator', given: 'C' });
    const stranger = createContact({ family: 'Stranger', given: 'S' });
    await f.commit(coordinator, stranger);
    await f.commit({ type: 'partnership.create', at: at(), id: p, data: partnershipData(us, ru, { ruCoordinatorIds: [coordinator.id] }) });
    await f.commit({ ...linked, data: { ...linked.data, partnershipIds: [p] } });
    const talk = (when: string, subject: string, contactIds: string[]) => ({
      type: 'interaction.create' as const,
      at: at(),
      id: crypto.randomUUID(),
      data: InteractionInputSchema.parse({ kind: 'meeting', at: when, zone: 'Europe/Volgograd', subject, contactIds }),
    });
    await f.commit(talk('2026-05-01T10:00:00.000Z', 'With a stranger', [stranger.id]));
    expect((await f.call('partnerships:list', {}))[0]?.lastExchange).toBeNull();
    await f.commit(talk('2026-06-01T10:00:00.000Z', 'With the coordinator', [coordinator.id]));
    expect((await f.call('partnerships:list', {}))[0]?.lastExchange).toBe('2026-06-01');
    await f.commit(talk('2026-07-02T10:00:00.000Z', 'Visit', [linked.id, stranger.id]));
    await f.commit(talk('2026-08-01T10:00:00.000Z', 'Later with a stranger', [stranger.id]));
    const [row] = await f.call('partnerships:list', {});
    expect(row?.lastExchange).toBe('2026-07-02');
    expect(row?.lastInteraction).toMatchObject({ kind: 'meeting', subject: 'Visit', day: '2026-07-02' });
  });

  it('marks active and dormant partnerships with no exchange for 12 months (or none recorded) as silent', async () => {
    const { f, us, ru } = await withTwoCities('2026-11-28T10:00:00.000Z');
    const third = crypto.randomUUID();
    await f.commit({ type: 'city.create', at: at(), id: third, data: cityData('Toledo', 'US', 'America/New_York') });
    const cases = [
      { status: 'active', lastExchange: '2025-11-28', silent: true },
      { status: 'active', lastExchange: '2025-11-29', silent: false },
      { status: 'dormant', lastExchange: null, silent: true },
      { status: 'ended', lastExchange: '2010-05-01', silent: false },
      { status: 'suspended', lastExchange: null, silent: false },
    ] as const;
    const ids: string[] = [];
    for (const c of cases) {
      const id = crypto.randomUUID();
      ids.push(id);
      await f.commit({ type: 'partnership.create', at: at(), id, data: partnershipData(ids.length % 2 ? us : third, ru, { status: c.status, lastExchange: c.lastExchange }) });
    }
    const rows = await f.call('partnerships:list', {});
    for (const [i, c] of cases.entries()) expect(rows.find((r) => r.partnership.id === ids[i])?.silent, `${c.status} ${c.lastExchange}`).toBe(c.silent);
    // Late on 28 Nov in New York is already the 29th in Moscow, the home zone: "today" follows Moscow.
    f.setNow('2026-11-29T00:30:00.000Z');
    expect((await f.call('partnerships:list', {})).find((r) => r.partnership.id === ids[1])?.silent).toBe(true);
  });

  it('lists the contacts linked to a partnership by name, leaves out the Trash, and counts past the first 50', async () => {
    const { f, us, ru } = await withTwoCities();
    const p = crypto.randomUUID();
    const other = crypto.randomUUID();
    await f.commit({ type: 'partnership.create', at: at(), id: p, data: partnershipData(us, ru) });
    await f.commit({ type: 'partnership.create', at: at(), id: other, data: partnershipData(ru, us) });
    const linked = Array.from({ length: 52 }, (_, i) => createContact({ family: `Name${String(i).padStart(2, '0')}`, partnershipIds: [p] }));
    const trashed = createContact({ family: 'Aaron', partnershipIds: [p, other] });
    await f.commit(...linked, trashed, createContact({ family: 'Unlinked' }));
    await f.commit({ type: 'contact.delete', at: at(), ids: [trashed.id] });
    const rows = await f.call('partnerships:list', {});
    const row = rows.find((r) => r.partnership.id === p);
    expect(row?.contactCount).toBe(52);
    expect(row?.contacts).toHaveLength(50);
    expect(row?.contacts[0]).toEqual({ id: linked[0]?.id, name: 'Name00' });
    expect(row?.contacts.at(-1)?.name).toBe('Name49');
    expect(rows.find((r) => r.partnership.id === other)).toMatchObject({ contacts: [], contactCount: 0 });
  });

  it('counts the partnerships and contacts of each city', async () => {
    const { f, us, ru } = await withTwoCities();
    await f.commit({ type: 'partnership.create', at: at(), id: crypto.randomUUID(), data: partnershipData(us, ru) });
    await f.commit(createContact({ family: 'A', cityIds: [ru] }), createContact({ family: 'B', cityIds: [ru, us] }));
    const rows = await f.call('cities:overview', {});
    expect(rows.map((r) => [r.city.nameLatin, r.partnerships, r.contacts])).toEqual([
      ['Cleveland', 1, 1],
      ['Volgograd', 1, 2],
    ]);
  });
});
