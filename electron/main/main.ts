import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, app, dialog, ipcMain, protocol, session, shell } from 'electron';
import { createDispatcher } from '../core/dispatcher/createDispatcher';
import { WorkspaceService } from '../core/workspace/WorkspaceService';
import type { StoreChangedEvent } from '../shared/contract';
import { APP_ORIGIN, APP_SCHEME } from './appProtocol';
import { bindIpc } from './bindIpc';
import { electronPlatform } from './electronPlatform';
import { registerAppProtocol } from './registerAppProtocol';
import { denyPermissions, lockDownContents, secureWebPreferences } from './secureWindow';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '../renderer');
const preloadPath = join(here, '../preload/preload.cjs');

// Must run before `ready`: app:// behaves like https (secure, standard, fetch) for the renderer.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;
let service: WorkspaceService | null = null;

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 800,
    minHeight: 500,
    title: 'Liaison',
    show: false,
    webPreferences: secureWebPreferences(preloadPath, !app.isPackaged),
  });
  lockDownContents(window.webContents, shell);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

async function start(): Promise<void> {
  // The app keeps one window per workspace; a second launch focuses the first and touches nothing.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  await app.whenReady();
  denyPermissions(session.defaultSession);
  registerAppProtocol(protocol, rendererDir);
  try {
    service = await WorkspaceService.open({
      // The same folder core's defaultDataDir() gives the CLI: userData (named after productName) + workspace/.
      dir: process.env.LIAISON_DATA_DIR || join(app.getPath('userData'), 'workspace'),
      owner: 'app',
      resourcesDir: join(app.getAppPath(), 'resources'),
      // Folding the journal into the snapshot parses the whole store: keep it off this thread.
      compaction: { runner: { worker: join(here, 'compactWorker.js') } },
      platform: electronPlatform(dialog, shell, () => mainWindow),
    });
  } catch (error) {
    dialog.showErrorBox('Liaison cannot open its workspace', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  const dispatch = createDispatcher(service.handlers(), (error) => console.error('[liaison] internal error', error));
  bindIpc(ipcMain, dispatch, () => mainWindow?.webContents ?? null);
  service.store.onChange((change) => {
    const event: StoreChangedEvent = { version: change.seq, type: change.type, ids: change.ids };
    mainWindow?.webContents.send('store:changed', event);
  });
  mainWindow = createWindow();
  app.on('activate', () => {
    if (!mainWindow) mainWindow = createWindow();
  });
}

app.on('web-contents-created', (_event, contents) => lockDownContents(contents, shell));
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

let closing = false;
app.on('before-quit', (event) => {
  // Finish the last save and release the lock before the process ends.
  if (!service || closing) return;
  event.preventDefault();
  closing = true;
  const open = service;
  service = null;
  void open.close().finally(() => app.quit());
});

void start();
