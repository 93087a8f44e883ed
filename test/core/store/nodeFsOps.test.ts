import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFsOps } from '../../../electron/core/store/nodeFsOps';
import { useTempDirs } from './fsTestKit';

const tempDir = useTempDirs();

describe('nodeFsOps', () => {
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
