// A stand-in for the `electron` module, for loading the BUILT main bundle under plain Node
// (test/smoke/register.mjs routes `import 'electron'` here). It records what main does:
// ipcMain.handle registrations, privileged schemes, protocol handlers, windows and their
// webPreferences, permission handlers, error dialogs, external links, and the quit sequence.
// Everything recorded is in the exported `__stub` (also globalThis.__electronStub).
//
// Unknown members of the main objects do not crash the bundle: they return a no-op function and
// are listed in `__stub.unstubbed`, so a new API shows up in the smoke summary instead.
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url)).replace(/[\\/]$/, '');

export const __stub = {
  repoRoot,
  userData: process.env.LIAISON_SMOKE_USER_DATA || mkdtempSync(join(tmpdir(), 'liaison-smoke-userdata-')),
  ownsUserData: !process.env.LIAISON_SMOKE_USER_DATA,
  ready: false,
  ipcHandlers: new Map(),
  ipcListeners: [],
  duplicateHandlers: [],
  privilegedSchemes: [],
  privilegedAfterReady: false,
  protocolHandlers: new Map(),
  protocolHandledBeforeReady: [],
  windows: [],
  permissionRequestHandler: null,
  permissionCheckHandler: null,
  errorBoxes: [],
  messageBoxes: [],
  openExternal: [],
  singleInstanceLockRequested: false,
  quitCalls: 0,
  /** app.relaunch() calls, with their options. */
  relaunches: [],
  quitCompleted: false,
  exitCode: undefined,
  applicationMenu: undefined,
  unstubbed: new Set(),
  /** Resolves once the app has quit (the whole before-quit/will-quit/quit sequence) or exited. */
  ended: null,
};
globalThis.__electronStub = __stub;

let endedResolve;
__stub.ended = new Promise((resolve) => (endedResolve = resolve));

/** Unknown string members become recorded no-ops instead of TypeErrors. */
function lenient(name, target) {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === 'symbol' || prop in obj || prop === 'then' || prop === 'toJSON') return Reflect.get(obj, prop, receiver);
      __stub.unstubbed.add(`${name}.${prop}`);
      return () => undefined;
    },
  });
}

class Emitter extends EventEmitter {}

function electronEvent() {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

// --- session -----------------------------------------------------------------------------------

function makeSession(partition) {
  const emitter = new Emitter();
  return lenient(`session(${partition})`, Object.assign(emitter, {
    partition,
    setPermissionRequestHandler(handler) {
      __stub.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler) {
      __stub.permissionCheckHandler = handler;
    },
    setDevicePermissionHandler() {},
    setDisplayMediaRequestHandler() {},
    setSpellCheckerLanguages() {},
    setProxy: async () => undefined,
    clearCache: async () => undefined,
    clearStorageData: async () => undefined,
    webRequest: lenient('session.webRequest', { onHeadersReceived() {}, onBeforeRequest() {}, onBeforeSendHeaders() {} }),
    protocol: undefined,
  }));
}
const defaultSession = makeSession('default');

export const session = lenient('session', {
  defaultSession,
  fromPartition: (partition) => makeSession(partition),
});

// --- webContents and windows -------------------------------------------------------------------

let nextId = 1;
const allContents = [];

function makeWebContents(owner) {
  const emitter = new Emitter();
  const record = { sent: [], loadedURLs: [], windowOpenHandler: null };
  const mainFrame = { url: '', name: '', routingId: 1, processId: 1, frameTreeNodeId: 1 };
  const contents = Object.assign(emitter, {
    id: nextId++,
    session: defaultSession,
    mainFrame,
    __record: record,
    setWindowOpenHandler(handler) {
      record.windowOpenHandler = handler;
    },
    send(channel, ...args) {
      record.sent.push({ channel, args });
    },
    async loadURL(url) {
      record.loadedURLs.push(url);
      mainFrame.url = url;
      setTimeout(() => {
        contents.emit('did-finish-load');
        owner?.emit('ready-to-show');
      }, 0);
    },
    async loadFile(path) {
      return contents.loadURL(`file://${path}`);
    },
    getURL: () => mainFrame.url,
    isDestroyed: () => false,
    isLoading: () => false,
    isDevToolsOpened: () => false,
    openDevTools() {},
    closeDevTools() {},
    focus() {},
    reload() {},
    getTitle: () => 'Liaison',
    setZoomFactor() {},
    getZoomFactor: () => 1,
    setVisualZoomLevelLimits: async () => undefined,
    executeJavaScript: async () => undefined,
    postMessage() {},
  });
  const proxied = lenient('webContents', contents);
  allContents.push(proxied);
  return proxied;
}

export class BrowserWindow extends Emitter {
  static #windows = [];

  static getAllWindows() {
    return [...BrowserWindow.#windows];
  }

  static getFocusedWindow() {
    return BrowserWindow.#windows[0] ?? null;
  }

  static fromWebContents(contents) {
    return BrowserWindow.#windows.find((w) => w.webContents === contents) ?? null;
  }

  static fromId(id) {
    return BrowserWindow.#windows.find((w) => w.id === id) ?? null;
  }

  constructor(options = {}) {
    super();
    this.id = nextId++;
    this.options = options;
    this.webContents = makeWebContents(this);
    this.visible = false;
    this.destroyed = false;
    this.bounds = { x: 0, y: 0, width: options.width ?? 800, height: options.height ?? 600 };
    const proxied = lenient('BrowserWindow#', this);
    BrowserWindow.#windows.push(proxied);
    __stub.windows.push({ options, webPreferences: { ...(options.webPreferences ?? {}) }, window: proxied, createdBeforeReady: !__stub.ready });
    return proxied;
  }

  loadURL(url) {
    return this.webContents.loadURL(url);
  }

  loadFile(path) {
    return this.webContents.loadFile(path);
  }

  show() {
    this.visible = true;
    this.emit('show');
  }

  hide() {
    this.visible = false;
  }

  isVisible() {
    return this.visible;
  }

  focus() {}
  blur() {}
  isFocused() {
    return true;
  }
  isMinimized() {
    return false;
  }
  isMaximized() {
    return false;
  }
  isFullScreen() {
    return false;
  }
  restore() {}
  minimize() {}
  maximize() {}
  unmaximize() {}
  setMenu() {}
  removeMenu() {}
  setMenuBarVisibility() {}
  setAutoHideMenuBar() {}
  setTitle(title) {
    this.options.title = title;
  }
  getTitle() {
    return this.options.title ?? '';
  }
  getBounds() {
    return { ...this.bounds };
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  setBounds(bounds) {
    this.bounds = { ...this.bounds, ...bounds };
  }
  getContentBounds() {
    return { ...this.bounds };
  }
  setMinimumSize() {}
  isDestroyed() {
    return this.destroyed;
  }
  close() {
    if (this.destroyed) return;
    const event = electronEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroy();
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    BrowserWindow.#windows = BrowserWindow.#windows.filter((w) => w.id !== this.id);
    this.emit('closed');
  }
}

export const webContents = lenient('webContents', {
  getAllWebContents: () => [...allContents],
  getFocusedWebContents: () => allContents[0] ?? null,
  fromId: (id) => allContents.find((c) => c.id === id) ?? null,
});

// --- app ---------------------------------------------------------------------------------------

const appEmitter = new Emitter();
let readyResolve;
const readyPromise = new Promise((resolve) => (readyResolve = resolve));
let quitting = false;

function finishQuit() {
  if (__stub.quitCompleted) return;
  const willQuit = electronEvent();
  appEmitter.emit('will-quit', willQuit);
  if (willQuit.defaultPrevented) {
    quitting = false;
    return;
  }
  __stub.quitCompleted = true;
  appEmitter.emit('quit', electronEvent(), 0);
  endedResolve({ how: 'quit' });
}

export const app = lenient('app', Object.assign(appEmitter, {
  isPackaged: false,
  name: 'Liaison',
  commandLine: lenient('app.commandLine', { appendSwitch() {}, appendArgument() {}, hasSwitch: () => false, getSwitchValue: () => '' }),
  dock: undefined,
  whenReady: () => readyPromise,
  isReady: () => __stub.ready,
  getPath(name) {
    const paths = {
      userData: __stub.userData,
      appData: tmpdir(),
      temp: tmpdir(),
      home: tmpdir(),
      documents: join(__stub.userData, 'documents'),
      downloads: join(__stub.userData, 'downloads'),
      desktop: join(__stub.userData, 'desktop'),
      logs: join(__stub.userData, 'logs'),
      sessionData: __stub.userData,
      exe: process.execPath,
      module: process.execPath,
    };
    if (!(name in paths)) throw new Error(`Failed to get '${name}' path`);
    return paths[name];
  },
  setPath() {},
  getAppPath: () => repoRoot,
  getName: () => 'Liaison',
  setName() {},
  getVersion: () => '0.0.0-smoke',
  getLocale: () => 'en-US',
  getSystemLocale: () => 'en-US',
  getPreferredSystemLanguages: () => ['en-US'],
  setAppUserModelId() {},
  setAboutPanelOptions() {},
  setAsDefaultProtocolClient: () => false,
  enableSandbox() {},
  disableHardwareAcceleration() {},
  requestSingleInstanceLock() {
    __stub.singleInstanceLockRequested = true;
    // LIAISON_SMOKE_SECOND_INSTANCE=1: another Liaison already runs, so this launch must quit untouched.
    return process.env.LIAISON_SMOKE_SECOND_INSTANCE !== '1';
  },
  hasSingleInstanceLock: () => __stub.singleInstanceLockRequested,
  releaseSingleInstanceLock() {},
  focus() {},
  show() {},
  hide() {},
  relaunch(options) {
    __stub.relaunches.push(options ?? null);
  },
  addRecentDocument() {},
  clearRecentDocuments() {},
  quit() {
    __stub.quitCalls += 1;
    if (__stub.quitCompleted || quitting) return;
    quitting = true;
    const event = electronEvent();
    appEmitter.emit('before-quit', event);
    if (event.defaultPrevented) {
      quitting = false;
      return;
    }
    for (const window of BrowserWindow.getAllWindows()) window.destroy();
    finishQuit();
  },
  exit(code = 0) {
    __stub.exitCode = code;
    endedResolve({ how: 'exit', code });
  },
}));

/**
 * Electron's `ready` comes after the main script's first synchronous run; the smoke runner calls
 * this once the bundle's module has evaluated (so a late registerSchemesAsPrivileged shows up).
 */
__stub.becomeReady = () => {
  if (__stub.ready) return;
  __stub.ready = true;
  appEmitter.emit('will-finish-launching');
  appEmitter.emit('ready', electronEvent(), {});
  readyResolve();
};

// --- ipc ---------------------------------------------------------------------------------------

export const ipcMain = lenient('ipcMain', Object.assign(new Emitter(), {
  handle(channel, handler) {
    if (__stub.ipcHandlers.has(channel)) {
      __stub.duplicateHandlers.push(channel);
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    __stub.ipcHandlers.set(channel, handler);
  },
  handleOnce(channel, handler) {
    this.handle(channel, handler);
  },
  removeHandler(channel) {
    __stub.ipcHandlers.delete(channel);
  },
}));
const ipcMainOn = EventEmitter.prototype.on;
ipcMain.on = function on(channel, listener) {
  __stub.ipcListeners.push(channel);
  return ipcMainOn.call(this, channel, listener);
};

// --- protocol ----------------------------------------------------------------------------------

export const protocol = lenient('protocol', {
  registerSchemesAsPrivileged(schemes) {
    if (__stub.ready) __stub.privilegedAfterReady = true;
    __stub.privilegedSchemes.push(...schemes);
  },
  handle(scheme, handler) {
    if (!__stub.ready) __stub.protocolHandledBeforeReady.push(scheme);
    __stub.protocolHandlers.set(scheme, handler);
  },
  unhandle(scheme) {
    __stub.protocolHandlers.delete(scheme);
  },
  isProtocolHandled: (scheme) => __stub.protocolHandlers.has(scheme),
});

// --- dialogs, shell, menus and the rest --------------------------------------------------------

export const dialog = lenient('dialog', {
  showErrorBox(title, content) {
    __stub.errorBoxes.push({ title: String(title), content: String(content) });
  },
  async showMessageBox(...args) {
    __stub.messageBoxes.push(args.at(-1));
    return { response: 0, checkboxChecked: false };
  },
  showMessageBoxSync(...args) {
    __stub.messageBoxes.push(args.at(-1));
    return 0;
  },
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showOpenDialogSync: () => undefined,
  showSaveDialog: async () => ({ canceled: true, filePath: '' }),
  showSaveDialogSync: () => undefined,
});

export const shell = lenient('shell', {
  async openExternal(url) {
    __stub.openExternal.push(String(url));
  },
  openPath: async () => '',
  showItemInFolder() {},
  trashItem: async () => undefined,
  beep() {},
});

class MenuStub {
  constructor(items = []) {
    this.items = items;
  }
  static buildFromTemplate(template) {
    return new MenuStub(template);
  }
  static setApplicationMenu(menu) {
    __stub.applicationMenu = menu;
  }
  static getApplicationMenu() {
    return __stub.applicationMenu ?? null;
  }
  append(item) {
    this.items.push(item);
  }
  popup() {}
  closePopup() {}
}
export const Menu = MenuStub;
export class MenuItem {
  constructor(options) {
    Object.assign(this, options);
  }
}

export const nativeTheme = lenient('nativeTheme', Object.assign(new Emitter(), {
  shouldUseDarkColors: false,
  shouldUseHighContrastColors: false,
  themeSource: 'system',
}));

export class Notification extends Emitter {
  static isSupported() {
    return false;
  }
  constructor(options) {
    super();
    this.options = options;
  }
  show() {}
  close() {}
}

const display = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, workAreaSize: { width: 1920, height: 1040 }, size: { width: 1920, height: 1080 }, scaleFactor: 1 };
export const screen = lenient('screen', Object.assign(new Emitter(), {
  getPrimaryDisplay: () => display,
  getAllDisplays: () => [display],
  getDisplayMatching: () => display,
  getDisplayNearestPoint: () => display,
  getCursorScreenPoint: () => ({ x: 0, y: 0 }),
}));

const emptyImage = { isEmpty: () => true, getSize: () => ({ width: 0, height: 0 }), toPNG: () => Buffer.alloc(0), resize: () => emptyImage };
export const nativeImage = lenient('nativeImage', { createFromPath: () => emptyImage, createEmpty: () => emptyImage, createFromBuffer: () => emptyImage, createFromDataURL: () => emptyImage });
export const net = lenient('net', { fetch: (...args) => fetch(...args), isOnline: () => false, online: false });
export const clipboard = lenient('clipboard', { writeText() {}, readText: () => '' });
export const globalShortcut = lenient('globalShortcut', { register: () => true, unregister() {}, unregisterAll() {}, isRegistered: () => false });
export const powerMonitor = lenient('powerMonitor', Object.assign(new Emitter(), { getSystemIdleTime: () => 0 }));
export const powerSaveBlocker = lenient('powerSaveBlocker', { start: () => 1, stop() {}, isStarted: () => false });
export const crashReporter = lenient('crashReporter', { start() {} });
export const safeStorage = lenient('safeStorage', { isEncryptionAvailable: () => false, encryptString: (s) => Buffer.from(s), decryptString: (b) => b.toString() });
export const systemPreferences = lenient('systemPreferences', Object.assign(new Emitter(), { getAccentColor: () => '0078d7ff', getColor: () => '#000000', getMediaAccessStatus: () => 'denied' }));
export const autoUpdater = lenient('autoUpdater', Object.assign(new Emitter(), { setFeedURL() {}, checkForUpdates() {} }));
export const contentTracing = lenient('contentTracing', {});
export const desktopCapturer = lenient('desktopCapturer', { getSources: async () => [] });
export const utilityProcess = lenient('utilityProcess', { fork: () => new Emitter() });
export const webFrameMain = lenient('webFrameMain', { fromId: () => null });
export const Tray = class Tray extends Emitter {};
export const TouchBar = class TouchBar {};
export const BaseWindow = BrowserWindow;
export const WebContentsView = class WebContentsView {};
export const MessageChannelMain = class MessageChannelMain {};
export const ShareMenu = class ShareMenu {};
// Renderer-side modules, for completeness (main never uses them).
export const contextBridge = lenient('contextBridge', { exposeInMainWorld() {} });
export const ipcRenderer = lenient('ipcRenderer', Object.assign(new Emitter(), { invoke: async () => undefined, send() {} }));

export default {
  app,
  BrowserWindow,
  BaseWindow,
  ipcMain,
  protocol,
  session,
  dialog,
  shell,
  Menu,
  MenuItem,
  nativeTheme,
  Notification,
  screen,
  nativeImage,
  net,
  clipboard,
  globalShortcut,
  powerMonitor,
  powerSaveBlocker,
  crashReporter,
  safeStorage,
  systemPreferences,
  autoUpdater,
  contentTracing,
  desktopCapturer,
  utilityProcess,
  webContents,
  webFrameMain,
  Tray,
  TouchBar,
  WebContentsView,
  MessageChannelMain,
  ShareMenu,
  contextBridge,
  ipcRenderer,
};
