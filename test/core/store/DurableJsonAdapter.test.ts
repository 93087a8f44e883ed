import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Low } from 'lowdb';
import { describe, expect, it } from 'vitest';
import { DamagedFileError } from '../../../electron/core/store/DamagedFileError';
import { DurableJsonAdapter } from '../../../electron/core/store/DurableJsonAdapter';
import { nodeFsOps } from '../../../electron/core/store/nodeFsOps';
import { VALID, damagedShapes } from './damagedShapes';
import { fsError, listing, useTempDirs, withFaults } from './fsTestKit';

const tempDir = useTempDirs();
describe('DurableJsonAdapter', () => {
  it('is a working lowdb adapter: Low writes compact JSON to disk and reads it back', async () => {
    const dir = tempDir('adapter');
    const path = join(dir, 'liaison.json');
    const db = new Low<unknown>(new DurableJsonAdapter(nodeFsOps, path), { seq: 0 });
    db.data = { schemaVersion: 1, seq: 7, cities: { v: { nameCyrillic: 'Волгоград' } } };
    await db.write();
    expect(readFileSync(path, 'utf8')).toBe('{"schemaVersion":1,"seq":7,"cities":{"v":{"nameCyrillic":"Волгоград"}}}');
    expect(listing(dir)).toEqual(['liaison.json']);

    const again = new Low<unknown>(new DurableJsonAdapter(nodeFsOps, path), { seq: 0 });
    await again.read();
    expect(again.data).toEqual(db.data);
  });

  it('reads a missing file as null, so Low keeps its defaults', async () => {
    const path = join(tempDir('adapter'), 'liaison.json');
    expect(await new DurableJsonAdapter(nodeFsOps, path).read()).toBeNull();
    const db = new Low<unknown>(new DurableJsonAdapter(nodeFsOps, path), { fresh: true });
    await db.read();
    expect(db.data).toEqual({ fresh: true });
  });

  it.each(damagedShapes)('refuses a damaged file ($name) with its reason', async ({ bytes, reason }) => {
    const path = join(tempDir('adapter'), 'liaison.json');
    writeFileSync(path, bytes);
    const error = await new DurableJsonAdapter(nodeFsOps, path).read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DamagedFileError);
    const damaged = error as DamagedFileError;
    expect(damaged.path).toBe(path);
    expect(damaged.reason).toBe(reason);
    expect(damaged.message).toBe(`${path} is damaged: ${damaged.reason}.`);
    expect(readFileSync(path)).toEqual(bytes); // reading never changes the file
  });

  it('gives the byte offset of the damage, counting multi-byte letters as bytes', async () => {
    const path = join(tempDir('adapter'), 'liaison.json');
    writeFileSync(path, '{"city":"Волгоград"}}');
    await expect(new DurableJsonAdapter(nodeFsOps, path).read()).rejects.toMatchObject({
      reason: 'the file is not valid JSON (truncated or damaged at byte 29)', // 20 characters, 29 bytes
    });
  });

  it('lets a fault that is not damage (permission denied) through as it is', async () => {
    const path = join(tempDir('adapter'), 'liaison.json');
    writeFileSync(path, VALID);
    const fs = withFaults({ readFile: () => Promise.reject(fsError('EACCES', 'open')) });
    await expect(new DurableJsonAdapter(fs, path).read()).rejects.toMatchObject({ code: 'EACCES' });
  });

  it('whatever the bytes, read gives an object or a DamagedFileError, never anything else', async () => {
    const path = join(tempDir('adapter'), 'liaison.json');
    const adapter = new DurableJsonAdapter(nodeFsOps, path);
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.json().map((text) => Buffer.from(text)),
      fc.string().map((text) => Buffer.from(VALID.slice(0, text.length % VALID.length) + text)),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (content) => {
        writeFileSync(path, content);
        try {
          const value = await adapter.read();
          expect(typeof value === 'object' && value !== null && !Array.isArray(value)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(DamagedFileError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses to write undefined, which would empty the file', async () => {
    const path = join(tempDir('adapter'), 'liaison.json');
    writeFileSync(path, VALID);
    await expect(new DurableJsonAdapter(nodeFsOps, path).write(undefined)).rejects.toThrow(TypeError);
    expect(readFileSync(path, 'utf8')).toBe(VALID);
  });
});
