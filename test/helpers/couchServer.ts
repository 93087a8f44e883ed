import { randomUUID } from 'node:crypto';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import expressPouchDB from 'express-pouchdb';
import { PouchDB, type PouchStatic } from '../../electron/core/sync/pouchdb';

/**
 * A CouchDB-compatible server for tests: express-pouchdb 4.2.0 over PouchDB's memory adapter,
 * in this process, on 127.0.0.1 and a free port. Test-only; an organisation runs Apache CouchDB.
 * Its databases live in memory for as long as the process, so `stop()` then `start()` is a server
 * going away and coming back with its data, on the same address.
 */
export interface CouchServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** A new empty database, with a unique name unless one is given; returns the name. */
  createDatabase(name?: string): Promise<string>;
  /** Refuses connections from now on (open ones are cut), keeping the data. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
}

type ExpressPouchDB = (pouch: PouchStatic, options: { mode: string; inMemoryConfig: boolean; logPath: string }) => RequestListener;

export async function startCouchServer(logDir: string, firstPort = 0): Promise<CouchServer> {
  // No admin user: with one, express-pouchdb 4.2 crashes on an anonymous `PUT /db` (issue 16's probe).
  const app = (expressPouchDB as ExpressPouchDB)(PouchDB.defaults({ adapter: 'memory' }), {
    mode: 'minimumForPouchDB',
    inMemoryConfig: true,
    logPath: join(logDir, 'express-pouchdb.log'),
  });
  const server = createServer(app);
  let port = firstPort;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        port = (server.address() as AddressInfo).port;
        resolve();
      });
    });
  await listen();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    async createDatabase(name = `liaison-${randomUUID()}`) {
      const response = await fetch(`${origin}/${name}`, { method: 'PUT' });
      if (response.status !== 201) throw new Error(`The test server did not create ${name}: ${response.status} ${await response.text()}`);
      return name;
    },
    stop() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
    start: listen,
  };
}
