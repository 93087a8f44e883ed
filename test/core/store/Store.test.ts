import { describe, expect, it } from 'vitest';
import { ContactInputSchema } from '../../../electron/shared/schemas/contact';
import { CommandError } from '../../../electron/core/commands/CommandError';
import type { FsOps } from '../../../electron/core/store/FsOps';
import { NotSavedError } from '../../../electron/core/store/NotSavedError';
import { Store } from '../../../electron/core/store/Store';
import { at, createContact } from '../../helpers/commands';
import { diskState } from '../../helpers/diskState';
import { tempDir } from '../../helpers/tempDir';
import { wrapHandles } from '../../helpers/wrapHandles';

const onDisk = diskState;

const open = (dir: string, fs?: FsOps) => Store.open({ dir, owner: 'app', fs });

/** A Russian city and a contact living there, created in one commit. */
async function commitContactInNewCity(store: Store, city: { nameLatin: string; nameCyrillic: string; zone: string }) {
  const cityId = crypto.randomUUID();
  const contact = createContact({ family: 'Orlova', given: 'Olga', cityIds: [cityId] });
  await store.commit([{ type: 'city.create', at: at(), id: cityId, data: { ...city, region: '', country: 'RU' } }, contact]);
  return { cityId, contact };
}

describe('Store', () => {
  it('acknowledges a commit only once it is on disk, and a new store reads it back', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const cmd = createContact({ family: 'Иванова', given: 'Мария', patronymic: 'Петровна', gender: 'female' });
    await store.commit([cmd]);
    expect((await onDisk(dir)).contacts[cmd.id]?.family).toBe('Иванова');
    await store.close();
    const again = await open(dir);
    expect(again.state.contacts[cmd.id]?.given).toBe('Мария');
    await again.close();
  });

  it('touches only the records a command names and stamps them with the sequence number', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const a = createContact({ family: 'Smith', given: 'John' });
    const b = createContact({ family: 'Jones', given: 'Mary' });
    await store.commit([a]);
    await store.commit([b]);
    const data = ContactInputSchema.parse({ family: 'Smith', given: 'Jonathan' });
    const { seq } = await store.commit([{ type: 'contact.update', at: at(), id: a.id, data }]);
    expect(store.state.contacts[a.id]?.rev).toBe(seq);
    expect(store.state.contacts[b.id]?.rev).toBe(seq - 1);
    expect(store.state.contacts[a.id]?.given).toBe('Jonathan');
    await store.close();
  });

  it('undoes and redoes across restarts, from the history kept on disk', async () => {
    const dir = await tempDir();
    let store = await open(dir);
    const cmd = createContact({ family: 'Петров', given: 'Пётр' });
    await store.commit([cmd]);
    await store.commit([{ type: 'contact.update', at: at(), id: cmd.id, data: ContactInputSchema.parse({ family: 'Петров', given: 'Павел' }) }]);
    await store.close();

    store = await open(dir);
    await store.commit([{ type: 'history.undo', at: at() }]);
    expect(store.state.contacts[cmd.id]?.given).toBe('Пётр');
    await store.close();

    store = await open(dir);
    await store.commit([{ type: 'history.undo', at: at() }]);
    expect(store.state.contacts[cmd.id]).toBeUndefined();
    expect((await onDisk(dir)).contacts[cmd.id]).toBeUndefined();
    await store.commit([{ type: 'history.redo', at: at() }]);
    await store.commit([{ type: 'history.redo', at: at() }]);
    expect(store.state.contacts[cmd.id]?.given).toBe('Павел');
    await store.close();
    expect((await onDisk(dir)).contacts[cmd.id]?.family).toBe('Петров');
  });

  it('keeps at least 50 undo steps', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) {
      const cmd = createContact({ family: `Family${i}`, given: 'X' });
      ids.push(cmd.id);
      await store.commit([cmd]);
    }
    for (let i = 0; i < 55; i++) await store.commit([{ type: 'history.undo', at: at() }]);
    expect(Object.keys(store.state.contacts)).toHaveLength(5);
    await store.close();
  });

  it('refuses to undo with a sentence when the records changed since, and changes nothing', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const cmd = createContact({ family: 'Сидоров', given: 'Иван' });
    await store.commit([cmd]);
    // Another writer changed the record outside this history (simulated: bump its rev).
    const record = store.state.contacts[cmd.id];
    if (!record) throw new Error('missing');
    record.rev = 999;
    const before = JSON.stringify(store.state);
    await expect(store.commit([{ type: 'history.undo', at: at() }])).rejects.toThrow(/changed again since/);
    expect(JSON.stringify(store.state)).toBe(before);
    await store.close();
  });

  it('says so when there is nothing to undo', async () => {
    const store = await open(await tempDir());
    await expect(store.commit([{ type: 'history.undo', at: at() }])).rejects.toMatchObject({ code: 'nothing-to-undo' });
    await store.close();
  });

  it('applies a batch atomically: a refused command leaves nothing of the batch behind', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const ok = createContact({ family: 'Good', given: 'One' });
    const bad = { type: 'contact.update' as const, at: at(), id: crypto.randomUUID(), data: ContactInputSchema.parse({ family: 'Ghost' }) };
    await expect(store.commit([ok, bad])).rejects.toBeInstanceOf(CommandError);
    expect(store.state.contacts[ok.id]).toBeUndefined();
    expect(store.state.history.undo).toHaveLength(0);
    expect(store.state.seq).toBe(0);
    await store.close();
  });

  it('makes one commit of several commands a single undo step', async () => {
    const store = await open(await tempDir());
    const { cityId, contact } = await commitContactInNewCity(store, { nameLatin: 'Volgograd', nameCyrillic: 'Волгоград', zone: 'Europe/Volgograd' });
    expect(store.state.history.undo).toHaveLength(1);
    await store.commit([{ type: 'history.undo', at: at() }]);
    expect(store.state.cities[cityId]).toBeUndefined();
    expect(store.state.contacts[contact.id]).toBeUndefined();
    await store.close();
  });

  it('deleting a contact moves it to the Trash with its city link; undo takes it out again', async () => {
    const store = await open(await tempDir());
    const { cityId, contact } = await commitContactInNewCity(store, { nameLatin: 'Tula', nameCyrillic: 'Тула', zone: 'Europe/Moscow' });
    await store.commit([{ type: 'contact.delete', at: at(), ids: [contact.id] }]);
    expect(store.state.contacts[contact.id]?.deletedAt).toBeTruthy();
    expect(store.state.contacts[contact.id]?.cityIds).toEqual([cityId]);
    await store.commit([{ type: 'history.undo', at: at() }]);
    expect(store.state.contacts[contact.id]?.deletedAt ?? null).toBeNull();
    expect(store.state.contacts[contact.id]?.cityIds).toEqual([cityId]);
    await store.close();
  });

  it('rejects with "Not saved" on a full disk, keeps the change, and saves it with the next commit', async () => {
    const dir = await tempDir();
    let full = false;
    const fs = wrapHandles((handle) => ({
      write: (data, position) => (full ? Promise.reject(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })) : handle.write(data, position)),
    }));
    const store = await open(dir, fs);
    const first = createContact({ family: 'Acknowledged', given: 'A' });
    await store.commit([first]);
    full = true;
    const second = createContact({ family: 'Pending', given: 'B' });
    const failure = store.commit([second]);
    await expect(failure).rejects.toBeInstanceOf(NotSavedError);
    await expect(failure).rejects.toThrow(/disk is full/);
    expect(store.saveState.status).toBe('not-saved');
    expect((await onDisk(dir)).contacts[first.id]).toBeDefined();
    expect((await onDisk(dir)).contacts[second.id]).toBeUndefined();
    full = false;
    const third = createContact({ family: 'Later', given: 'C' });
    await store.commit([third]);
    const disk = await onDisk(dir);
    expect(Object.keys(disk.contacts).sort()).toEqual([first.id, second.id, third.id].sort());
    expect(store.saveState.status).toBe('saved');
    await store.close();
  });

  it('groups commits that arrive together into fewer fdatasyncs, each acknowledged after its data is on disk', async () => {
    const dir = await tempDir();
    let syncs = 0;
    const fs = wrapHandles((handle) => ({
      datasync: async () => {
        syncs++;
        await handle.datasync();
      },
    }));
    const store = await open(dir, fs);
    await store.commit([createContact({ family: 'First', given: 'X' })]);
    const before = syncs;
    const cmds = Array.from({ length: 20 }, (_, i) => createContact({ family: `Batch${i}`, given: 'X' }));
    await Promise.all(cmds.map((c) => store.commit([c])));
    expect(syncs - before).toBeLessThan(20);
    expect(Object.keys((await onDisk(dir)).contacts)).toHaveLength(21);
    await store.close();
  });

  it('opens read-only without a lock and refuses to write', async () => {
    const dir = await tempDir();
    const writer = await open(dir);
    await writer.commit([createContact({ family: 'Reader', given: 'R' })]);
    const reader = await Store.open({ dir, owner: 'cli', readOnly: true });
    expect(Object.keys(reader.state.contacts)).toHaveLength(1);
    await expect(reader.commit([createContact({ family: 'No', given: 'N' })])).rejects.toThrow(/read-only/);
    await reader.close();
    await writer.close();
  });

  it('lets a second writer in only after the first closes', async () => {
    const dir = await tempDir();
    const first = await open(dir);
    await expect(Store.open({ dir, owner: 'cli' })).rejects.toThrow(/already open/);
    await first.close();
    const second = await Store.open({ dir, owner: 'cli' });
    await second.close();
  });
});
