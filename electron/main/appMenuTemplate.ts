import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../shared/appCommand';
import { goToSections } from '../shared/goToSections';
import type { Catalog, MessageKey } from '../shared/i18n/en';
import { translate } from '../shared/i18n/translate';

interface Options {
  catalog: Catalog;
  locale: string;
  isMac: boolean;
  devTools: boolean;
  send: (command: AppCommand) => void;
}

/**
 * The native application menu: the platform's roles (app menu on macOS, Edit, View, Window, Help)
 * plus Liaison's commands, each sent to the page as an AppCommand. The page owns the shortcuts
 * (so they work the same in the e2e harness, and Ctrl+Z in a text field still undoes typing):
 * the menu shows them but does not register them, or each key press would fire twice.
 */
export function appMenuTemplate({ catalog, locale, isMac, devTools, send }: Options): MenuItemConstructorOptions[] {
  const t = (key: MessageKey) => translate(catalog, locale, key);
  const item = (label: string, accelerator: string, command: AppCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: () => send(command),
  });
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: t('menu.file'),
      submenu: [
        item(t('menu.newRecord'), 'CmdOrCtrl+N', { type: 'new-record' }),
        item(t('menu.export'), 'CmdOrCtrl+E', { type: 'export' }),
        { type: 'separator' },
        item(t('menu.palette'), 'CmdOrCtrl+K', { type: 'palette' }),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        item(t('menu.undo'), 'CmdOrCtrl+Z', { type: 'undo' }),
        item(t('menu.redo'), isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y', { type: 'redo' }),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        item(t('menu.find'), 'CmdOrCtrl+F', { type: 'find' }),
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        ...goToSections.map((section, index) => item(t(section.titleKey), `CmdOrCtrl+${index + 1}`, { type: 'go', section: section.id })),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(devTools ? [{ role: 'toggleDevTools' } satisfies MenuItemConstructorOptions] : []),
      ],
    },
    { label: t('menu.window'), role: 'windowMenu' },
    { label: t('menu.help'), role: 'help', submenu: [{ role: 'about' }] },
  ];
}
