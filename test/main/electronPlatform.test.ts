import type { BrowserWindow, Dialog, Shell } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { electronPlatform } from '../../electron/main/electronPlatform';

vi.mock('electron', () => ({}));

function fakes(options: { canceled?: boolean; openError?: string; printed?: [boolean, string] } = {}) {
  const dialog = {
    showSaveDialog: vi.fn(() => Promise.resolve({ canceled: options.canceled ?? false, filePath: '/home/anna/contacts.vcf' })),
    showOpenDialog: vi.fn(() => Promise.resolve({ canceled: options.canceled ?? false, filePaths: ['/home/anna/a.vcf', '/home/anna/b.vcf'] })),
  };
  const shell = { openPath: vi.fn(() => Promise.resolve(options.openError ?? '')) };
  const print = vi.fn((_opts: unknown, done: (success: boolean, reason: string) => void) => done(...(options.printed ?? [true, ''])));
  const window = { webContents: { print } };
  const platform = electronPlatform(dialog as unknown as Dialog, shell as unknown as Shell, () => window as unknown as BrowserWindow);
  return { platform, dialog, shell, print, window };
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

  it('turns a failed open or print into a sentence; a cancelled print is no error', async () => {
    await expect(fakes({ openError: 'No application is associated' }).platform.openPath('/x.pdf')).rejects.toThrow('The file could not be opened: No application is associated');
    await expect(fakes({ printed: [false, 'cancelled'] }).platform.print()).resolves.toBeUndefined();
    await expect(fakes({ printed: [false, 'failed'] }).platform.print()).rejects.toThrow('Printing failed: failed');
  });
});
