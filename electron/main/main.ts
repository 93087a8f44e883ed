import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, Menu, Notification, app, dialog, ipcMain, nativeImage, protocol, safeStorage, screen, session, shell } from 'electron';
import { createDispatcher } from '../core/dispatcher/createDispatcher';
import { WorkspaceService } from '../core/workspace/WorkspaceService';
import { APP_COMMAND_CHANNEL } from '../shared/appCommand';
import type { StoreChangedEvent } from '../shared/contract';
import { en } from '../shared/i18n/en';
import { ru } from '../shared/i18n/ru';
import { launchFailureText } from './launchFailureText';
import { openAskingAboutLock } from './openAskingAboutLock';
// The packaged app has no separate node to run the CLI with, so main runs it for `--cli`; the CLI
// is plain Node and imports no Electron, so this one import across the layers is safe.
// eslint-disable-next-line no-restricted-imports
import { runCli } from '../cli/runCli';
import { appMenuTemplate } from './appMenuTemplate';
import { cliArgs } from './cliArgs';
import { dueNotifications } from './dueNotifications';
import { APP_ORIGIN, APP_SCHEME } from './appProtocol';
import { bindIpc } from './bindIpc';
import { forwardTaskProgress } from './forwardTaskProgress';
import { electronPlatform } from './electronPlatform';
import { registerAppProtocol } from './registerAppProtocol';
import { denyPermissions, lockDownContents, secureWebPreferences } from './secureWindow';
import { restoreBounds } from './windowBounds';
import { safeStorageVault } from './safeStorageVault';
import { trackBounds } from './trackBounds';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '../renderer');
const preloadPath = join(here, '../preload/preload.cjs');

// Must run before `ready`: app:// behaves like https (secure, standard, fetch) for the renderer.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const defaultSize = { width: 1200, height: 800 };
let mainWindow: BrowserWindow | null = null;
let service: WorkspaceService | null = null;

function createWindow(): BrowserWindow {
  const saved = service?.store.state.settings.window;
  const window = new BrowserWindow({
    // The displays are only asked about when there is a saved place to check against them.
    ...(saved ? restoreBounds(saved, [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea), defaultSize) : defaultSize),
    minWidth: 800,
    minHeight: 500,
    title: 'Liaison',
    show: false,
    webPreferences: secureWebPreferences(preloadPath, !app.isPackaged),
  });
  lockDownContents(window.webContents, shell);
  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize();
    window.show();
  });
  trackBounds(window, (bounds) => {
    // A preference, not undoable; a read-only workspace keeps the old place.
    service?.store.updateSettings({ window: bounds }).catch((error: unknown) => console.error('[liaison] could not save the window bounds', error));
  });
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

/** A .vcf the OS opened with the app, waiting for the import's file dialog. */
let openedFile: string | null = null;

function vcfIn(argv: readonly string[]): string | null {
  return argv.slice(1).find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.vcf')) ?? null;
}

/** Opens the contacts import on `path` (once the page is up, if it is not yet). */
function openFile(path: string | null): void {
  if (!path) return;
  openedFile = path;
  const contents = mainWindow?.webContents;
  if (contents && !contents.isLoading()) contents.send(APP_COMMAND_CHANNEL, { type: 'import' });
}

let menuLocale: 'en' | 'ru' | null = null;

/**
 * The native menu in the language of the settings, rebuilt when that changes. Every shortcut also
 * works from the page itself, so a platform where the menu cannot be built loses nothing but the menu.
 */
function installMenu(): void {
  const locale = service?.store.state.settings.locale ?? 'en';
  if (locale === menuLocale) return;
  try {
    const template = appMenuTemplate({
      catalog: locale === 'ru' ? ru : en,
      locale,
      isMac: process.platform === 'darwin',
      devTools: !app.isPackaged,
      send: (command) => mainWindow?.webContents.send(APP_COMMAND_CHANNEL, command),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    menuLocale = locale;
  } catch (error) {
    console.error('[liaison] could not build the application menu', error);
  }
}

/** How often main looks for birthdays, follow-ups and next steps falling due while the app runs. */
const DUE_CHECK_MS = 10 * 60 * 1000;
const notified = new Set<string>();

/** Shows a desktop notification for each reminder newly due; clicking one opens Home, which lists them all. */
async function notifyDue(): Promise<void> {
  if (!service) return;
  try {
    if (!Notification.isSupported()) return;
    const handlers = service.handlers();
    const [followUps, steps, birthdays] = await Promise.all([
      handlers['followUps:due']({ limit: 50 }),
      handlers['nextSteps:list']({ when: 'due' }),
      handlers['birthdays:soon']({ days: 1, limit: 50 }),
    ]);
    const locale = service.store.state.settings.locale;
    for (const { title, body } of dueNotifications(followUps, steps, notified, locale === 'ru' ? ru : en, locale, birthdays)) {
      const notification = new Notification({ title, body });
      notification.on('click', () => {
        if (!mainWindow) return;
        if (mainWindow.isMinimized()) mainWindow.restore();
        mainWindow.focus();
        mainWindow.webContents.send(APP_COMMAND_CHANNEL, { type: 'go', section: 'home' });
      });
      notification.show();
    }
  } catch (error) {
    // A reminder that cannot be shown is still on the home screen; the app carries on.
    console.error('[liaison] could not show the due reminders', error);
  }
}

async function start(): Promise<void> {
  // The app keeps one window per workspace; a second launch focuses the first and touches nothing.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', (_event, argv: string[]) => {
    if (closing) {
      // Started again while the last save and compaction finish after the window closed (seconds
      // at 100,000 contacts): that launch has already given up, so start anew once this one ends.
      app.relaunch({ args: argv.slice(1) });
      return;
    }
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
    openFile(vcfIn(argv));
  });
  // macOS hands files over by event, also the one the app was started with.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFile(path);
  });
  await app.whenReady();
  denyPermissions(session.defaultSession);
  registerAppProtocol(protocol, rendererDir);
  try {
    const opened = await openAskingAboutLock((takeOver) => WorkspaceService.open({
      // The same folder core's defaultDataDir() gives the CLI: userData (named after productName) + workspace/.
      dir: process.env.LIAISON_DATA_DIR || join(app.getPath('userData'), 'workspace'),
      owner: 'app',
      takeOver,
      resourcesDir: join(app.getAppPath(), 'resources'),
      // Folding the journal into the snapshot parses the whole store: keep it off this thread.
      compaction: { runner: { worker: join(here, 'compactWorker.js') } },
      // Sync passwords: encrypted by the OS keychain's key, beside (never inside) the workspace.
      vault: safeStorageVault(app.getPath('userData'), safeStorage),
      platform: electronPlatform(dialog, shell, () => mainWindow, () => {
        const file = openedFile;
        openedFile = null;
        return file;
      }, nativeImage),
    }), dialog, app.getLocale());
    if (!opened) {
      app.exit(0);
      return;
    }
    service = opened;
  } catch (error) {
    const { title, content } = launchFailureText(error, app.getLocale());
    dialog.showErrorBox(title, content);
    app.exit(1);
    return;
  }
  const dispatch = createDispatcher(service.handlers(), (error) => console.error('[liaison] internal error', error));
  bindIpc(ipcMain, dispatch, () => mainWindow?.webContents ?? null);
  service.store.onChange((change) => {
    const event: StoreChangedEvent = { version: change.seq, type: change.type, ids: change.ids };
    mainWindow?.webContents.send('store:changed', event);
    if (change.type === 'settings') installMenu();
  });
  forwardTaskProgress(service.tasks, () => mainWindow?.webContents ?? null);
  // A folder set to live sync starts following its server now; a missing server only sets the status.
  service.sync().catch((error: unknown) => console.error('[liaison] could not start the sync', error));
  installMenu();
  mainWindow = createWindow();
  const startedWith = vcfIn(process.argv);
  if (startedWith) openedFile = startedWith;
  // On every load (a reload too): a file still waiting is handed to the page once it can take it.
  mainWindow.webContents.on('did-finish-load', () => {
    if (openedFile) mainWindow?.webContents.send(APP_COMMAND_CHANNEL, { type: 'import' });
  });
  // First look a little after start (the page is up by then), then every few minutes.
  setTimeout(() => void notifyDue(), 15_000).unref();
  setInterval(() => void notifyDue(), DUE_CHECK_MS).unref();
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

/** `Liaison --cli …`: the CLI's command without any window, exiting with the CLI's code. */
async function runCliAndExit(args: string[]): Promise<void> {
  const code = await runCli(args, {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    env: process.env,
    resourcesDir: join(app.getAppPath(), 'resources'),
    // As the plain CLI: a progress line on a terminal, and Ctrl+C cancels long work cleanly.
    progress: process.stderr.isTTY === true,
    onInterrupt: (handler) => {
      process.on('SIGINT', handler);
      return () => {
        process.off('SIGINT', handler);
      };
    },
  });
  app.exit(code);
}

const cli = cliArgs(process.argv);
if (cli) void runCliAndExit(cli);
else void start();
