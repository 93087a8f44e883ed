import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Protocol } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { resolveAppPath } from '../../electron/main/appProtocol';
import { registerAppProtocol } from '../../electron/main/registerAppProtocol';
import { tempDir } from '../helpers/tempDir';
import { fakeProtocol } from './electronMock';

vi.mock('electron', () => ({}));

describe('app:// protocol', () => {
  it('maps app URLs into the renderer folder', () => {
    expect(resolveAppPath('/app/renderer', 'app://liaison/index.html')).toBe('/app/renderer/index.html');
    expect(resolveAppPath('/app/renderer', 'app://liaison/')).toBe('/app/renderer/index.html');
    expect(resolveAppPath('/app/renderer', 'app://liaison/assets/index-abc.js')).toBe('/app/renderer/assets/index-abc.js');
  });

  it.each(['app://liaison/../secret.txt', 'app://liaison/%2e%2e/secret.txt', 'app://liaison/assets/%2e%2e/%2e%2e/secret.txt'])(
    'keeps %s inside the renderer folder (the URL parser folds the dots first)',
    (url) => {
      const path = resolveAppPath('/app/renderer', url);
      expect(path === null || path.startsWith('/app/renderer/')).toBe(true);
    },
  );

  it.each([
    'app://liaison/..%2fsecret.txt',
    'app://liaison/..%2f..%2fetc%2fpasswd',
    'app://liaison/..%5csecret.txt',
    'app://liaison/%00index.html',
    'app://other/index.html',
    'file:///etc/passwd',
    'app://liaison/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(resolveAppPath('/app/renderer', url)).toBeNull();
  });

  it('serves files with their type and refuses traversal with a 404, never the file', async () => {
    const root = await tempDir();
    const renderer = join(root, 'renderer');
    await mkdir(renderer);
    await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Liaison</title>');
    await writeFile(join(root, 'secret.txt'), 'top secret');
    const protocol = fakeProtocol();
    registerAppProtocol(protocol as unknown as Protocol, renderer);
    const handler = protocol.handlers.get('app');
    if (!handler) throw new Error('app:// was not registered');
    const ok = await handler({ url: 'app://liaison/index.html' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('text/html');
    expect(await ok.text()).toContain('Liaison');
    const escape = await handler({ url: 'app://liaison/%2e%2e/secret.txt' });
    expect(escape.status).toBe(404);
    expect(await escape.text()).not.toContain('top secret');
    expect((await handler({ url: 'app://liaison/missing.js' })).status).toBe(404);
  });
});
