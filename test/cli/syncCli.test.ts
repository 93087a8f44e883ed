// `liaison sync`, `sync status`, `sync resolve` and doctor against the real test server
// (express-pouchdb on 127.0.0.1), with two data folders standing for two machines.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/runCli';
import type { SyncStateOnDisk } from '../../electron/core/sync/readSyncState';
import { Store } from '../../electron/core/store/Store';
import { blankContactData } from '../../electron/shared/schemas/contact';
import { at } from '../helpers/commands';
import { startCouchServer, type CouchServer } from '../helpers/couchServer';
import { tempDir } from '../helpers/tempDir';

const resourcesDir = fileURLToPath(new URL('../../resources', import.meta.url));
let server: CouchServer;

beforeAll(async () => {
  server = await startCouchServer(await mkdtemp(join(tmpdir(), 'liaison-couch-')));
});
afterAll(async () => {
  await server.stop();
});

async function cli(dir: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(['--data', dir, ...args], { out: (t) => (out += t), err: (t) => (err += t), env, resourcesDir });
  return { code, out, err };
}

async function names(dir: string): Promise<string[]> {
  const listed = await cli(dir, ['contacts', 'list', '--json']);
  return (JSON.parse(listed.out) as { name: string }[]).map((row) => row.name).sort();
}

/** A machine's own edit of a contact (the CLI has no contact editing command). */
async function renameContact(dir: string, id: string, given: string): Promise<void> {
  const store = await Store.open({ dir, owner: 'cli' });
  await store.commit([{ type: 'contact.update', at: at(), id, data: { ...blankContactData(), family: 'Petrova', given } }]);
  await store.close();
}

async function status(dir: string): Promise<SyncStateOnDisk> {
  const shown = await cli(dir, ['sync', 'status', '--json']);
  expect(shown.code).toBe(0);
  return JSON.parse(shown.out) as SyncStateOnDisk;
}

describe('liaison sync: two data folders and the test server', () => {
  it('first sync, a second machine joins, edits on both arrive on both; a conflict is listed by sync status and doctor and settled from the CLI', async () => {
    const a = await tempDir('liaison-sync-a-');
    const b = await tempDir('liaison-sync-b-');
    const db = await server.createDatabase();
    expect((await cli(a, ['contacts', 'add', '--family', 'Petrova', '--given', 'Anna'])).code).toBe(0);

    const first = await cli(a, ['sync', '--server', server.origin, '--db', db]);
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toBe(`Synced with ${server.origin} (${db}): 0 changes received, 1 change sent, 0 waiting.\n`);
    const joined = await cli(b, ['sync', '--server', server.origin, '--db', db, '--once', '--json']);
    expect(joined.code).toBe(0);
    expect(JSON.parse(joined.out)).toMatchObject({ ok: true, received: 1, sent: 0, status: { pending: 0, conflicts: 0, lastError: null } });

    // Edits on both; the folders remember the server, so a bare `liaison sync` goes there.
    expect((await cli(a, ['contacts', 'add', '--family', 'Orlov', '--given', 'Boris'])).code).toBe(0);
    expect((await cli(b, ['contacts', 'add', '--family', 'Sokolova', '--given', 'Vera'])).code).toBe(0);
    expect((await status(a)).pending).toBe(1);
    for (const dir of [a, b, a]) expect((await cli(dir, ['sync'])).code).toBe(0);
    expect(await names(a)).toEqual(['Anna Petrova', 'Boris Orlov', 'Vera Sokolova']);
    expect(await names(b)).toEqual(await names(a));

    // The same contact edited on both machines between syncs: a conflict, kept and listed on both.
    const store = await Store.open({ dir: a, owner: 'cli', readOnly: true });
    const annaId = Object.values(store.state.contacts).find((contact) => contact.given === 'Anna')?.id ?? '';
    await store.close();
    await renameContact(a, annaId, 'Anya');
    await renameContact(b, annaId, 'Annushka');
    for (const dir of [a, b, a]) expect((await cli(dir, ['sync'])).code).toBe(0);
    const listedA = await status(a);
    const listedB = await status(b);
    expect(listedA.conflicts).toHaveLength(1);
    expect(listedB.conflicts).toEqual(listedA.conflicts);
    const [conflict] = listedA.conflicts;
    if (!conflict) throw new Error('no conflict listed');
    expect(conflict.id).toBe(annaId);
    const sides = [conflict.winner, ...conflict.others];
    expect(sides.map((side) => side.record.given).sort()).toEqual(['Annushka', 'Anya']);
    const text = await cli(a, ['sync', 'status']);
    expect(text.out).toContain(`  contacts:${annaId}`);
    expect(text.out).toMatch(new RegExp(`--keep ${conflict.winner.rev} \\(shown now\\)  given: "${String(conflict.winner.record.given)}"`));
    const doctor = await cli(a, ['doctor', '--json']);
    expect(doctor.code).toBe(1);
    expect((JSON.parse(doctor.out) as { sync: SyncStateOnDisk; problems: string[] }).problems).toContain(
      `1 record is in sync conflict: contacts:${annaId}. \`liaison sync status\` shows the sides; \`liaison sync resolve KIND:ID --keep REV\` settles one.`,
    );

    // B keeps the side shown now but takes the given name from the other one (field by field, as
    // the app's comparison does); the choice is sent as the winner and reaches A.
    const loser = conflict.others[0];
    if (!loser) throw new Error('no other side');
    expect((await cli(b, ['sync', 'resolve', `contacts:${annaId}`, '--keep', conflict.winner.rev, '--take', 'given'])).code).toBe(2);
    const resolved = await cli(b, ['sync', 'resolve', `contacts:${annaId}`, '--keep', conflict.winner.rev, '--take', `given=${loser.rev}`]);
    expect(resolved).toMatchObject({ code: 0, err: '' });
    expect(resolved.out).toBe(`Resolved contacts:${annaId}: kept ${conflict.winner.rev}, sent to the server.\n`);
    expect((await cli(a, ['sync'])).code).toBe(0);
    const chosen = `${String(loser.record.given)} Petrova`;
    expect(await names(a)).toContain(chosen);
    expect(await names(b)).toEqual(await names(a));
    expect((await status(a)).conflicts).toEqual([]);
    expect((await status(b)).conflicts).toEqual([]);
    const healthy = await cli(a, ['doctor']);
    expect(healthy.code).toBe(0);
    expect(healthy.out).toContain(`Sync:        ${server.origin}, database ${db}`);
    expect(healthy.out).toContain('Conflicts:   none');
  }, 60_000);

  it('a server that has gone away: exit 1 with the sentence; sync status counts the changes waiting and says why', async () => {
    const a = await tempDir('liaison-sync-a-');
    const db = await server.createDatabase();
    expect((await cli(a, ['sync', '--server', server.origin, '--db', db])).code).toBe(0);
    await server.stop();
    try {
      expect((await cli(a, ['contacts', 'add', '--family', 'Lebedev', '--given', 'Gleb'])).code).toBe(0);
      const failed = await cli(a, ['sync']);
      expect(failed.code).toBe(1);
      const sentence = `The sync server at ${server.origin} cannot be reached. Changes stay saved on this computer and will be sent when it can be reached.`;
      expect(failed.err).toBe(`liaison: ${sentence}\n`);
      const shown = await status(a);
      expect(shown).toMatchObject({ pending: 1, lastError: { code: 'unreachable', message: sentence } });
    } finally {
      await server.start();
    }
    expect((await cli(a, ['sync'])).code).toBe(0);
    expect((await status(a)).pending).toBe(0);
    // A photo stays on this computer, and sync status says so rather than let it go missing elsewhere.
    const store = await Store.open({ dir: a, owner: 'cli' });
    const photo = `${crypto.randomUUID()}.jpg`;
    await store.commit([{ type: 'contact.create', at: at(), id: crypto.randomUUID(), data: { ...blankContactData(), given: 'Zoya', photo } }]);
    await store.close();
    expect((await status(a)).filesNotSynced).toEqual([`photos/${photo}`]);
    expect((await cli(a, ['sync', 'status'])).out).toContain(`Not synced:  1 file (contact photos, offer letters) stays on this computer: photos/${photo}\n`);
  });

  it('a user without a password: the password comes from LIAISON_SYNC_PASSWORD, and without it the sync says so', async () => {
    const a = await tempDir('liaison-sync-a-');
    const db = await server.createDatabase();
    const refused = await cli(a, ['sync', '--server', server.origin, '--db', db, '--user', 'anna']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`There is no password for anna on the sync server at ${server.origin}.`);
    // The test server checks no passwords; this shows the environment's is used.
    expect((await cli(a, ['sync'], { LIAISON_SYNC_PASSWORD: 'secret' })).code).toBe(0);
    expect((await status(a)).user).toBe('anna');
  });

  it('sync before any server is set up says how to set one up', async () => {
    const a = await tempDir('liaison-sync-a-');
    const none = await cli(a, ['sync']);
    expect(none.code).toBe(1);
    expect(none.err).toBe('liaison: this data folder does not sync with a server yet; set one up with `liaison sync --server URL --db NAME [--user U]`.\n');
    expect((await cli(a, ['sync', 'status'])).out).toBe('Sync:        not set up (liaison sync --server URL --db NAME [--user U])\n');
    const badUrl = await cli(a, ['sync', '--server', 'ftp://example.org', '--db', 'liaison']);
    expect(badUrl).toMatchObject({ code: 1, err: 'liaison: The sync server address “ftp://example.org” is not a web address (http:// or https://).\n' });
  });
});
