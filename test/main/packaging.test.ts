// Builds the unpacked Linux layout offline, as `npm run dist` would, and reads the asar back: only
// the built app and its resources go in, and main finds its preload and its page inside it.
// Offline: a placeholder Electron (a file named `electron` and a `version`) stands in for the
// download, and the fuses are off for this run, since they patch a real Electron binary.
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile, listPackage } from '@electron/asar';
import { Platform, build, type Configuration } from 'electron-builder';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempDir';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

describe('packaging', () => {
  it('puts only the built app and its resources in the asar, with main’s preload and page', async () => {
    expect(existsSync(join(repoRoot, 'out/main/main.js')), 'run `npx electron-vite build` before this test').toBe(true);
    const pkg = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { main: string; devDependencies: Record<string, string> };
    const config = load(await readFile(join(repoRoot, 'electron-builder.yml'), 'utf8')) as Configuration;
    const work = await tempDir('liaison-dist-');
    const electronDist = join(work, 'electron');
    await mkdir(electronDist);
    await writeFile(join(electronDist, 'electron'), '#!/bin/sh\n');
    await chmod(join(electronDist, 'electron'), 0o755);
    const electronVersion = pkg.devDependencies.electron ?? '';
    await writeFile(join(electronDist, 'version'), electronVersion);

    await build({
      projectDir: repoRoot,
      targets: Platform.LINUX.createTarget('dir'),
      publish: 'never',
      config: { ...config, electronDist, electronVersion, electronFuses: null, directories: { ...config.directories, output: join(work, 'release') } },
    });

    const asar = join(work, 'release/linux-unpacked/resources/app.asar');
    const entries = listPackage(asar, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
    const sources = entries.filter((entry) => /\.(ts|tsx|map)$/.test(entry) || /^\/(electron|renderer|test|scripts|bench|docs)(\/|$)/.test(entry) || /\/(test|tests|__tests__)\//.test(entry));
    expect(sources).toEqual([]);
    expect(entries.filter((entry) => entry.startsWith('/node_modules'))).toEqual([]);

    expect(entries).toContain(`/${pkg.main}`);
    const mainDir = posix.dirname(`/${pkg.main}`);
    const mainJs = extractFile(asar, pkg.main).toString('utf8');
    // main.ts: preloadPath = join(here, '../preload/preload.cjs'); rendererDir = join(here, '../renderer').
    expect(mainJs).toContain('../preload/preload.cjs');
    expect(entries).toContain(posix.join(mainDir, '../preload/preload.cjs'));
    expect(entries).toContain(posix.join(mainDir, '../renderer/index.html'));
    expect(entries).toContain(posix.join(mainDir, 'cli.js'));
    expect(entries).toContain(posix.join(mainDir, 'compactWorker.js'));
    expect(entries.some((entry) => entry.startsWith('/resources/sample/'))).toBe(true);
  }, 120_000);

  it('declares the targets, icons at every size and the .vcf association', async () => {
    const config = load(await readFile(join(repoRoot, 'electron-builder.yml'), 'utf8')) as Configuration;
    expect(config.appId).toBe('org.liaison.desktop');
    expect(config.productName).toBe('Liaison');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    const associations = [config.fileAssociations ?? []].flat();
    expect(associations.map((a) => a.ext)).toEqual(['vcf']);
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      const png = await readFile(join(repoRoot, `resources/icons/${size}x${size}.png`));
      // The PNG header's IHDR holds the width and height, big-endian, at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    expect((await readFile(join(repoRoot, 'resources/icons/icon.icns'))).subarray(0, 4).toString('latin1')).toBe('icns');
    const ico = await readFile(join(repoRoot, 'resources/icons/icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 7]);
  });
});
