import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildSampleCommand } from '../../../electron/core/sample/buildSampleCommand';
import { Store } from '../../../electron/core/store/Store';
import { CommandSchema } from '../../../electron/shared/commands/commandSchemas';
import { ContactInputSchema } from '../../../electron/shared/schemas/contact';
import { InteractionInputSchema } from '../../../electron/shared/schemas/interaction';
import { diskState } from '../../helpers/diskState';
import { tempDir } from '../../helpers/tempDir';

const csv = await readFile(new URL('../../../resources/sample/us-russia-sister-cities.csv', import.meta.url), 'utf8');
const OPENED = '2026-11-28T10:00:00.000Z';
const at = (minute: number) => `2026-11-28T11:${String(minute).padStart(2, '0')}:00.000Z`;
const count = (table: unknown) => Object.keys(table as object).length;

describe('Remove example data', () => {
  it('removes in one undo step what the sample added, keeping what the user edited or uses, and says how many and why', async () => {
    const dir = await tempDir();
    const store = await Store.open({ dir, owner: 'app' });
    await store.commit([buildSampleCommand(csv, OPENED)]);
    const contacts = Object.values(store.state.contacts);
    const anna = contacts.find((c) => c.familyLatin === 'Obraztsova');
    const jordan = contacts.find((c) => c.givenLatin === 'Jordan');
    const riley = contacts.find((c) => c.givenLatin === 'Riley');
    if (!anna || !jordan || !riley) throw new Error('the sample lost its people');
    // The user edits Anna, logs a call of their own with Jordan, and adds a contact of their own.
    const mine = crypto.randomUUID();
    const call = crypto.randomUUID();
    await store.commit([CommandSchema.parse({ type: 'contact.update', at: at(1), id: anna.id, data: ContactInputSchema.parse({ ...anna, title: 'Head of international relations' }) })]);
    await store.commit([
      CommandSchema.parse({ type: 'contact.create', at: at(2), id: mine, data: ContactInputSchema.parse({ family: 'Петрова', given: 'Ольга' }) }),
      CommandSchema.parse({ type: 'interaction.create', at: at(2), id: call, data: InteractionInputSchema.parse({ kind: 'call', at: at(2), zone: 'Europe/Moscow', subject: 'My own call', contactIds: [jordan.id] }) }),
    ]);
    const before = await diskState(dir);

    const result = await store.commit([{ type: 'sample.remove', at: at(3) }]);
    // Kept: Anna (edited); linked: Jordan (my call) and his organisation, Anna's partnership,
    // its two cities and its US coordinator Riley (the partnership kept still names him).
    expect(result.summaries).toEqual(['Remove example data (235 records; 7 kept: 1 you edited, 6 your records use)']);
    await store.close();

    const after = await diskState(dir);
    expect(Object.keys(after.contacts).sort()).toEqual([anna.id, jordan.id, riley.id, mine].sort());
    expect(after.contacts[anna.id]?.title).toBe('Head of international relations');
    expect(Object.values(after.cities).map((c) => c.nameLatin).sort()).toEqual(['Cleveland', 'Volgograd']);
    expect(Object.values(after.partnerships as object)).toHaveLength(1);
    expect(Object.values(after.organizations as object).map((o: { name: string }) => o.name)).toEqual(['Sister Cities International']);
    expect(Object.keys(after.interactions as object)).toEqual([call]);
    for (const kind of ['conferences', 'candidacies', 'milestones', 'tasks', 'participants', 'programItems']) expect(count(after[kind]), kind).toBe(0);

    // One undo brings every record back, as it was.
    const reopened = await Store.open({ dir, owner: 'app' });
    await reopened.commit([{ type: 'history.undo', at: at(4) }]);
    await reopened.close();
    const undone = await diskState(dir);
    for (const kind of ['contacts', 'cities', 'partnerships', 'organizations', 'conferences', 'candidacies', 'interactions', 'milestones', 'tasks', 'participants', 'programItems']) {
      expect(undone[kind], kind).toEqual(before[kind]);
    }
  });

  it('refuses with a sentence when there is nothing left to remove, and changes nothing', async () => {
    const dir = await tempDir();
    const store = await Store.open({ dir, owner: 'app' });
    await store.commit([buildSampleCommand(csv, OPENED)]);
    await store.commit([{ type: 'sample.remove', at: at(1) }]);
    const seq = store.state.seq;
    await expect(store.commit([{ type: 'sample.remove', at: at(2) }])).rejects.toThrow('There is no example data left to remove.');
    await store.close();
    const after = await diskState(dir);
    expect(after.seq).toBe(seq);
    expect([count(after.contacts), count(after.cities), count(after.conferences)]).toEqual([0, 0, 0]);
  });
});
