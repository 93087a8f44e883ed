import { readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFsOps } from '../../../electron/core/store/nodeFsOps';
import { useTempDirs } from './fsTestKit';

const tempDir = useTempDirs();

describe('nodeFsOps', () => {
  it('reads a file whole in one go: empty, small and many megabytes, byte for byte; a missing one fails as ENOENT', async () => {
    const dir = tempDir('fsops');
    for (const [name, bytes] of [['empty', Buffer.alloc(0)], ['small', Buffer.from('{"a":1}\n')], ['large', randomBytes(5 * 1024 * 1024 + 3)]] as const) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const read = await nodeFsOps.readFile(path);
      expect(read.length, name).toBe(bytes.length);
      expect(read.equals(bytes), name).toBe(true);
    }
    await expect(nodeFsOps.readFile(join(dir, 'absent'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('writes bytes and text at the file position given (Node would read it as a buffer offset)', async () => {
    const path = join(tempDir('fsops'), 'f');
    const handle = await nodeFsOps.open(path, 'wx');
    await handle.write(new TextEncoder().encode('abc'), 0);
    await handle.write(new TextEncoder().encode('XYZ'), 6);
    await handle.write('def', 3);
    await handle.sync();
    await handle.close();
    expect(readFileSync(path, 'utf8')).toBe('abcdefXYZ');
  });

  it('refuses to create over an existing file with wx', async () => {
    const path = join(tempDir('fsops'), 'f');
    await (await nodeFsOps.open(path, 'wx')).close();
    await expect(nodeFsOps.open(path, 'wx')).rejects.toMatchObject({ code: 'EEXIST' });
  });

  it('makes nested folders, twice without complaint, and fsyncs a folder', async () => {
    const dir = join(tempDir('fsops'), 'a', 'b');
    await nodeFsOps.mkdir(dir);
    await nodeFsOps.mkdir(dir);
    await nodeFsOps.syncDir(dir);
    expect(await nodeFsOps.readdir(join(dir, '..'))).toEqual(['b']);
  });
});
