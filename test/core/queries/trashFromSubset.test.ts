import { afterEach, describe, expect, it } from 'vitest';
import { expiredTrash, trashPage } from '../../../electron/core/queries/trashPage';
import type { Command } from '../../../electron/shared/commands/commandSchemas';
import { at, createContact } from '../../helpers/commands';
import { openServiceFixture, type ServiceFixture } from '../../helpers/serviceFixture';

let open: ServiceFixture[] = [];
afterEach(async () => {
  await Promise.all(open.map((f) => f.service.close()));
  open = [];
});

describe('the Trash, from the contacts kept as trashed', () => {
  it('lists what a look at every contact lists, through deletes, restores, purges, undo and redo', async () => {
    const f = await openServiceFixture('2026-11-28T10:00:00.000Z');
    open.push(f);
    const people = ['Орлова', 'Smith', 'Петров', 'Brown', 'Щукина'].map((family) => createContact({ family }));
    await f.commit(...people);
    const id = (n: number) => people[n]?.id ?? '';
    const steps: Command[] = [
      { type: 'contact.delete', at: at(), ids: [id(0), id(1)] },
      { type: 'contact.delete', at: at(), ids: [id(2)] },
      { type: 'contact.restore', at: at(), ids: [id(1)] },
      { type: 'history.undo', at: at() },
      { type: 'history.redo', at: at() },
      { type: 'contact.purge', at: at(), ids: [id(0)], expired: false },
      { type: 'history.undo', at: at() },
    ];
    const everyone = () => trashPage(f.service.store.state, 0, 50);
    for (const step of steps) {
      await f.commit(step);
      expect(await f.call('trash:list', { offset: 0, limit: 50 })).toEqual(everyone());
    }
    expect(everyone().rows.map((row) => row.id).sort()).toEqual([id(0), id(2)].sort());

    // Thirty days on, both are purged (and only they): one undo step.
    f.setNow('2027-01-05T10:00:00.000Z');
    expect(expiredTrash(new Date('2027-01-05T10:00:00.000Z'), Object.values(f.service.store.state.contacts)).sort()).toEqual([id(0), id(2)].sort());
    expect((await f.service.purgeExpiredTrash()).count).toBe(2);
    expect(await f.call('trash:list', { offset: 0, limit: 50 })).toEqual(everyone());
    expect(everyone().total).toBe(0);
    expect(Object.keys(f.service.store.state.contacts).sort()).toEqual([id(1), id(3), id(4)].sort());
  });
});
