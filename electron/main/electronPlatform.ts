import type { BrowserWindow, Dialog, NativeImage, Shell } from 'electron';
import type { Platform } from '../core/platform/Platform';
import { isExecutableFile } from './isExecutableFile';

/** The desktop services core asks for, done with Electron's dialog, shell and webContents. */
/**
 * `openedFile` hands over, once, a file the OS opened with the app (a .vcf): the next open dialog
 * starts on it, so the user confirms the file rather than looks for it.
 */
export function electronPlatform(
  dialog: Dialog,
  shell: Shell,
  window: () => BrowserWindow | null,
  openedFile: () => string | null = () => null,
  images?: { createFromBuffer(buffer: Buffer): NativeImage },
): Platform {
  return {
    // Chromium's own decoder draws the picture again, smaller: JPEG and PNG (what nativeImage
    // reads); the result holds pixels only, none of the original file's other bytes.
    shrinkImage(bytes, maxSide) {
      const image = images?.createFromBuffer(Buffer.from(bytes));
      if (!image || image.isEmpty()) return Promise.resolve(null);
      const { width, height } = image.getSize();
      if (Math.max(width, height) <= maxSide) return Promise.resolve(null);
      const smaller = image.resize(width >= height ? { width: maxSide, quality: 'best' } : { height: maxSide, quality: 'best' });
      const png = bytes[0] === 0x89 && bytes[1] === 0x50;
      return Promise.resolve(new Uint8Array(png ? smaller.toPNG() : smaller.toJPEG(85)));
    },
    async chooseSavePath({ title, defaultName, filters }) {
      const owner = window();
      const options = { title, defaultPath: defaultName, filters };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPaths({ title, filters, multiple }) {
      const owner = window();
      const properties: ('openFile' | 'multiSelections')[] = multiple ? ['openFile', 'multiSelections'] : ['openFile'];
      const start = openedFile();
      const options = { title, filters, properties, ...(start ? { defaultPath: start } : {}) };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async openPath(path) {
      // shell.openPath would run a program or a script: those are shown in their folder instead.
      if (await isExecutableFile(path)) {
        shell.showItemInFolder(path);
        return;
      }
      const error = await shell.openPath(path);
      if (error) throw new Error(`The file could not be opened: ${error}`);
    },
    print() {
      const owner = window();
      if (!owner) return Promise.reject(new Error('There is no window to print.'));
      return new Promise((resolve, reject) => {
        owner.webContents.print({}, (success, reason) => (success || reason === 'cancelled' ? resolve() : reject(new Error(`Printing failed: ${reason}`))));
      });
    },
    async printToPdf() {
      const owner = window();
      if (!owner) throw new Error('There is no window to print.');
      try {
        return await owner.webContents.printToPDF({ pageSize: 'A4', printBackground: false });
      } catch (error) {
        throw new Error(`Saving as PDF failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    },
  };
}
