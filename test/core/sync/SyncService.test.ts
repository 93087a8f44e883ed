import { mkdtemp, readFile, readdir, stat } from 'node:fs/promises';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SyncService } from '../../../electron/core/sync/SyncService';
import { Store } from '../../../electron/core/store/Store';
import { phraseText } from '../../../electron/shared/i18n/Phrase';
import { ru } from '../../../electron/shared/i18n/ru';
import { translate } from '../../../electron/shared/i18n/translate';
import { blankContactData } from '../../../electron/shared/schemas/contact';
import { at, createContact } from '../../helpers/commands';
import { startCouchServer, type CouchServer } from '../../helpers/couchServer';
import { openServiceFixture } from '../../helpers/serviceFixture';
import { tempDir } from '../../helpers/tempDir';

interface Machine {
  dir: string;
  store: Store;
  sync: SyncService;
}

let server: CouchServer;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  server = await startCouchServer(await mkdtemp(join(tmpdir(), 'liaison-couch-')));
});
afterAll(async () => {
  await server.stop();
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function machine(options: { dir?: string; timeoutMs?: number; retryMs?: number; password?: string } = {}): Promise<Machine> {
  const dir = options.dir ?? (await tempDir('liaison-sync-'));
  const store = await Store.open({ dir, owner: 'cli' });
  const sync = await SyncService.open({ store, timeoutMs: options.timeoutMs ?? 5_000, debounceMs: 20, retryMs: options.retryMs ?? 200, ...(options.password ? { password: options.password } : {}) });
  const made = { dir, store, sync };
  cleanups.push(async () => {
    await sync.close();
    await store.close();
  });
  return made;
}

const russian = (said: Parameters<typeof phraseText>[1]) => phraseText((key, params) => translate(ru, 'ru', key, params), said, 'ru');
const givenNames = (store: Store) => Object.values(store.state.contacts).map((contact) => contact.given).sort();

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A server that accepts connections and never answers (closed after the test): a hung sync. */
async function silentServer(): Promise<{ origin: string; sockets: ReadonlySet<Socket> }> {
  const sockets = new Set<Socket>();
  const silent = createServer((socket) => {
    sockets.add(socket);
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  cleanups.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });
  return { origin: `http://127.0.0.1:${(silent.address() as { port: number }).port}`, sockets };
}

describe('SyncService: one data folder’s sync', () => {
  it('first sync of an existing workspace to an empty database, then a new machine joins and pulls everything; the connection is saved without a password', async () => {
    const db = await server.createDatabase();
    const a = await machine();
    await a.store.commit([createContact({ ...blankContactData(), given: 'Anna' }), createContact({ ...blankContactData(), given: 'Boris' })]);
    expect(a.sync.status()).toMatchObject({ configured: false, pending: 0 });
    await a.sync.connect({ server: server.origin, db, user: null });
    expect(a.sync.status()).toMatchObject({ configured: true, pending: 2, lastSyncAt: null });
    const first = await a.sync.syncNow();
    expect(first.report?.pushed).toBe(2);
    expect(first.status).toMatchObject({ pending: 0, conflicts: 0, lastError: null });
    expect(first.status.lastSyncAt).not.toBeNull();

    const b = await machine();
    await b.sync.connect({ server: server.origin, db, user: 'anna', password: 'secret-пароль' });
    // The user name but never the password is written to the data folder.
    const saved = await readFile(join(b.dir, 'sync', 'connection.json'), 'utf8');
    expect(JSON.parse(saved)).toMatchObject({ server: server.origin, db, user: 'anna' });
    expect(saved).not.toContain('secret');
    await b.sync.syncNow();
    expect(givenNames(b.store)).toEqual(['Anna', 'Boris']);

    // After a restart the folder remembers where it syncs and when it last did.
    const lastSyncAt = b.sync.status().lastSyncAt;
    await b.sync.close();
    const again = await SyncService.open({ store: b.store });
    cleanups.push(() => again.close());
    expect(again.status()).toMatchObject({ configured: true, server: server.origin, db, user: 'anna', lastSyncAt, pending: 0 });
    // No password given this time: the sync says so instead of trying without one.
    const refused = await again.syncNow();
    expect(refused.status.lastError?.code).toBe('no-password');
  });

  it('settings that belong to one machine (language, theme, home zone, window) do not travel', async () => {
    const db = await server.createDatabase();
    const a = await machine();
    const b = await machine();
    await a.store.updateSettings({ locale: 'ru', theme: 'dark', homeZone: 'Asia/Tokyo', window: { x: 5, y: 5, width: 900, height: 700, maximized: false } });
    await a.store.commit([createContact({ ...blankContactData(), given: 'Vera' })]);
    for (const m of [a, b]) await m.sync.connect({ server: server.origin, db });
    await a.sync.syncNow();
    await b.sync.syncNow();
    expect(givenNames(b.store)).toEqual(['Vera']);
    expect(b.store.state.settings).toMatchObject({ locale: 'en', theme: 'system', homeZone: 'Europe/Moscow' });
    expect(b.store.state.settings.window).toBeUndefined();
  });

  it('a server that has gone away: saves go on, the status counts the changes waiting and says why in English and Russian; they go once it is back', async () => {
    const db = await server.createDatabase();
    const a = await machine({ timeoutMs: 2_000 });
    await a.sync.connect({ server: server.origin, db });
    await server.stop();
    try {
      await a.store.commit([createContact({ ...blankContactData(), given: 'Gleb' }), createContact({ ...blankContactData(), given: 'Dina' })]);
      const { status } = await a.sync.syncNow();
      expect(status.pending).toBe(2);
      expect(status.lastError?.code).toBe('unreachable');
      expect(status.lastError?.message).toBe(`The sync server at ${server.origin} cannot be reached. Changes stay saved on this computer and will be sent when it can be reached.`);
      expect(russian(status.lastError?.i18n ?? { key: '' })).toBe(
        `Сервер синхронизации ${server.origin} недоступен. Изменения сохранены на этом компьютере и будут отправлены, когда сервер станет доступен.`,
      );
      // doctor and the next start read the last error from the sync folder.
      expect((JSON.parse(await readFile(join(a.dir, 'sync', 'connection.json'), 'utf8')) as { lastError: { code: string } }).lastError.code).toBe('unreachable');
    } finally {
      await server.start();
    }
    const { status } = await a.sync.syncNow();
    expect(status).toMatchObject({ pending: 0, lastError: null });
  });

  it('live sync against a server that never answers: every save is acknowledged at once, and the sync gives up with a sentence', async () => {
    const { origin } = await silentServer();
    // No retry while the test looks: the one hung sync is the point.
    const a = await machine({ timeoutMs: 800, retryMs: 60_000 });
    await a.sync.connect({ server: origin, db: 'liaison', live: true });
    await until(() => a.sync.status().running);
    for (let n = 0; n < 5; n++) {
      const started = performance.now();
      await a.store.commit([createContact({ ...blankContactData(), given: `Saved ${n}` })]);
      // A save never waits on the hung request (which takes 800 ms to give up).
      expect(performance.now() - started).toBeLessThan(500);
    }
    await until(() => a.sync.status().lastError !== null);
    expect(a.sync.status().lastError?.message).toBe(`The sync server at ${origin} did not answer within 1 second. Changes stay saved on this computer.`);
    expect(a.sync.status().pending).toBe(5);
  });

  it('closing (quitting the app) while a sync waits on a server that never answers does not wait out the timeout', async () => {
    const { origin, sockets } = await silentServer();
    const dir = await tempDir('liaison-sync-');
    const store = await Store.open({ dir, owner: 'cli' });
    cleanups.push(() => store.close());
    const sync = await SyncService.open({ store, timeoutMs: 60_000 });
    await sync.connect({ server: origin, db: 'liaison' });
    await store.commit([createContact({ ...blankContactData(), given: 'Quitting' })]);
    const syncing = sync.syncNow();
    await until(() => sockets.size > 0);
    const started = performance.now();
    await sync.close();
    expect(performance.now() - started).toBeLessThan(5_000);
    expect((await syncing).report).toBeNull();
  });

  it('live sync both ways: a change made on one machine appears on the other without a click', async () => {
    const db = await server.createDatabase();
    const a = await machine();
    const b = await machine();
    await a.sync.connect({ server: server.origin, db, live: true });
    await b.sync.connect({ server: server.origin, db, live: true });
    await until(() => a.sync.status().lastSyncAt !== null && b.sync.status().lastSyncAt !== null);
    await a.store.commit([createContact({ ...blankContactData(), given: 'Live from A' })]);
    await until(() => givenNames(b.store).includes('Live from A'));
    const id = Object.keys(b.store.state.contacts)[0] ?? '';
    await b.store.commit([{ type: 'contact.update', at: at(), id, data: { ...blankContactData(), given: 'Edited on B' } }]);
    await until(() => givenNames(a.store).includes('Edited on B'));
    await a.sync.setLive(false);
    await b.store.commit([createContact({ ...blankContactData(), given: 'Not live' })]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(givenNames(a.store)).toEqual(['Edited on B']);
    expect(a.sync.status().live).toBe(false);
  });
});

describe('Settings → Sync channels, through the real dispatcher', () => {
  it('connect keeps the password in the vault (never the data folder) and syncs; now, live and disconnect', async () => {
    const db = await server.createDatabase();
    const fixture = await openServiceFixture();
    cleanups.push(() => fixture.service.close());
    await fixture.commit(createContact({ ...blankContactData(), given: 'Zoya' }));
    expect(await fixture.call('sync:status', {})).toMatchObject({ configured: false, passwordSaved: false });
    const connected = await fixture.call('sync:connect', { server: `${server.origin}/`, db, user: 'anna', password: 'vault-only' });
    expect(connected).toMatchObject({ configured: true, server: server.origin, user: 'anna', passwordSaved: true, pending: 0, lastError: null });
    expect(connected.lastSyncAt).not.toBeNull();
    expect(await fixture.service.vault.get(`anna@${server.origin}/${db}`)).toBe('vault-only');
    const files = await readdir(fixture.dir, { recursive: true });
    for (const file of files) {
      const path = join(fixture.dir, file);
      if ((await stat(path)).isFile()) expect(await readFile(path, 'utf8'), file).not.toContain('vault-only');
    }
    // Connecting again without a password keeps the saved one.
    expect(await fixture.call('sync:connect', { server: server.origin, db, user: 'anna' })).toMatchObject({ lastError: null, passwordSaved: true });
    expect(await fixture.call('sync:setLive', { live: true })).toMatchObject({ live: true });
    expect(await fixture.call('sync:setLive', { live: false })).toMatchObject({ live: false });
    expect((await fixture.call('sync:now', {})).lastError).toBeNull();
    expect(await fixture.call('sync:disconnect', {})).toMatchObject({ configured: false, passwordSaved: false });
    expect(await fixture.service.vault.get(`anna@${server.origin}/${db}`)).toBeUndefined();
  });
});
