import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Platform } from '../../../electron/core/platform/Platform';

/**
 * The harness's stand-in for native dialogs, scripted through files in one folder the test owns:
 * a save dialog answers `<dir>/<defaultName>` (or null when `<dir>/cancel` exists); an open dialog
 * answers the paths listed in `<dir>/open.json`; openPath, print and printToPdf append a line to
 * `<dir>/opened.log` and `<dir>/printed.log`, so a test can see what the user would have seen.
 */
export function scriptedPlatform(dir: string): Platform {
  const exists = (path: string) =>
    readFile(path).then(
      () => true,
      () => false,
    );
  return {
    async chooseSavePath({ defaultName }) {
      return (await exists(join(dir, 'cancel'))) ? null : join(dir, defaultName);
    },
    async chooseOpenPaths() {
      try {
        return JSON.parse(await readFile(join(dir, 'open.json'), 'utf8')) as string[];
      } catch {
        return [];
      }
    },
    async openPath(path) {
      await appendFile(join(dir, 'opened.log'), `${path}\n`);
    },
    async print() {
      await appendFile(join(dir, 'printed.log'), `${new Date().toISOString()}\n`);
    },
    // The harness serves the page but does not draw it: a PDF header and a line saying so, logged like a print.
    async printToPdf() {
      await appendFile(join(dir, 'printed.log'), `pdf ${new Date().toISOString()}\n`);
      return new TextEncoder().encode('%PDF-1.4\n% drawn by the e2e harness, which cannot render the page\n%%EOF\n');
    },
  };
}
