import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from '../../electron/main/appMenuTemplate';
import type { AppCommand } from '../../electron/shared/appCommand';
import { en } from '../../electron/shared/i18n/en';
import { ru } from '../../electron/shared/i18n/ru';

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);

describe('the application menu', () => {
  it('has the platform roles and sends each command to the page', () => {
    const sent: AppCommand[] = [];
    const template = appMenuTemplate({ catalog: en, locale: 'en', isMac: false, devTools: false, send: (c) => sent.push(c) });
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    const all = flatten(template);
    for (const role of ['cut', 'copy', 'paste', 'selectAll', 'windowMenu', 'help', 'quit', 'togglefullscreen']) expect(all.some((i) => i.role === role), role).toBe(true);
    expect(all.some((i) => i.role === 'toggleDevTools')).toBe(false);
    const byLabel = (label: string) => all.find((i) => i.label === label);
    expect(byLabel('New record')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel('Find')?.accelerator).toBe('CmdOrCtrl+F');
    expect(byLabel('Contacts')?.accelerator).toBe('CmdOrCtrl+2');
    for (const label of ['New record', 'Export contacts…', 'Command palette…', 'Undo', 'Redo', 'Find', 'Contacts']) {
      const item = byLabel(label);
      // The page owns the keys; a registered accelerator would fire the command twice.
      expect(item?.registerAccelerator).toBe(false);
      (item?.click as () => void)();
    }
    expect(sent).toEqual([{ type: 'new-record' }, { type: 'export' }, { type: 'palette' }, { type: 'undo' }, { type: 'redo' }, { type: 'find' }, { type: 'go', section: 'contacts' }]);
  });

  it('speaks Russian, and follows macOS conventions on a Mac', () => {
    const template = appMenuTemplate({ catalog: ru, locale: 'ru', isMac: true, devTools: true, send: () => undefined });
    expect(template[0]?.role).toBe('appMenu');
    expect(template.slice(1).map((item) => item.label)).toEqual(['Файл', 'Правка', 'Вид', 'Окно', 'Справка']);
    const all = flatten(template);
    expect(all.find((i) => i.label === 'Повторить')?.accelerator).toBe('Cmd+Shift+Z');
    expect(all.some((i) => i.role === 'toggleDevTools')).toBe(true);
    expect(all.some((i) => i.role === 'close')).toBe(true);
  });
});
