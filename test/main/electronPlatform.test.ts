import type { BrowserWindow, Dialog, Shell } from 'electron';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { electronPlatform } from '../../electron/main/electronPlatform';

vi.mock('electron', () => ({}));

function fakes(options: { canceled?: boolean; openError?: string; printed?: [boolean, string]; pdfError?: string } = {}) {
  const dialog = {
    showSaveDialog: vi.fn(() => Promise.resolve({ canceled: options.canceled ?? false, filePath: '/home/anna/contacts.vcf' })),
    showOpenDialog: vi.fn(() => Promise.resolve({ canceled: options.canceled ?? false, filePaths: ['/home/anna/a.vcf', '/home/anna/b.vcf'] })),
  };
  const shell = { openPath: vi.fn(() => Promise.resolve(options.openError ?? '')), showItemInFolder: vi.fn() };
  const print = vi.fn((_opts: unknown, done: (success: boolean, reason: string) => void) => done(...(options.printed ?? [true, ''])));
  const printToPDF = vi.fn(() => (options.pdfError ? Promise.reject(new Error(options.pdfError)) : Promise.resolve(Buffer.from('%PDF-1.7 program'))));
  const window = { webContents: { print, printToPDF } };
  const platform = electronPlatform(dialog as unknown as Dialog, shell as unknown as Shell, () => window as unknown as BrowserWindow);
  return { platform, dialog, shell, print, printToPDF, window };
}

describe('electron platform', () => {
  it('asks where to save over the window, and answers null when cancelled', async () => {
    const { platform, dialog, window } = fakes();
    const filters = [{ name: 'vCard', extensions: ['vcf'] }];
    expect(await platform.chooseSavePath({ title: 'Export contacts', defaultName: 'contacts.vcf', filters })).toBe('/home/anna/contacts.vcf');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(window, { title: 'Export contacts', defaultPath: 'contacts.vcf', filters });
    expect(await fakes({ canceled: true }).platform.chooseSavePath({ title: 't', defaultName: 'x', filters })).toBeNull();
  });

  it('opens one or several files, and nothing when cancelled', async () => {
    const { platform, dialog } = fakes();
    expect(await platform.chooseOpenPaths({ title: 'Import', filters: [], multiple: true })).toEqual(['/home/anna/a.vcf', '/home/anna/b.vcf']);
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ properties: ['openFile', 'multiSelections'] }));
    expect(await fakes({ canceled: true }).platform.chooseOpenPaths({ title: 'Import', filters: [], multiple: false })).toEqual([]);
  });

  it('prints the window to an A4 PDF without a dialog, and says so when it fails', async () => {
    const { platform, printToPDF } = fakes();
    expect(Buffer.from(await platform.printToPdf()).toString()).toBe('%PDF-1.7 program');
    expect(printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: false });
    await expect(fakes({ pdfError: 'renderer gone' }).platform.printToPdf()).rejects.toThrow('Saving as PDF failed: renderer gone');
  });

  it('turns a failed open or print into a sentence; a cancelled print is no error', async () => {
    await expect(fakes({ openError: 'No application is associated' }).platform.openPath('/x.pdf')).rejects.toThrow('The file could not be opened: No application is associated');
    await expect(fakes({ printed: [false, 'cancelled'] }).platform.print()).resolves.toBeUndefined();
    await expect(fakes({ printed: [false, 'failed'] }).platform.print()).rejects.toThrow('Printing failed: failed');
  });
});

describe('opening an attachment never runs it', () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  function attachment(name: string, mode = 0o644): string {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-attachment-'));
    made.push(dir);
    const path = join(dir, name);
    writeFileSync(path, 'MZ\u0090\u0000 not really a program');
    chmodSync(path, mode);
    return path;
  }

  it.each([
    'offer.exe', 'run.bat', 'run.cmd', 'old.com', 'setup.msi', 'Shortcut.lnk', 'start.command', 'Viewer.app', 'launch.desktop', 'install.sh',
    'tool.jar', 'script.ps1', 'OFFER.EXE', 'Setup.MsI', 'screensaver.scr', 'macro.vbs', 'offer.pdf.exe', 'offer.exe. ', 'page.hta',
  ])('shows %j in its folder instead of opening it', async (name) => {
    const { platform, shell } = fakes();
    const path = attachment(name);
    await platform.openPath(path);
    expect(shell.openPath).not.toHaveBeenCalled();
    expect(shell.showItemInFolder).toHaveBeenCalledWith(path);
  });

  it('shows in its folder a file with an execute permission, whatever its name', async () => {
    const { platform, shell } = fakes();
    const path = attachment('budget', 0o755);
    await platform.openPath(path);
    expect(shell.openPath).not.toHaveBeenCalled();
    expect(shell.showItemInFolder).toHaveBeenCalledWith(path);
  });

  it.each(['offer.pdf', 'Budget.XLSX', 'photo.jpg', 'letter.docx', 'exe-notes.txt'])('opens %j with its application', async (name) => {
    const { platform, shell } = fakes();
    const path = attachment(name);
    await platform.openPath(path);
    expect(shell.openPath).toHaveBeenCalledWith(path);
    expect(shell.showItemInFolder).not.toHaveBeenCalled();
  });

  it('draws a large picture again with its longer side at 512 px (a PNG stays a PNG), and leaves a small or unreadable one alone', async () => {
    const resized: unknown[] = [];
    const image = (width: number, height: number, empty = false) => ({
      isEmpty: () => empty,
      getSize: () => ({ width, height }),
      resize: (options: unknown) => (resized.push(options), { toJPEG: (q: number) => Buffer.from(`jpeg ${q}`), toPNG: () => Buffer.from('png') }),
    });
    const sizes = [image(4000, 3000), image(3000, 4000), image(300, 200), image(0, 0, true), image(2000, 2000)];
    const images = { createFromBuffer: vi.fn(() => sizes.shift()) };
    const platform = electronPlatform({} as Dialog, {} as Shell, () => null, () => null, images as unknown as Parameters<typeof electronPlatform>[4]);
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff]);
    expect(new TextDecoder().decode((await platform.shrinkImage?.(jpeg, 512)) ?? undefined)).toBe('jpeg 85');
    expect(new TextDecoder().decode((await platform.shrinkImage?.(jpeg, 512)) ?? undefined)).toBe('jpeg 85');
    expect(await platform.shrinkImage?.(jpeg, 512)).toBeNull();
    expect(await platform.shrinkImage?.(jpeg, 512)).toBeNull();
    expect(new TextDecoder().decode((await platform.shrinkImage?.(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 512)) ?? undefined)).toBe('png');
    expect(resized).toEqual([{ width: 512, quality: 'best' }, { height: 512, quality: 'best' }, { width: 512, quality: 'best' }]);
  });
});
