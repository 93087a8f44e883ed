import { mkdtemp } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SyncError } from '../../../electron/core/sync/SyncError';
import { SyncReplica, type SyncTarget } from '../../../electron/core/sync/SyncReplica';
import { Store } from '../../../electron/core/store/Store';
import { blankContactData } from '../../../electron/shared/schemas/contact';
import { createContact } from '../../helpers/commands';
import { startCouchServer } from '../../helpers/couchServer';
import { tempDir } from '../../helpers/tempDir';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function openBoth(target: SyncTarget, timeoutMs = 5_000): Promise<{ dir: string; store: Store; sync: SyncReplica }> {
  const dir = await tempDir('liaison-sync-');
  const store = await Store.open({ dir, owner: 'cli' });
  const sync = await SyncReplica.open({ store, target, timeoutMs });
  cleanups.push(async () => {
    await sync.close();
    await store.close();
  });
  return { dir, store, sync };
}

/** A port nothing listens on: a server that has gone away. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A server that accepts connections and never answers: the slow or hung server. */
async function silentServer(): Promise<{ port: number; server: Server }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { port: (server.address() as { port: number }).port, server };
}

describe('a sync server that is missing, slow or wrong never costs a local save', () => {
  it('a server that has gone away: the save is acknowledged and on disk; the sync says so in a sentence and keeps the change pending', async () => {
    const port = await closedPort();
    const { dir, store, sync } = await openBoth({ server: `http://127.0.0.1:${port}`, db: 'liaison' });
    await store.commit([createContact({ ...blankContactData(), given: 'Anna' })]);
    const failure = await sync.syncOnce().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SyncError);
    expect((failure as SyncError).code).toBe('unreachable');
    expect((failure as SyncError).message).toBe(
      `The sync server at http://127.0.0.1:${port} cannot be reached. Changes stay saved on this computer and will be sent when it can be reached.`,
    );
    expect(sync.pending).toBe(1);
    // The change is in the workspace files: a read-only open of the folder sees it.
    const reread = await Store.open({ dir, owner: 'cli', readOnly: true });
    expect(Object.values(reread.state.contacts).map((contact) => contact.given)).toEqual(['Anna']);
    await reread.close();
  });

  it('a server that never answers: a commit made while a sync waits on it is acknowledged first; the sync gives up with a sentence', async () => {
    const { port } = await silentServer();
    const { store, sync } = await openBoth({ server: `http://127.0.0.1:${port}`, db: 'liaison' }, 1_000);
    let syncSettled = false;
    const syncing = sync.syncOnce().finally(() => {
      syncSettled = true;
    });
    const saved = await store.commit([createContact({ ...blankContactData(), given: 'Boris' })]);
    expect(saved.seq).toBe(1);
    expect(syncSettled).toBe(false);
    await expect(syncing).rejects.toThrow(`The sync server at http://127.0.0.1:${port} did not answer within 1 second. Changes stay saved on this computer.`);
    expect(sync.pending).toBe(1);
  });

  it('a database that does not exist is named, never created behind the user’s back', async () => {
    const server = await startCouchServer(await mkdtemp(join(tmpdir(), 'liaison-couch-')));
    cleanups.push(() => server.stop());
    const { sync } = await openBoth({ server: server.origin, db: 'no-such-database' });
    await expect(sync.syncOnce()).rejects.toThrow(`The database “no-such-database” does not exist on the sync server at ${server.origin}.`);
    const listing = (await (await fetch(`${server.origin}/_all_dbs`)).json()) as string[];
    expect(listing).not.toContain('no-such-database');
  });

  it('a server that refuses the user: the name and password are sent, and the refusal is said in a sentence', async () => {
    let status = 401;
    const authorizations: (string | undefined)[] = [];
    const refusing = createHttpServer((request, response) => {
      authorizations.push(request.headers.authorization);
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(status === 401 ? { error: 'unauthorized', reason: 'Name or password is incorrect.' } : { error: 'forbidden', reason: 'You are not allowed to access this db.' }));
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => refusing.close(() => resolve())));
    const origin = `http://127.0.0.1:${(refusing.address() as { port: number }).port}`;
    const { sync } = await openBoth({ server: origin, db: 'liaison', user: 'anna', password: 'пароль 1' });
    await expect(sync.syncOnce()).rejects.toThrow(`The sync server at ${origin} did not accept the user name or password.`);
    expect(authorizations[0]).toBe(`Basic ${Buffer.from('anna:пароль 1').toString('base64')}`);
    status = 403;
    await expect(sync.syncOnce()).rejects.toThrow(`The sync server at ${origin} does not let this user use the database “liaison”.`);
  });

  it('refuses an address that is not a web address, in a sentence', async () => {
    await expect(openBoth({ server: 'ftp://example.org', db: 'liaison' })).rejects.toThrow('The sync server address “ftp://example.org” is not a web address (http:// or https://).');
  });
});
