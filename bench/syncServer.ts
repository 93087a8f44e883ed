import { startCouchServer, type CouchServer } from '../test/helpers/couchServer';
import { scratchDir } from './workspaceOnDisk';

/**
 * The sync benchmarks' server: the tests' CouchDB-compatible one (express-pouchdb over PouchDB's
 * memory adapter, in this process, on 127.0.0.1 and a free port), stopped by `stop()`. An
 * organisation runs Apache CouchDB; this one shares the CPU with what is timed, so its figures
 * are an upper bound on the client's own cost.
 */
export async function benchSyncServer(): Promise<CouchServer & { close: () => Promise<void> }> {
  const logs = await scratchDir('couch');
  const server = await startCouchServer(logs.dir);
  return {
    ...server,
    close: async () => {
      await server.stop();
      await logs.remove();
    },
  };
}
