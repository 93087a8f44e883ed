// `npm run sync-server [-- --port 5984 --db liaison]`: the tests' CouchDB-compatible server
// (express-pouchdb over memory, test-only) on 127.0.0.1, with one empty database, to try sharing a
// workspace between two data folders without installing CouchDB. Its data lives in memory until
// Ctrl+C. An organisation runs Apache CouchDB instead (README: "Sharing a workspace").
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startCouchServer } from '../test/helpers/couchServer';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '5984' }, db: { type: 'string', default: 'liaison' } } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not “${values.port}”.`);
  const logDir = await mkdtemp(join(tmpdir(), 'liaison-sync-server-'));
  const server = await startCouchServer(logDir, port);
  await server.createDatabase(values.db);
  console.log(`A test server for sync at ${server.origin}, database “${values.db}” (in memory; Ctrl+C stops it).`);
  console.log(`Try: liaison --data DIR sync --server ${server.origin} --db ${values.db}   (with any user name and LIAISON_SYNC_PASSWORD: the test server checks none)`);
  const stop = async () => {
    await server.stop();
    await rm(logDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
