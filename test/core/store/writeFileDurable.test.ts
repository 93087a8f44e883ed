import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFsOps } from '../../../electron/core/store/nodeFsOps';
import { DURABLE_SLICE_BYTES, writeFileDurable } from '../../../electron/core/store/writeFileDurable';
import { fsError, listing, recording, useTempDirs, withFaults } from './fsTestKit';

const tempDir = useTempDirs();
const ORIGINAL = '{"schemaVersion":1,"seq":41,"note":"the bytes that must survive"}';

function setup(): { dir: string; target: string } {
  const dir = tempDir('durable');
  const target = join(dir, 'liaison.json');
  writeFileSync(target, ORIGINAL);
  return { dir, target };
}

describe('writeFileDurable', () => {
  it('creates and replaces a file, leaving only the target behind', async () => {
    const dir = tempDir('durable');
    const target = join(dir, 'liaison.json');
    await writeFileDurable(nodeFsOps, target, 'first');
    await writeFileDurable(nodeFsOps, target, 'Волгоград — second');
    expect(readFileSync(target, 'utf8')).toBe('Волгоград — second');
    await writeFileDurable(nodeFsOps, target, new Uint8Array([0x7b, 0x7d]));
    expect(readFileSync(target, 'utf8')).toBe('{}');
    expect(listing(dir)).toEqual(['liaison.json']);
  });

  it('makes a large file durable slice by slice, so a save running beside it never waits for the whole file', async () => {
    // A save's fdatasync commits the file system's journal, which writes out every data block
    // allocated since the last commit: a 100 MB snapshot fsynced once at the end held saves up for
    // all of it (B1c). Whole file and chunked (an export) alike; the bytes are all there.
    const dir = tempDir('durable');
    const target = join(dir, 'liaison.json');
    const bytes = Buffer.alloc(Math.round(2.5 * DURABLE_SLICE_BYTES), 0x61);
    for (const data of [bytes, chunksOf(bytes, 300_000)]) {
      const log: string[] = [];
      await writeFileDurable(recording(log), target, data);
      const calls = log.filter((line) => /^(write|datasync|sync) .*\.tmp$/.test(line)).map((line) => line.split(' ')[0]);
      // One flush after each full slice (of 2.5), the last slice left to the final fsync.
      expect(calls.filter((call) => call !== 'write')).toEqual(['datasync', 'datasync', 'sync']);
      expect(calls.indexOf('datasync')).toBeGreaterThan(0);
      expect(readFileSync(target).equals(bytes)).toBe(true);
    }
  });

  it('fsyncs the temp file, then renames over the target, then fsyncs the folder', async () => {
    const { dir, target } = setup();
    const log: string[] = [];
    await writeFileDurable(recording(log), target, 'new');
    const renameAt = log.findIndex((line) => line.startsWith('rename '));
    const rename = log[renameAt] ?? '';
    const temp = rename.slice('rename '.length, rename.indexOf(' -> '));
    expect(rename).toBe(`rename ${temp} -> ${target}`);
    expect(temp).toMatch(new RegExp(`^${escape(dir)}/liaison\\.json\\.${process.pid}\\.[0-9a-f]+\\.tmp$`));
    expect(log.indexOf(`open ${temp} wx`)).toBe(0);
    expect(log.indexOf(`sync ${temp}`)).toBeGreaterThan(log.indexOf(`write ${temp}`));
    expect(log.indexOf(`close ${temp}`)).toBeGreaterThan(log.indexOf(`sync ${temp}`));
    expect(renameAt).toBeGreaterThan(log.indexOf(`close ${temp}`));
    expect(log.indexOf(`syncDir ${dir}`)).toBeGreaterThan(renameAt);
    // The target is not named by any call before the rename.
    expect(log.slice(0, renameAt).some((line) => line.includes(target + ' ') || line.endsWith(target))).toBe(false);
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it('writes every byte when the OS accepts only a few at a time', async () => {
    const { target } = setup();
    const text = JSON.stringify({ city: 'Волгоград', filler: 'x'.repeat(5000) });
    const fs = withFaults({
      handle: (_path, _flags, real) => ({ ...real, write: (data, position) => real.write(typeof data === 'string' ? data : data.subarray(0, 7), position) }),
    });
    await writeFileDurable(fs, target, text);
    expect(readFileSync(target, 'utf8')).toBe(text);
  });

  it('on ENOSPC during the write, keeps the original byte for byte and removes the temp file', async () => {
    const { dir, target } = setup();
    const fs = withFaults({
      handle: (_path, _flags, real) => ({
        ...real,
        write: async (data, position) => {
          if (typeof data !== 'string' && data.byteLength > 4) await real.write(data.subarray(0, 4), position); // part lands, then the disk is full
          throw fsError('ENOSPC', 'write');
        },
      }),
    });
    await expect(writeFileDurable(fs, target, 'x'.repeat(10_000))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readFileSync(target, 'utf8')).toBe(ORIGINAL);
    expect(listing(dir)).toEqual(['liaison.json']);
  });

  it('on a failed fsync, keeps the original byte for byte and removes the temp file', async () => {
    const { dir, target } = setup();
    const fs = withFaults({ handle: (_path, _flags, real) => ({ ...real, sync: () => Promise.reject(fsError('EIO', 'fsync')) }) });
    await expect(writeFileDurable(fs, target, 'new')).rejects.toMatchObject({ code: 'EIO' });
    expect(readFileSync(target, 'utf8')).toBe(ORIGINAL);
    expect(listing(dir)).toEqual(['liaison.json']);
  });

  it('retries a rename refused with EPERM (a Windows virus scanner) and then succeeds', async () => {
    const { dir, target } = setup();
    let calls = 0;
    const fs = withFaults({
      rename: (from, to) => {
        calls++;
        return calls <= 2 ? Promise.reject(fsError('EPERM', 'rename')) : nodeFsOps.rename(from, to);
      },
    });
    await writeFileDurable(fs, target, 'new');
    expect(calls).toBe(3);
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(listing(dir)).toEqual(['liaison.json']);
  });

  it('gives up on a rename that keeps failing with EPERM, and cleans up', async () => {
    const { dir, target } = setup();
    let calls = 0;
    const fs = withFaults({
      rename: () => {
        calls++;
        return Promise.reject(fsError('EPERM', 'rename'));
      },
    });
    await expect(writeFileDurable(fs, target, 'new')).rejects.toMatchObject({ code: 'EPERM' });
    expect(calls).toBe(5);
    expect(readFileSync(target, 'utf8')).toBe(ORIGINAL);
    expect(listing(dir)).toEqual(['liaison.json']);
  });

  it('does not retry a rename error that will not clear by itself', async () => {
    const { target } = setup();
    let calls = 0;
    const fs = withFaults({
      rename: () => {
        calls++;
        return Promise.reject(fsError('EXDEV', 'rename'));
      },
    });
    await expect(writeFileDurable(fs, target, 'new')).rejects.toMatchObject({ code: 'EXDEV' });
    expect(calls).toBe(1);
  });

  it('rejects when the folder cannot be fsynced, since the rename is not yet known to be durable', async () => {
    const { dir, target } = setup();
    const fs = withFaults({ syncDir: () => Promise.reject(fsError('EIO', 'fsync')) });
    await expect(writeFileDurable(fs, target, 'new')).rejects.toMatchObject({ code: 'EIO' });
    expect(listing(dir)).toEqual(['liaison.json']);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The bytes in chunks, as an export hands them over. */
function chunksOf(bytes: Buffer, size: number): AsyncIterable<Uint8Array> {
  return (async function* () {
    for (let at = 0; at < bytes.byteLength; at += size) yield await Promise.resolve(bytes.subarray(at, at + size));
  })();
}
