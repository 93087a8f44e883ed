import { afterEach, describe, expect, it } from 'vitest';
import type { Interaction } from '../../../electron/shared/schemas/interaction';
import { InteractionInputSchema } from '../../../electron/shared/schemas/interaction';
import { ContactInputSchema, type ContactInput } from '../../../electron/shared/schemas/contact';
import { ConferenceInputSchema } from '../../../electron/shared/schemas/conference';
import { ParticipantInputSchema } from '../../../electron/shared/schemas/participant';
import { at, createContact } from '../../helpers/commands';
import { diskState } from '../../helpers/diskState';
import { cityData, openServiceFixture, partnershipData, type ServiceFixture } from '../../helpers/serviceFixture';

let open: ServiceFixture[] = [];
afterEach(async () => {
  await Promise.all(open.map((f) => f.service.close()));
  open = [];
});

async function fixture(now?: string) {
  const f = await openServiceFixture(now);
  open.push(f);
  return f;
}

const undo = (f: ServiceFixture) => f.commit({ type: 'history.undo', at: at() });
const comparable = (f: ServiceFixture) => structuredClone({ ...f.service.store.state, history: null, seq: null });

async function seedContacts(f: ServiceFixture, ...data: ContactInput[]) {
  const commands = data.map((d) => createContact(d));
  await f.commit(...commands);
  return commands.map((c) => c.id);
}

describe('the Trash', () => {
  it('contact.delete moves contacts to the Trash, keeping every link; lists and search skip them; restore brings them back', async () => {
    const f = await fixture();
    const cityId = crypto.randomUUID();
    await f.commit({ type: 'city.create', at: at(), id: cityId, data: cityData('Tula', 'RU', 'Europe/Moscow', 'Тула') });
    const [id = ''] = await seedContacts(f, { family: 'Орлова', given: 'Ольга', cityIds: [cityId], tags: ['volga'] });
    const { summaries } = await f.commit({ type: 'contact.delete', at: at(), ids: [id] });
    expect(summaries).toEqual(['Delete contact Орлова Ольга']);
    const trashed = f.service.store.state.contacts[id];
    expect(trashed?.deletedAt).toMatch(/^\d{4}-/);
    expect(trashed?.cityIds).toEqual([cityId]);
    expect((await diskState(f.dir)).contacts[id]?.deletedAt).toBe(trashed?.deletedAt);

    expect((await f.call('contacts:list', {})).total).toBe(0);
    expect((await f.call('contacts:list', { query: 'Orlova' })).total).toBe(0);
    expect((await f.call('contacts:tags', {}))).toEqual([]);
    const trash = await f.call('trash:list', {});
    expect(trash.rows.map((r) => r.name)).toEqual(['Орлова Ольга']);

    const restored = await f.commit({ type: 'contact.restore', at: at(), ids: [id] });
    expect(restored.summaries).toEqual(['Restore contact Орлова Ольга']);
    expect(f.service.store.state.contacts[id]?.deletedAt).toBeNull();
    expect((await f.call('contacts:list', { query: 'Orlova' })).rows.map((r) => r.id)).toEqual([id]);
    expect((await f.call('trash:list', {})).total).toBe(0);
  });

  it('undo of a delete takes the contact out of the Trash again', async () => {
    const f = await fixture();
    const [id = ''] = await seedContacts(f, { family: 'Smith', given: 'John' });
    await f.commit({ type: 'contact.delete', at: at(), ids: [id] });
    await undo(f);
    expect(f.service.store.state.contacts[id]?.deletedAt ?? null).toBeNull();
    expect((await f.call('contacts:list', { query: 'Smith' })).total).toBe(1);
  });

  it('contact.purge deletes for good through the reference registry, refuses contacts not in the Trash, and undo restores everything', async () => {
    const f = await fixture();
    const [keep = '', gone = ''] = await seedContacts(f, { family: 'Keeper', given: 'K' }, { family: 'Gone', given: 'G' });
    const us = crypto.randomUUID();
    const ru = crypto.randomUUID();
    const partnership = crypto.randomUUID();
    const conference = crypto.randomUUID();
    const participant = crypto.randomUUID();
    const interaction = crypto.randomUUID();
    await f.commit(
      { type: 'city.create', at: at(), id: us, data: cityData('Cleveland', 'US', 'America/New_York') },
      { type: 'city.create', at: at(), id: ru, data: cityData('Volgograd', 'RU', 'Europe/Volgograd', 'Волгоград') },
      { type: 'partnership.create', at: at(), id: partnership, data: partnershipData(us, ru, { usCoordinatorIds: [gone, keep] }) },
      { type: 'interaction.create', at: at(), id: interaction, data: InteractionInputSchema.parse({ kind: 'call', at: at(), zone: 'Europe/Moscow', contactIds: [gone, keep] }) },
    );
    // A participation needs a conference; the negotiations feature owns its commands, so the record
    // is written straight into the workspace here, as a participant of the contact to be purged.
    f.service.store.state.conferences[conference] = { ...ConferenceInputSchema.parse({ name: 'Summit' }), id: conference, rev: 0, createdAt: at(), updatedAt: at() };
    f.service.store.state.participants[participant] = { ...ParticipantInputSchema.parse({ conferenceId: conference, contactId: gone }), id: participant, rev: 0, createdAt: at(), updatedAt: at() };

    await expect(f.commit({ type: 'contact.purge', at: at(), ids: [gone], expired: false })).rejects.toThrow('G Gone is not in the Trash; only contacts in the Trash can be deleted forever. Nothing was changed.');
    await f.commit({ type: 'contact.delete', at: at(), ids: [gone] });
    const before = comparable(f);
    const { summaries } = await f.commit({ type: 'contact.purge', at: at(), ids: [gone], expired: false });
    expect(summaries).toEqual(['Delete contact G Gone forever']);
    const ws = f.service.store.state;
    expect(ws.contacts[gone]).toBeUndefined();
    expect(ws.partnerships[partnership]?.usCoordinatorIds).toEqual([keep]);
    expect((ws.interactions[interaction] as Interaction).contactIds).toEqual([keep]);
    expect(ws.participants[participant]).toBeUndefined();
    await undo(f);
    expect(comparable(f)).toEqual(before);
  });

  it('empties contacts kept over 30 days when asked, as one undo step, and leaves newer ones', async () => {
    const f = await fixture('2026-10-01T12:00:00.000Z');
    const [old = '', recent = ''] = await seedContacts(f, { family: 'Old', given: 'O' }, { family: 'Recent', given: 'R' });
    await f.commit({ type: 'contact.delete', at: '2026-10-01T12:00:00.000Z', ids: [old] });
    await f.commit({ type: 'contact.delete', at: '2026-11-20T12:00:00.000Z', ids: [recent] });
    f.setNow('2026-11-28T10:00:00.000Z');
    const result = await f.call('trash:purgeExpired', {});
    expect(result.count).toBe(1);
    expect(f.service.store.state.contacts[old]).toBeUndefined();
    expect(f.service.store.state.contacts[recent]?.deletedAt).toBe('2026-11-20T12:00:00.000Z');
    expect(f.service.historyStatus().undo).toBe('Empty 1 contact kept over 30 days from the Trash');
    expect((await f.call('trash:purgeExpired', {})).count).toBe(0);
    expect(f.service.historyStatus().undo).toBe('Empty 1 contact kept over 30 days from the Trash');
  });
});

describe('bulk actions', () => {
  it('tags every contact matching a query, minus the exclusions, as one command and one undo step', async () => {
    const f = await fixture();
    const ids = await seedContacts(
      f,
      { family: 'Иванов', given: 'Пётр', tags: ['Volga'] },
      { family: 'Иванова', given: 'Мария' },
      { family: 'Ivanenko', given: 'Oleg' },
      { family: 'Smith', given: 'John' },
    );
    const [ivanov = '', ivanova = '', ivanenko = ''] = ids;
    const depth = f.service.historyStatus().depth;
    const result = await f.call('contacts:bulk', { selection: { mode: 'query', query: 'Ivan', exclude: [ivanenko] }, action: { kind: 'tag', tag: 'volga' } });
    expect(result.count).toBe(2);
    expect(result.summaries).toEqual(['Add tag “volga” to 2 contacts']);
    expect(f.service.historyStatus().depth).toBe(depth + 1);
    const ws = f.service.store.state;
    expect(ws.contacts[ivanov]?.tags).toEqual(['Volga']);
    expect(ws.contacts[ivanova]?.tags).toEqual(['volga']);
    expect(ws.contacts[ivanenko]?.tags).toEqual([]);
    expect((await f.call('contacts:list', { tags: ['VOLGA'] })).total).toBe(2);

    const untag = await f.call('contacts:bulk', { selection: { mode: 'query', query: '', tags: ['volga'] }, action: { kind: 'untag', tag: 'Volga' } });
    expect(untag.count).toBe(2);
    expect(f.service.store.state.contacts[ivanov]?.tags).toEqual([]);
    await undo(f);
    expect(f.service.store.state.contacts[ivanov]?.tags).toEqual(['Volga']);
    await undo(f);
    expect(f.service.store.state.contacts[ivanova]?.tags).toEqual([]);
  });

  it('moves a selection to the Trash in one step, copies preferred emails once, and refuses an empty selection with a sentence', async () => {
    const f = await fixture();
    const [a = '', b = '', c = ''] = await seedContacts(
      f,
      { family: 'A', given: 'A', emails: [{ value: 'a@x.org' }, { value: 'A.pref@x.org', preferred: true }] },
      { family: 'B', given: 'B', emails: [{ value: 'a.PREF@x.org' }] },
      { family: 'C', given: 'C' },
    );
    const emails = await f.call('contacts:emails', { selection: { mode: 'ids', ids: [a, b, c] } });
    expect(emails).toEqual({ emails: ['A.pref@x.org'], withoutEmail: 1, count: 3 });
    const deleted = await f.call('contacts:bulk', { selection: { mode: 'ids', ids: [a, b] }, action: { kind: 'delete' } });
    expect(deleted.summaries).toEqual(['Delete 2 contacts']);
    expect((await f.call('trash:list', {})).total).toBe(2);
    await expect(f.call('contacts:bulk', { selection: { mode: 'ids', ids: [a] }, action: { kind: 'delete' } })).rejects.toThrow(
      'No contact is selected any more; select contacts in the list and try again.',
    );
  });

  it('gives the ids of one stretch of the list for a Shift-click range', async () => {
    const f = await fixture();
    await seedContacts(f, ...['Б', 'А', 'Г', 'В'].map((family) => ({ family, given: 'X' })));
    // The Russian window's order: А–Я as the alphabet runs.
    await f.call('settings:set', { locale: 'ru' });
    const ids = await f.call('contacts:ids', { offset: 1, limit: 2 });
    const names = ids.map((id) => f.service.store.state.contacts[id]?.family);
    expect(names).toEqual(['Б', 'В']);
  });
});

describe('merge', () => {
  it('re-points every reference to the survivor, takes the chosen fields, and undo restores both exactly', async () => {
    const f = await fixture();
    const [survivor = '', merged = ''] = await seedContacts(
      f,
      { family: 'Иванова', given: 'Мария', emails: [{ value: 'm@volgadmin.ru' }] },
      { family: 'Ivanova', given: 'Maria', emails: [{ value: 'M@volgadmin.ru' }], phones: [{ value: '+7 8442 12-34-56' }] },
    );
    const us = crypto.randomUUID();
    const ru = crypto.randomUUID();
    const partnership = crypto.randomUUID();
    const shared = crypto.randomUUID();
    const own = crypto.randomUUID();
    await f.commit(
      { type: 'city.create', at: at(), id: us, data: cityData('Cleveland', 'US', 'America/New_York') },
      { type: 'city.create', at: at(), id: ru, data: cityData('Volgograd', 'RU', 'Europe/Volgograd', 'Волгоград') },
      { type: 'partnership.create', at: at(), id: partnership, data: partnershipData(us, ru, { ruCoordinatorIds: [merged] }) },
      { type: 'interaction.create', at: at(), id: shared, data: InteractionInputSchema.parse({ kind: 'meeting', at: at(), zone: 'Europe/Volgograd', contactIds: [merged, survivor] }) },
      { type: 'interaction.create', at: at(), id: own, data: InteractionInputSchema.parse({ kind: 'email', at: at(), zone: 'Europe/Moscow', contactIds: [merged] }) },
    );
    const before = comparable(f);
    const survivorBefore = f.service.store.state.contacts[survivor];
    const fields = ContactInputSchema.parse({
      ...survivorBefore,
      phones: [{ value: '+7 8442 12-34-56' }],
      cityIds: [ru],
    });
    const { summaries } = await f.commit({ type: 'contact.merge', at: at(), survivorId: survivor, mergedId: merged, fields });
    expect(summaries).toEqual(['Merge Maria Ivanova into Иванова Мария']);
    const ws = f.service.store.state;
    expect(ws.contacts[merged]).toBeUndefined();
    expect(ws.contacts[survivor]?.phones.map((p) => p.value)).toEqual(['+7 8442 12-34-56']);
    expect(ws.partnerships[partnership]?.ruCoordinatorIds).toEqual([survivor]);
    expect(ws.interactions[shared]?.contactIds).toEqual([survivor]);
    expect(ws.interactions[own]?.contactIds).toEqual([survivor]);
    expect((await f.call('interactions:list', { contactId: survivor })).length).toBe(2);

    await undo(f);
    expect(comparable(f)).toEqual(before);
    const disk = await diskState(f.dir);
    expect(disk.contacts[merged]?.family).toBe('Ivanova');
    expect((disk.interactions as Record<string, Interaction>)[own]?.contactIds).toEqual([merged]);
  });

  it('refuses to merge a contact with itself or one in the Trash, changing nothing', async () => {
    const f = await fixture();
    const [a = '', b = ''] = await seedContacts(f, { family: 'A', given: 'A' }, { family: 'B', given: 'B' });
    const fields = ContactInputSchema.parse({ family: 'A' });
    await expect(f.commit({ type: 'contact.merge', at: at(), survivorId: a, mergedId: a, fields })).rejects.toThrow('A contact cannot be merged with itself');
    await f.commit({ type: 'contact.delete', at: at(), ids: [b] });
    const before = comparable(f);
    await expect(f.commit({ type: 'contact.merge', at: at(), survivorId: a, mergedId: b, fields })).rejects.toThrow('restore it before merging');
    expect(comparable(f)).toEqual(before);
  });
});
