import { afterEach, describe, expect, it } from 'vitest';
import { TagCounts } from '../../../electron/core/queries/TagCounts';
import { CommandSchema, type Command } from '../../../electron/shared/commands/commandSchemas';
import type { TagCount } from '../../../electron/shared/contracts/contactSelectionChannels';
import { ContactInputSchema, type Contact, type ContactInput } from '../../../electron/shared/schemas/contact';
import type { Workspace } from '../../../electron/shared/schemas/workspace';
import { at, createContact } from '../../helpers/commands';
import { openServiceFixture, type ServiceFixture } from '../../helpers/serviceFixture';

let open: ServiceFixture[] = [];
afterEach(async () => {
  await Promise.all(open.map((f) => f.service.close()));
  open = [];
});

/**
 * Counted the slow way, written apart from TagCounts: every contact outside the Trash, tags folded
 * by case, each shown in its most used spelling (a tie to the first in code-point order).
 */
function recount(ws: Readonly<Workspace>): TagCount[] {
  const byTag = new Map<string, Map<string, number>>();
  for (const contact of Object.values(ws.contacts)) {
    if (contact.deletedAt) continue;
    for (const tag of contact.tags) {
      const spellings = byTag.get(tag.toLocaleLowerCase()) ?? new Map<string, number>();
      spellings.set(tag, (spellings.get(tag) ?? 0) + 1);
      byTag.set(tag.toLocaleLowerCase(), spellings);
    }
  }
  const collator = new Intl.Collator(['ru', 'en'], { sensitivity: 'base', numeric: true });
  return [...byTag.values()]
    .map((spellings) => {
      const ranked = [...spellings].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1));
      return { tag: ranked[0]?.[0] ?? '', count: [...spellings.values()].reduce((x, y) => x + y, 0) };
    })
    .sort((a, b) => b.count - a.count || collator.compare(a.tag, b.tag));
}

function update(contact: Contact, change: Partial<ContactInput>): Command {
  const data: Record<string, unknown> = { ...contact, ...change };
  for (const bookkeeping of ['id', 'rev', 'createdAt', 'updatedAt', 'deletedAt']) delete data[bookkeeping];
  return { type: 'contact.update', at: at(), id: contact.id, data: data as Extract<Command, { type: 'contact.update' }>['data'] };
}

describe('the tag counts follow every change without counting every contact again', () => {
  it('match a full recount after adds, edits, the Trash, purge, bulk tags, merge, import, undo and redo', async () => {
    const f = await openServiceFixture();
    open.push(f);
    const [a, b, c, d] = [
      createContact({ family: 'Орлова', tags: ['Volga', 'partners'] }),
      createContact({ family: 'Smith', tags: ['volga'] }),
      createContact({ family: 'Петров', tags: ['Дума'] }),
      createContact({ family: 'Ivanova' }),
    ];
    await f.commit(a, b, c, d);
    const contact = (id: string) => f.service.store.state.contacts[id] as Contact;
    const steps: (() => Command)[] = [
      () => update(contact(b.id), { tags: ['volga', 'Partners'] }),
      // An edit that leaves the tags alone.
      () => update(contact(a.id), { title: 'Mayor' }),
      () => createContact({ family: 'Борисов', tags: ['VOLGA', 'дума'] }),
      () => ({ type: 'contact.delete', at: at(), ids: [a.id] }),
      () => ({ type: 'history.undo', at: at() }),
      () => ({ type: 'history.redo', at: at() }),
      () => ({ type: 'contact.restore', at: at(), ids: [a.id] }),
      () => ({ type: 'contact.bulkTag', at: at(), ids: [c.id, d.id], tag: 'volga' }),
      () => ({ type: 'contact.bulkUntag', at: at(), ids: [a.id, b.id, c.id], tag: 'Volga' }),
      () => ({ type: 'history.undo', at: at() }),
      () => ({ type: 'contact.delete', at: at(), ids: [c.id] }),
      () => ({ type: 'contact.purge', at: at(), ids: [c.id], expired: false }),
      () =>
        CommandSchema.parse({
        type: 'contact.import',
        at: at(),
        source: 'people.vcf',
        creates: [{ id: crypto.randomUUID(), family: 'Kuznetsov', tags: ['imported', 'Partners'] }],
        merges: [{ id: d.id, fill: {}, add: { tags: ['imported'] } }],
      }),
      () => ({ type: 'history.undo', at: at() }),
      () => ({ type: 'history.redo', at: at() }),
      () => ({ type: 'contact.merge', at: at(), survivorId: d.id, mergedId: b.id, fields: { ...ContactInputSchema.parse(contact(d.id)), tags: ['merged', 'Partners'] } }),
      () => ({ type: 'history.undo', at: at() }),
    ];
    expect(await f.call('contacts:tags', {})).toEqual(recount(f.service.store.state));
    for (const step of steps) {
      await f.commit(step());
      const counted = await f.call('contacts:tags', {});
      expect(counted).toEqual(recount(f.service.store.state));
      // And what a fresh count of the same workspace gives.
      expect(counted).toEqual(new TagCounts(() => f.service.store.state).list());
    }
    expect(await f.call('contacts:tags', {})).toContainEqual({ tag: 'imported', count: 2 });
  });

  it('counts afresh after a change it was not told of, and says nothing before the first request', async () => {
    const f = await openServiceFixture();
    open.push(f);
    const tags = new TagCounts(() => f.service.store.state);
    // Not told of anything: each answer must still be the workspace's own.
    await f.commit(createContact({ family: 'One', tags: ['a'] }));
    expect(tags.list()).toEqual([{ tag: 'a', count: 1 }]);
    await f.commit(createContact({ family: 'Two', tags: ['A', 'b'] }));
    expect(tags.list()).toEqual(recount(f.service.store.state));
  });
});
