// Launches of the built main bundle that must open nothing and touch nothing: a second instance,
// and a workspace written by a newer Liaison.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../../electron/core/store/Store';
import { createContact } from '../helpers/commands';
import { launchMain } from './runMainSmoke';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'liaison-launch-'));
  made.push(dir);
  return dir;
}

/** Every file under `dir` with its bytes, so "untouched" means untouched. */
async function bytesOf(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[join(entry.parentPath, entry.name)] = (await readFile(join(entry.parentPath, entry.name))).toString('base64');
  }
  return out;
}

describe('launches that must leave the workspace alone', () => {
  it('a second instance quits at once without opening a window or touching the data folder', async () => {
    const dir = await folder();
    const store = await Store.open({ dir, owner: 'app' });
    await store.commit([createContact({ family: 'First', given: 'Instance' })]);
    await store.close();
    const before = await bytesOf(dir);
    const summary = await launchMain({ LIAISON_DATA_DIR: dir, LIAISON_SMOKE_SECOND_INSTANCE: '1' });
    expect(summary.singleInstanceLockRequested).toBe(true);
    expect(summary.quitByItself, JSON.stringify(summary)).toBe(true);
    expect(summary.windows).toEqual([]);
    expect(summary.errorsShown).toEqual([]);
    expect(await bytesOf(dir)).toEqual(before);
  });

  it('a workspace from a newer Liaison: the app says which version it needs, exits, and leaves every byte', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'liaison.json'), JSON.stringify({ schemaVersion: 42, seq: 7, contacts: {} }));
    const before = await bytesOf(dir);
    const summary = await launchMain({ LIAISON_DATA_DIR: dir });
    expect(summary.windows).toEqual([]);
    expect(summary.exitCode).toBe(1);
    expect(summary.errorsShown).toEqual([
      { title: 'Liaison cannot open its workspace', content: expect.stringMatching(/newer Liaison \(schema version 42\).*reads up to schema version 1/) as unknown },
    ]);
    expect(await bytesOf(dir)).toEqual(before);
  });

  it('a launch while the app is still closing (the last save, the compaction) starts it again once it has closed', async () => {
    const dir = await folder();
    const summary = await launchMain({ LIAISON_DATA_DIR: dir, LIAISON_SMOKE_LAUNCH_WHILE_QUITTING: '1' });
    expect(summary.quit?.completed, JSON.stringify(summary)).toBe(true);
    expect(summary.relaunches).toEqual([{ args: ['--again'] }]);
  });

  it('a plain quit does not start the app again', async () => {
    const dir = await folder();
    const summary = await launchMain({ LIAISON_DATA_DIR: dir });
    expect(summary.quit?.completed, JSON.stringify(summary)).toBe(true);
    expect(summary.relaunches).toEqual([]);
  });
});
