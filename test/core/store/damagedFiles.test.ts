// One table of every damaged shape, through the whole store: the damaged file is never
// overwritten but moved (or, for a journal, copied) aside byte for byte, the newest valid backup
// plus the journal after it is loaded, and the user is told which file went where.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NewerSchemaError } from '../../../electron/core/store/NewerSchemaError';
import { Store } from '../../../electron/core/store/Store';
import { WorkspaceService } from '../../../electron/core/workspace/WorkspaceService';
import { createContact } from '../../helpers/commands';
import { tempDir } from '../../helpers/tempDir';
import { damagedShapes } from './damagedShapes';

const resourcesDir = fileURLToPath(new URL('../../../resources', import.meta.url));

/** Store shapes: the whole damagedShapes list plus documents that parse but break the schema. */
const storeShapes: { name: string; bytes: Buffer }[] = [
  ...damagedShapes.map(({ name, bytes }) => ({ name, bytes })),
  { name: 'wrong schema (seq is text)', bytes: Buffer.from('{"schemaVersion":1,"seq":"nine"}') },
  { name: 'wrong schema (no schemaVersion)', bytes: Buffer.from('{"seq":0,"contacts":{}}') },
  { name: 'wrong schema (a contact with no name)', bytes: Buffer.from('{"schemaVersion":1,"seq":1,"contacts":{"x":{"id":"x"}}}') },
];

/** Journal shapes: damage in the middle of the file, with good lines after it. */
const journalShapes: { name: string; damage: (bytes: Buffer, second: number) => Buffer }[] = [
  {
    name: 'a bad CRC mid-journal',
    damage: (bytes, second) => {
      const out = Buffer.from(bytes);
      const crcAt = out.indexOf(0x20, out.indexOf(0x20, second) + 1) + 1;
      out[crcAt] = out[crcAt] === 0x30 ? 0x31 : 0x30;
      return out;
    },
  },
  {
    name: 'NUL bytes mid-journal',
    damage: (bytes, second) => {
      const out = Buffer.from(bytes);
      out.fill(0, second + 30, second + 60);
      return out;
    },
  },
  {
    name: 'a line cut short mid-journal',
    damage: (bytes, second) => {
      const end = bytes.indexOf(0x0a, second);
      return Buffer.concat([bytes.subarray(0, second + 25), bytes.subarray(end)]);
    },
  },
  {
    name: 'a foreign line mid-journal',
    damage: (bytes, second) => Buffer.concat([bytes.subarray(0, second), Buffer.from('hello world\n'), bytes.subarray(second)]),
  },
];

/** Simulates the process dying: nothing is flushed or closed, and the lock's owner is gone. */
const crash = (dir: string) => rm(join(dir, 'liaison.lock'), { force: true });
const families = (store: Store) => Object.values(store.state.contacts).map((c) => c.family).sort();

/** A folder with one contact in a backup (after a compaction) and three more in the journal after it. */
async function seeded(): Promise<string> {
  const dir = await tempDir();
  const store = await Store.open({ dir, owner: 'app' });
  await store.commit([createContact({ family: 'InBackup', given: 'B' })]);
  await store.compact();
  await store.commit([createContact({ family: 'InJournal', given: 'J' })]);
  await store.commit([createContact({ family: 'AlsoInJournal', given: 'J' })]);
  await store.commit([createContact({ family: 'LastInJournal', given: 'J' })]);
  await crash(dir);
  return dir;
}

describe('damaged stores and journals', () => {
  it.each(storeShapes)('liaison.json: $name', async ({ bytes }) => {
    const dir = await seeded();
    await writeFile(join(dir, 'liaison.json'), bytes);
    const service = await WorkspaceService.open({ dir, owner: 'app', resourcesDir });
    const [moved] = await readdir(join(dir, 'damaged'));
    const movedTo = join(dir, 'damaged', moved ?? '');
    expect(await readFile(movedTo)).toEqual(bytes);
    // The newest valid backup plus the journal after it.
    expect(families(service.store)).toEqual(['AlsoInJournal', 'InBackup', 'InJournal', 'LastInJournal']);
    const told = service.status().recovery ?? '';
    expect(told).toContain(`it was moved to ${movedTo}`);
    expect(told).toMatch(/the backup from .+ was loaded/);
    await service.close();
    // What was recovered is saved: the next open finds a sound store and says nothing.
    const again = await Store.open({ dir, owner: 'app' });
    expect(again.report.recovery).toBeNull();
    expect(families(again)).toEqual(['AlsoInJournal', 'InBackup', 'InJournal', 'LastInJournal']);
    await again.close();
  });

  it.each(journalShapes)('journal: $name', async ({ damage }) => {
    const dir = await seeded();
    const [name] = (await readdir(dir)).filter((n) => n.startsWith('journal-'));
    const path = join(dir, name ?? '');
    const original = await readFile(path);
    // Damage the second of three lines: the first survives, the third cannot be trusted after it.
    const bytes = damage(original, original.indexOf(0x0a) + 1);
    await writeFile(path, bytes);
    const store = await Store.open({ dir, owner: 'app' });
    // Everything before the damage is kept, nothing after it is guessed at.
    expect(families(store)).toEqual(['InBackup', 'InJournal']);
    expect(store.journalNotice).toMatch(/^A damaged line in journal-\d+\.log .* A copy of the journal is kept in /);
    const [kept] = (await readdir(join(dir, 'damaged'))).filter((n) => n.endsWith('.log'));
    expect(await readFile(join(dir, 'damaged', kept ?? ''))).toEqual(bytes);
    await store.commit([createContact({ family: 'After', given: 'A' })]);
    await store.close();
    const again = await Store.open({ dir, owner: 'app' });
    expect(families(again)).toEqual(['After', 'InBackup', 'InJournal']);
    expect(again.journalNotice).toBeNull();
    await again.close();
  });

  it('a newer schemaVersion: nothing is opened or moved, and the message names the version needed', async () => {
    const dir = await seeded();
    const newer = Buffer.from(JSON.stringify({ schemaVersion: 3, seq: 99, contacts: {} }));
    await writeFile(join(dir, 'liaison.json'), newer);
    const before = new Map<string, Buffer>();
    for (const n of await readdir(dir, { recursive: true })) before.set(n, await readFile(join(dir, n)).catch(() => Buffer.alloc(0)));
    await expect(Store.open({ dir, owner: 'app' })).rejects.toBeInstanceOf(NewerSchemaError);
    await expect(Store.open({ dir, owner: 'app' })).rejects.toThrow(/schema version 3.*Install a newer Liaison/);
    const after = new Map<string, Buffer>();
    for (const n of await readdir(dir, { recursive: true })) after.set(n, await readFile(join(dir, n)).catch(() => Buffer.alloc(0)));
    expect(after).toEqual(before);
  });
});
