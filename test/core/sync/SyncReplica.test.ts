import { mkdtemp, readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { documentId, recordToBody } from '../../../electron/core/sync/recordDocument';
import { SyncError } from '../../../electron/core/sync/SyncError';
import { SyncReplica } from '../../../electron/core/sync/SyncReplica';
import { Store } from '../../../electron/core/store/Store';
import type { Command } from '../../../electron/shared/commands/commandSchemas';
import { kinds } from '../../../electron/shared/schemas/collections';
import { blankContactData, type ContactData } from '../../../electron/shared/schemas/contact';
import { at, createContact } from '../../helpers/commands';
import { startCouchServer, type CouchServer } from '../../helpers/couchServer';
import { tempDir } from '../../helpers/tempDir';

interface Machine {
  dir: string;
  store: Store;
  sync: SyncReplica;
}

let server: CouchServer;
let db: string;
const open: Machine[] = [];

// One server per file (express-pouchdb keeps state per process); a fresh database per test.
beforeAll(async () => {
  server = await startCouchServer(await mkdtemp(join(tmpdir(), 'liaison-couch-')));
});

afterAll(async () => {
  await server.stop();
});

beforeEach(async () => {
  db = await server.createDatabase();
});

afterEach(async () => {
  for (const machine of open.splice(0)) {
    await machine.sync.close();
    await machine.store.close();
  }
});

async function machine(dir?: string, timeoutMs = 5_000): Promise<Machine> {
  const folder = dir ?? (await tempDir('liaison-sync-'));
  const store = await Store.open({ dir: folder, owner: 'cli' });
  const sync = await SyncReplica.open({ store, target: { server: server.origin, db }, timeoutMs });
  const made = { dir: folder, store, sync };
  open.push(made);
  return made;
}

async function closeMachine(m: Machine): Promise<void> {
  open.splice(open.indexOf(m), 1);
  await m.sync.close();
  await m.store.close();
}

/** Every record the workspace holds, as the documents it would send: what two machines must agree on. */
function records(store: Store): Record<string, unknown> {
  const all: Record<string, unknown> = {};
  for (const kind of kinds) {
    const table = store.state[kind] as Record<string, Record<string, unknown>>;
    for (const [id, record] of Object.entries(table)) all[documentId(kind, id)] = recordToBody(record);
  }
  return all;
}

function contact(given: string, family = 'Ivanova'): ContactData {
  return { ...blankContactData(), given, family };
}

const update = (id: string, data: ContactData): Command => ({ type: 'contact.update', at: at(), id, data });

describe('SyncReplica against a CouchDB-compatible server', () => {
  it('two data folders with edits on each end up holding the same records, deletions included', async () => {
    const a = await machine();
    const b = await machine();
    const anna = crypto.randomUUID();
    const boris = crypto.randomUUID();
    const city = crypto.randomUUID();
    await a.store.commit([createContact(contact('Anna'), anna), createContact(contact('Boris', 'Petrov'), boris)]);
    await a.store.commit([{ type: 'city.create', at: at(), id: city, data: { nameLatin: 'Volgograd', nameCyrillic: 'Волгоград', region: '', country: 'RU', zone: 'Europe/Volgograd' } }]);
    await b.store.commit([createContact(contact('Vera', 'Sidorova'))]);
    expect(a.sync.pending).toBe(3);

    const firstA = await a.sync.syncOnce();
    expect(firstA.pushed).toBe(3);
    const firstB = await b.sync.syncOnce();
    expect(firstB.applied.map((change) => change.id).sort()).toEqual([anna, boris, city].sort());
    await a.sync.syncOnce();
    expect(Object.keys(records(a.store))).toHaveLength(4);
    expect(records(b.store)).toEqual(records(a.store));

    // An edit on one side, a delete for good (Trash, then purge) on the other.
    await a.store.commit([update(anna, contact('Anna', 'Ivanova-Smith'))]);
    await b.store.commit([{ type: 'contact.delete', at: at(), ids: [boris] }]);
    await b.store.commit([{ type: 'contact.purge', at: at(), ids: [boris], expired: false }]);
    await a.sync.syncOnce();
    const pulledByB = await b.sync.syncOnce();
    expect(pulledByB.applied).toEqual([expect.objectContaining({ id: anna, rev: expect.stringMatching(/^2-/) as string })]);
    const pulledByA = await a.sync.syncOnce();
    expect(pulledByA.applied).toEqual([expect.objectContaining({ kind: 'contacts', id: boris, record: null })]);
    expect(a.store.state.contacts[boris]).toBeUndefined();
    expect(a.store.state.contacts[anna]?.family).toBe('Ivanova-Smith');
    expect(records(b.store)).toEqual(records(a.store));
    expect(a.sync.pending + b.sync.pending).toBe(0);
    // The server holds the delete as a deletion (a tombstone), not as a missing document.
    const feed = (await (await fetch(`${server.origin}/${db}/_changes`)).json()) as { results: { id: string; deleted?: boolean; changes: { rev: string }[] }[] };
    const tombstone = feed.results.find((change) => change.id === documentId('contacts', boris));
    expect(tombstone?.deleted).toBe(true);
    // Trash then purge between two syncs is one revision: a sync sends states, not every step.
    expect(tombstone?.changes[0]?.rev).toMatch(/^2-/);
    // Pulled changes are journaled as commands of their own, in History.
    expect(a.store.state.history.undo.at(-1)?.summary).toBe('Apply 1 change from sync');
  });

  it('keeps its replica in the data folder: after a restart a sync resumes where it stopped and sends only what is new', async () => {
    const a = await machine();
    const b = await machine();
    await a.store.commit([createContact(contact('Anna')), createContact(contact('Boris'))]);
    await a.sync.syncOnce();
    await b.sync.syncOnce();
    const dir = a.dir;
    await closeMachine(a);

    const saved = JSON.parse(await readFile(join(dir, 'sync', 'replica.json'), 'utf8')) as { leaves: { _id: string; _rev: string }[]; pulledSince: unknown; unpushed: string[] };
    expect(saved.leaves).toHaveLength(2);
    expect(saved.leaves.every((leaf) => leaf._rev.startsWith('1-'))).toBe(true);
    expect(saved.unpushed).toEqual([]);
    expect(saved.pulledSince).not.toBeNull();

    // Edited while closed elsewhere; edited here after the restart.
    await b.store.commit([createContact(contact('Vera'))]);
    await b.sync.syncOnce();
    const again = await machine(dir);
    expect(again.sync.pending).toBe(0);
    const first = Object.keys(again.store.state.contacts)[0] ?? '';
    await again.store.commit([update(first, contact('Anna', 'Renamed'))]);
    expect(again.sync.pending).toBe(1);
    const report = await again.sync.syncOnce();
    expect(report.applied.map((change) => change.record?.given)).toEqual(['Vera']);
    expect(report.pushed).toBe(1);
    expect(report.conflicts).toEqual([]);
    await b.sync.syncOnce();
    expect(records(b.store)).toEqual(records(again.store));
  });

  it('lists a contact edited on both machines while the server was away as a conflict on both, with both revisions, until a resolution clears it everywhere', async () => {
    const a = await machine();
    let b = await machine();
    const id = crypto.randomUUID();
    await a.store.commit([createContact(contact('Maria'), id)]);
    await a.sync.syncOnce();
    await b.sync.syncOnce();

    await server.stop();
    await a.store.commit([update(id, contact('Maria', 'Ivanova-Petrova'))]);
    await b.store.commit([update(id, contact('Masha'))]);
    await expect(a.sync.syncOnce()).rejects.toThrow(`The sync server at ${server.origin} cannot be reached.`);
    await expect(b.sync.syncOnce()).rejects.toThrow(SyncError);
    expect([a.sync.pending, b.sync.pending]).toEqual([1, 1]);

    await server.start();
    await a.sync.syncOnce();
    await b.sync.syncOnce();
    await a.sync.syncOnce();
    const [onA] = await a.sync.conflicts();
    const [onB] = await b.sync.conflicts();
    for (const listed of [onA, onB]) {
      expect(listed?.kind).toBe('contacts');
      expect(listed?.id).toBe(id);
      const versions = [listed?.winner, ...(listed?.others ?? [])].map((revision) => ({ family: revision?.record?.family, given: revision?.record?.given }));
      expect(versions).toHaveLength(2);
      expect(versions).toEqual(expect.arrayContaining([{ given: 'Maria', family: 'Ivanova-Petrova' }, { given: 'Masha', family: 'Ivanova' }]));
    }
    expect(onA?.winner.rev).toBe(onB?.winner.rev);
    expect(onA?.others.map((other) => other.rev)).toEqual(onB?.others.map((other) => other.rev));
    // The revision both edits started from, for a three-way merge.
    for (const listed of [onA, onB]) expect(listed?.base).toEqual({ rev: expect.stringMatching(/^1-/) as string, record: expect.objectContaining({ given: 'Maria', family: 'Ivanova' }) as unknown });
    // Both stores show the same (winning) revision, and neither lost the other: it is listed.
    expect(records(a.store)).toEqual(records(b.store));

    // The conflict, its revisions and its base survive a restart of B (only leaves are in the replica).
    const dirB = b.dir;
    await closeMachine(b);
    b = await machine(dirB);
    expect(await b.sync.conflicts()).toEqual([onB]);

    await a.sync.resolve('contacts', id, { ...a.store.state.contacts[id], given: 'Maria', family: 'Ivanova-Petrova', nickname: 'Masha' });
    expect(a.store.state.history.undo.at(-1)?.summary).toBe('Resolve a sync conflict');
    expect(await a.sync.conflicts()).toEqual([]);
    await a.sync.syncOnce();
    const settled = await b.sync.syncOnce();
    expect(settled.conflicts).toEqual([]);
    expect(await b.sync.conflicts()).toEqual([]);
    expect(b.store.state.contacts[id]?.nickname).toBe('Masha');
    expect(records(b.store)).toEqual(records(a.store));
  });

  it('a record edited here when a newer revision of it arrives: the store shows the winning revision at once and the edit stays listed', async () => {
    const a = await machine();
    const b = await machine();
    const id = crypto.randomUUID();
    await a.store.commit([createContact(contact('Maria'), id)]);
    await a.sync.syncOnce();
    await b.sync.syncOnce();
    // Two edits on A, each synced (revision 3); one on B not yet sent (it becomes revision 2).
    await a.store.commit([update(id, contact('Maria', 'First'))]);
    await a.sync.syncOnce();
    await a.store.commit([update(id, contact('Maria', 'Second'))]);
    await a.sync.syncOnce();
    await b.store.commit([update(id, contact('Masha'))]);

    const report = await b.sync.syncOnce();
    const [conflict] = report.conflicts;
    expect(conflict?.winner.rev).toMatch(/^3-/);
    expect(conflict?.others.map((other) => other.record?.given)).toEqual(['Masha']);
    expect(b.store.state.contacts[id]?.family).toBe('Second');
    expect(report.applied.map((change) => change.rev)).toEqual([conflict?.winner.rev]);
  });

  it('a delete of a record in conflict leaves the other edit standing (CouchDB lets an edit win over a delete): the deleting machine gets it back at once', async () => {
    const a = await machine();
    const b = await machine();
    const id = crypto.randomUUID();
    await a.store.commit([createContact(contact('Maria'), id)]);
    await a.sync.syncOnce();
    await b.sync.syncOnce();
    await a.store.commit([update(id, contact('Maria', 'A-edit'))]);
    await b.store.commit([update(id, contact('Maria', 'B-edit'))]);
    await a.sync.syncOnce();
    await b.sync.syncOnce();
    await a.sync.syncOnce();
    const [conflict] = await a.sync.conflicts();
    expect(conflict?.others).toHaveLength(1);
    const shown = a.store.state.contacts[id]?.family;
    const other = shown === 'A-edit' ? 'B-edit' : 'A-edit';

    await a.store.commit([
      { type: 'contact.delete', at: at(), ids: [id] },
      { type: 'contact.purge', at: at(), ids: [id], expired: false },
    ]);
    await a.sync.syncOnce();
    expect(a.store.state.contacts[id]?.family).toBe(other);
    await b.sync.syncOnce();
    expect(records(b.store)).toEqual(records(a.store));
    expect(await a.sync.conflicts()).toEqual([]);
  });

  it('three machines: every change arrives everywhere, a three-way conflict is listed alike on all, and one resolution clears it on all', async () => {
    const machines = [await machine(), await machine(), await machine()];
    const shared = crypto.randomUUID();
    await machines[0]?.store.commit([createContact(contact('Olga'), shared)]);
    for (const [index, m] of machines.entries()) await m.store.commit([createContact(contact(`Own ${index}`))]);
    const round = async () => {
      for (const m of machines) await m.sync.syncOnce();
    };
    await round();
    await round();
    for (const m of machines) expect(Object.keys(m.store.state.contacts)).toHaveLength(4);

    // Each edits the shared contact before hearing of the others.
    for (const [index, m] of machines.entries()) await m.store.commit([update(shared, contact('Olga', `Edit ${index}`))]);
    await round();
    await round();
    const listed = await Promise.all(machines.map((m) => m.sync.conflicts()));
    const families = (conflicts: Awaited<ReturnType<SyncReplica['conflicts']>>) =>
      conflicts.flatMap((c) => [c.winner, ...c.others].map((revision) => revision.record?.family)).sort();
    for (const conflicts of listed) {
      expect(conflicts).toHaveLength(1);
      expect(families(conflicts)).toEqual(['Edit 0', 'Edit 1', 'Edit 2']);
      expect(conflicts[0]?.winner.rev).toBe(listed[0]?.[0]?.winner.rev);
    }
    const [first, second, third] = machines.map((m) => records(m.store));
    expect(second).toEqual(first);
    expect(third).toEqual(first);

    const resolver = machines[2];
    if (!resolver) throw new Error('three machines');
    await resolver.sync.resolve('contacts', shared, { ...resolver.store.state.contacts[shared], family: 'Edit 1' });
    await round();
    await round();
    for (const m of machines) {
      expect(await m.sync.conflicts()).toEqual([]);
      expect(m.store.state.contacts[shared]?.family).toBe('Edit 1');
      expect(m.sync.pending).toBe(0);
    }
  });

  it('a replica file that cannot be read is set aside byte for byte; the fresh replica finds the records already on the server and makes no conflict', async () => {
    const a = await machine();
    const anna = crypto.randomUUID();
    await a.store.commit([createContact(contact('Anna'), anna), createContact(contact('Boris'))]);
    await a.sync.syncOnce();
    // Edited since: the server's revision of Anna is a second one, not what a fresh start would write.
    await a.store.commit([update(anna, contact('Anna', 'Edited'))]);
    await a.sync.syncOnce();
    const dir = a.dir;
    await closeMachine(a);
    const damaged = '{"format":1,"remote":"http://127.0.0.1:1/x","pulledSince":7,"unpu';
    await writeFile(join(dir, 'sync', 'replica.json'), damaged);

    const again = await machine(dir);
    const aside = (await readdir(join(dir, 'sync'))).filter((name) => name.startsWith('replica.json.damaged-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(join(dir, 'sync', aside[0] ?? ''), 'utf8')).toBe(damaged);
    const report = await again.sync.syncOnce();
    expect(report.pushed).toBe(0);
    expect(report.conflicts).toEqual([]);
    expect(again.sync.pending).toBe(0);
    const joined = await machine();
    await joined.sync.syncOnce();
    expect(records(joined.store)).toEqual(records(again.store));
  });

  it('a change after the first sync costs one line appended to replica.log (replica.json untouched); a torn last line and stale lines of an older replica.json are dropped on restart, and nothing is lost or doubled', async () => {
    const a = await machine();
    const [anna, boris, vera] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    await a.store.commit([createContact(contact('Anna'), anna), createContact(contact('Boris'), boris), createContact(contact('Vera'), vera)]);
    await a.sync.syncOnce();
    const dir = a.dir;
    const base = join(dir, 'sync', 'replica.json');
    const log = join(dir, 'sync', 'replica.log');
    const baseBytes = await readFile(base);
    await a.store.commit([update(anna, contact('Anna', 'Second'))]);
    await a.sync.syncOnce();
    await a.store.commit([update(boris, contact('Boris', 'Second'))]);
    await a.sync.syncOnce();
    expect(await readFile(base)).toEqual(baseBytes);
    const lines = (await readFile(log, 'utf8')).split('\n');
    expect(lines.pop()).toBe('');
    const entries = lines.map((line) => JSON.parse(line) as { epoch: string; docs: Record<string, { leaves: { _rev: string }[]; unpushed: boolean }> });
    expect(entries.map((entry) => Object.keys(entry.docs))).toEqual([[documentId('contacts', anna)], [documentId('contacts', boris)]]);
    expect(entries[1]?.docs[documentId('contacts', boris)]).toMatchObject({ leaves: [{ _rev: expect.stringMatching(/^2-/) as string }], unpushed: false });
    expect(entries[0]?.epoch).toBe((JSON.parse(baseBytes.toString('utf8')) as { epoch: string }).epoch);
    await closeMachine(a);

    // Killed during the second append: its line is torn. On restart it is cut, and Boris's edit
    // (already on the server) is written again with the same revision id: no conflict, no double.
    await truncate(log, (await stat(log)).size - 12);
    const again = await machine(dir);
    expect((await readFile(log, 'utf8')).split('\n')).toHaveLength(2);
    expect(again.sync.pending).toBe(1);
    const report = await again.sync.syncOnce();
    expect(report.conflicts).toEqual([]);
    expect(again.sync.pending).toBe(0);
    const stale = await readFile(log);

    // Many records at once fold the log into a new replica.json; a crash before the log was
    // emptied leaves old lines behind, which name the old replica.json and must not be replayed
    // over the new one (Anna's old line would make her later edit look unsent).
    await again.store.commit([update(anna, contact('Anna', 'Third')), ...Array.from({ length: 300 }, (_, index) => createContact(contact(`Bulk ${index}`)))]);
    await again.sync.syncOnce();
    expect((await stat(log)).size).toBe(0);
    await closeMachine(again);
    await writeFile(log, stale);
    const third = await machine(dir);
    expect(third.sync.pending).toBe(0);
    await third.store.commit([update(vera, contact('Vera', 'Second'))]);
    expect((await third.sync.syncOnce()).pushed).toBe(1);
    const joined = await machine();
    await joined.sync.syncOnce();
    expect(records(joined.store)).toEqual(records(third.store));
    expect(Object.keys(joined.store.state.contacts)).toHaveLength(303);
    expect(await joined.sync.conflicts()).toEqual([]);
  });

  it('a document that does not fit this version is left on the server with a sentence; the others are applied', async () => {
    const good = crypto.randomUUID();
    const bad = crypto.randomUUID();
    const put = (docId: string, body: Record<string, unknown>) =>
      fetch(`${server.origin}/${db}/${encodeURIComponent(docId)}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const when = { createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z' };
    expect((await put(documentId('contacts', good), { ...contact('Good'), id: good, ...when })).status).toBe(201);
    expect((await put(documentId('contacts', bad), { ...contact('Bad'), emails: 'not a list', id: bad, ...when })).status).toBe(201);
    expect((await put('settings:theme', { theme: 'dark' })).status).toBe(201);

    const a = await machine();
    const report = await a.sync.syncOnce();
    expect(report.applied.map((change) => change.id)).toEqual([good]);
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        { docId: documentId('contacts', bad), reason: 'invalid', message: expect.stringMatching(/^A record from the sync server does not fit this version of Liaison and was left on the server: contacts:/) as string },
        { docId: 'settings:theme', reason: 'unknown-document', message: null },
      ]),
    );
    expect(Object.keys(a.store.state.contacts)).toEqual([good]);
    // Nothing is sent back over the document that did not fit.
    expect(a.sync.pending).toBe(0);
  });
});
