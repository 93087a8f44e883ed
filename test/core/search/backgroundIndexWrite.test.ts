import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { CompactionRunner } from '../../../electron/core/journal/runCompaction';
import { BackgroundIndexWrite } from '../../../electron/core/search/BackgroundIndexWrite';
import { decodeIndexImage } from '../../../electron/core/search/indexImageCodec';
import { buildContactIndex, searchIndexFilePath, type IndexedSnapshot } from '../../../electron/core/search/searchIndexFile';
import { nodeFsOps } from '../../../electron/core/store/nodeFsOps';
import { checksumFilePath, storeFilePath } from '../../../electron/core/store/storeFilePath';
import { WorkspaceService, type WorkspaceServiceOptions } from '../../../electron/core/workspace/WorkspaceService';
import { createContact } from '../../helpers/commands';
import { tempDir } from '../../helpers/tempDir';

const resourcesDir = fileURLToPath(new URL('../../../resources', import.meta.url));
const worker = fileURLToPath(new URL('../../fixtures/processes/compactWorkerTs.mjs', import.meta.url));
const QUERIES = ['Smith', 'smi', 'Иванова', 'Ivanova', 'Fyodorov', 'Сергей', 'Kuznetosva', 'S', 'Iv', 'Volkov 7', 'nobody'];
const PEOPLE = [
  { family: 'Иванова', given: 'Мария' },
  { family: 'Smith', given: 'John' },
  { family: 'Фёдоров', given: 'Сергей' },
  { family: 'Кузнецова', given: 'Юлия' },
  ...Array.from({ length: 8 }, (_, i) => ({ family: 'Volkov', given: `Ivan ${i}` })),
];

let open: WorkspaceService[] = [];
afterEach(async () => {
  await Promise.all(open.map((s) => s.close()));
  open = [];
});

async function service(dir: string, options: Partial<WorkspaceServiceOptions> = {}): Promise<WorkspaceService> {
  const opened = await WorkspaceService.open({ dir, owner: options.readOnly ? 'cli' : 'app', resourcesDir, ...options });
  open.push(opened);
  return opened;
}

async function close(s: WorkspaceService): Promise<void> {
  open = open.filter((o) => o !== s);
  await s.close();
}

/** A workspace of PEOPLE whose snapshot holds every change and which has no liaison.index (inline compaction writes none). */
async function workspaceWithoutIndex(): Promise<string> {
  const dir = await tempDir();
  const writer = await service(dir);
  await writer.commit(PEOPLE.map((person) => createContact(person)));
  await close(writer);
  expect(existsSync(searchIndexFilePath(dir))).toBe(false);
  return dir;
}

/** The snapshot on disk: liaison.json's sequence, size and CRC (which liaison.json.sum must agree with). */
function snapshotOnDisk(dir: string): IndexedSnapshot {
  const snapshot = readFileSync(storeFilePath(dir));
  const sum = JSON.parse(readFileSync(checksumFilePath(dir), 'utf8')) as { bytes: number; crc32: number };
  expect(sum).toMatchObject({ bytes: snapshot.byteLength, crc32: crc32(snapshot) });
  const seq = (JSON.parse(snapshot.toString('utf8')) as { seq: number }).seq;
  return { seq, bytes: snapshot.byteLength, crc32: crc32(snapshot) };
}

/** The snapshot liaison.index names, and the one on disk. */
function namedAndOnDisk(dir: string): { named: IndexedSnapshot | undefined; onDisk: IndexedSnapshot } {
  return { named: decodeIndexImage<IndexedSnapshot>(readFileSync(searchIndexFilePath(dir)))?.meta, onDisk: snapshotOnDisk(dir) };
}

function tempFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.tmp'));
}

/** The next start loads the file, and answers every query exactly as an index built afresh. */
async function nextStartLoadsIt(dir: string): Promise<void> {
  const reader = await service(dir, { readOnly: true });
  expect(reader.indexSource).toBe('file');
  const fresh = buildContactIndex(reader.store.state);
  for (const query of QUERIES) expect(reader.index.search(query, 200), query).toEqual(fresh.search(query, 200));
  expect(reader.index.search('Volkov').total).toBe(8);
}

describe('liaison.index written in the background when start-up had to build the index', () => {
  for (const [name, runner] of [['on this thread (inline)', 'inline'], ['in the compaction worker', { worker }]] as [string, CompactionRunner][]) {
    it(`is written for the snapshot on disk ${name}, so the next start loads it`, async () => {
      const dir = await workspaceWithoutIndex();
      const opened = await service(dir, { indexFileFrom: 5, compaction: { runner } });
      expect(opened.indexSource).toBe('built');
      await opened.whenIdle();
      const { named, onDisk } = namedAndOnDisk(dir);
      expect(named).toEqual(onDisk);
      expect(tempFiles(dir)).toEqual([]);
      await close(opened);
      await nextStartLoadsIt(dir);
    });
  }

  it('replaces a damaged index file with a good one', async () => {
    const dir = await workspaceWithoutIndex();
    await (await service(dir, { indexFileFrom: 5 })).whenIdle();
    const bytes = readFileSync(searchIndexFilePath(dir));
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    writeFileSync(searchIndexFilePath(dir), bytes);
    expect(decodeIndexImage(readFileSync(searchIndexFilePath(dir)))).toBeNull();

    await Promise.all(open.splice(0).map((s) => s.close()));
    const reopened = await service(dir, { indexFileFrom: 5, compaction: { runner: { worker } } });
    expect(reopened.indexSource).toBe('built');
    await reopened.whenIdle();
    const { named, onDisk } = namedAndOnDisk(dir);
    expect(named).toEqual(onDisk);
    await close(reopened);
    await nextStartLoadsIt(dir);
  });

  it('names the snapshot it read even when the journal holds changes past it; start-up reindexes those', async () => {
    const dir = await workspaceWithoutIndex();
    const writer = await service(dir, { indexFileFrom: 5 });
    await writer.commit([createContact({ family: 'Orlova', given: 'Olga' })]);
    await writer.whenIdle();
    const { named, onDisk } = namedAndOnDisk(dir);
    expect(named).toEqual(onDisk);
    expect(writer.store.state.seq).toBeGreaterThan(onDisk.seq);

    const reader = await service(dir, { readOnly: true });
    expect(reader.indexSource).toBe('file');
    expect(reader.index.search('Orlova').total).toBe(1);
    const fresh = buildContactIndex(reader.store.state);
    for (const query of [...QUERIES, 'Orlova']) expect(reader.index.search(query, 200), query).toEqual(fresh.search(query, 200));
  });

  it('ends naming the snapshot on disk when compactions run around it (each writes its own index)', async () => {
    const dir = await workspaceWithoutIndex();
    const opened = await service(dir, { indexFileFrom: 5, compaction: { runner: { worker }, maxLines: 1 } });
    const before = snapshotOnDisk(dir);
    // Each save starts a compaction in the worker, before, during or after the background write.
    await opened.commit([createContact({ family: 'Orlova', given: 'Olga' })]);
    await opened.commit([createContact({ family: 'Orlov', given: 'Oleg' })]);
    await opened.whenIdle();
    const { named, onDisk } = namedAndOnDisk(dir);
    expect(onDisk.seq).toBeGreaterThan(before.seq);
    expect(named).toEqual(onDisk);
    expect(tempFiles(dir)).toEqual([]);
    await close(opened);
    await nextStartLoadsIt(dir);
  });

  it('waits while a compaction runs, and writes nothing once stopped', async () => {
    const dir = await workspaceWithoutIndex();
    let release = (): void => undefined;
    const host = { isCompacting: true, whenIdle: () => new Promise<void>((resolve) => (release = resolve)) };
    const waiting = BackgroundIndexWrite.start('inline', nodeFsOps, dir, host);
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(existsSync(searchIndexFilePath(dir))).toBe(false);
    host.isCompacting = false;
    release();
    await waiting.whenDone();
    const { named, onDisk } = namedAndOnDisk(dir);
    expect(named).toEqual(onDisk);

    const other = await workspaceWithoutIndex();
    const host2 = { isCompacting: true, whenIdle: () => new Promise<void>((resolve) => (release = resolve)) };
    const stopped = BackgroundIndexWrite.start('inline', nodeFsOps, other, host2);
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    const stopping = stopped.stop();
    release();
    await stopping;
    expect(existsSync(searchIndexFilePath(other))).toBe(false);
  });

  it('is never written by a read-only open', async () => {
    const dir = await workspaceWithoutIndex();
    const before = readdirSync(dir).sort();
    const reader = await service(dir, { readOnly: true, indexFileFrom: 1 });
    expect(reader.indexSource).toBe('built');
    await reader.whenIdle();
    await close(reader);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('is not written by the CLI, which exits at once and whose closing compaction would make it stale', async () => {
    const dir = await workspaceWithoutIndex();
    const cli = await service(dir, { owner: 'cli', indexFileFrom: 1 });
    expect(cli.indexSource).toBe('built');
    await cli.whenIdle();
    await close(cli);
    expect(existsSync(searchIndexFilePath(dir))).toBe(false);
  });

  it('is not written on this thread unless asked: with the inline runner the default is never', async () => {
    const dir = await workspaceWithoutIndex();
    const opened = await service(dir, { compaction: { runner: 'inline' } });
    expect(opened.indexSource).toBe('built');
    await opened.whenIdle();
    await close(opened);
    expect(existsSync(searchIndexFilePath(dir))).toBe(false);
  });

  it('is not written below the threshold, where building costs little', async () => {
    const dir = await workspaceWithoutIndex();
    const opened = await service(dir, { indexFileFrom: PEOPLE.length + 1 });
    expect(opened.indexSource).toBe('built');
    await opened.whenIdle();
    await close(opened);
    expect(existsSync(searchIndexFilePath(dir))).toBe(false);
  });

  it('is stopped by close without leaving a temp file, and what is there is either nothing or a good file', async () => {
    const dir = await workspaceWithoutIndex();
    const opened = await service(dir, { indexFileFrom: 5, compaction: { runner: { worker } } });
    await close(opened);
    expect(tempFiles(dir)).toEqual([]);
    if (existsSync(searchIndexFilePath(dir))) {
      const { named, onDisk } = namedAndOnDisk(dir);
      expect(named).toEqual(onDisk);
    }
  });
});
