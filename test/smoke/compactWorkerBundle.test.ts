// The BUILT compaction worker (out/main/compactWorker.js, what the app starts) in its two modes: a
// fold of the journal that writes the search index beside the new snapshot, and the index alone
// (indexOnly), which the app asks for when start-up had to build the index.
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { readSearchIndexFile, searchIndexFilePath } from '../../electron/core/search/searchIndexFile';
import { nodeFsOps } from '../../electron/core/store/nodeFsOps';
import { WorkspaceService } from '../../electron/core/workspace/WorkspaceService';
import { createContact } from '../helpers/commands';
import { tempDir } from '../helpers/tempDir';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const builtWorker = join(repoRoot, 'out', 'main', 'compactWorker.js');
const resourcesDir = join(repoRoot, 'resources');

let open: WorkspaceService[] = [];
afterEach(async () => {
  await Promise.all(open.map((service) => service.close()));
  open = [];
});

function runWorker(workerData: Record<string, unknown>): Promise<{ ok?: boolean }> {
  return new Promise((resolveRun, reject) => {
    const worker = new Worker(builtWorker, { workerData });
    let last: { ok?: boolean } = {};
    worker.on('message', (message: { ok?: boolean }) => (last = message));
    worker.once('error', reject);
    worker.once('exit', () => resolveRun(last));
  });
}

describe('the built compaction worker', () => {
  it('is in the build', () => {
    expect(existsSync(builtWorker), `${builtWorker} (run npx electron-vite build)`).toBe(true);
  });

  it('writes the index of the snapshot on disk in indexOnly mode, and the next start loads it', async () => {
    const dir = await tempDir();
    const writer = await WorkspaceService.open({ dir, owner: 'app', resourcesDir });
    open.push(writer);
    await writer.commit([createContact({ family: 'Щукина', given: 'Юлия' }), createContact({ family: 'Johnson', given: 'Sam' })]);
    await writer.store.compact();
    await writer.close();
    open = [];
    await rm(searchIndexFilePath(dir), { force: true });

    expect(await runWorker({ dir, indexOnly: true })).toEqual({ ok: true });
    const sum = JSON.parse(await readFile(join(dir, 'liaison.json.sum'), 'utf8')) as { bytes: number };
    expect(sum.bytes).toBeGreaterThan(0);
    const seq = (JSON.parse(await readFile(join(dir, 'liaison.json'), 'utf8')) as { seq: number }).seq;
    const index = await readSearchIndexFile(nodeFsOps, dir, seq);
    expect(index?.search('Schukina').total).toBe(1);

    const reader = await WorkspaceService.open({ dir, owner: 'cli', resourcesDir, readOnly: true });
    open.push(reader);
    expect(reader.indexSource).toBe('file');
    expect(reader.index.search('Джонсон').total).toBe(1);
  });
});
