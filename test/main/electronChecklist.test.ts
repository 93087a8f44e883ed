// Electron's security checklist, asserted on what main really does: main.ts is imported with a
// hand-written electron stand-in that records every window, handler and protocol, once as a
// development run and once as a packaged one. The CSP is read from the source and the built page.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers/tempDir';
import { fakeIpcMain, fakeProtocol, fakeSession, fakeWebContents, type FakeWebContents } from './electronMock';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

interface Recorded {
  windows: { options: { webPreferences?: Record<string, unknown> }; contents: FakeWebContents; urls: string[] }[];
  session: ReturnType<typeof fakeSession>;
  protocol: ReturnType<typeof fakeProtocol>;
  ipcMain: ReturnType<typeof fakeIpcMain>;
  appListeners: Map<string, ((...args: unknown[]) => void)[]>;
  /** Every template main installed as the application menu. */
  menus: unknown[];
  quit: () => void;
}

const recorded: { current: Recorded | null } = { current: null };

function electronStandIn(isPackaged: boolean, userData: string) {
  const appListeners = new Map<string, ((...args: unknown[]) => void)[]>();
  const rec: Recorded = {
    windows: [],
    session: fakeSession(),
    protocol: fakeProtocol(),
    ipcMain: fakeIpcMain(),
    appListeners,
    menus: [],
    quit: () => undefined,
  };
  class BrowserWindow {
    readonly webContents = fakeWebContents();
    constructor(options: { webPreferences?: Record<string, unknown> }) {
      rec.windows.push({ options, contents: this.webContents, urls: [] });
    }
    loadURL(url: string): Promise<void> {
      rec.windows.find((w) => w.contents === this.webContents)?.urls.push(url);
      return Promise.resolve();
    }
    once(): void {}
    on(): void {}
    getNormalBounds() {
      return { x: 0, y: 0, width: 1200, height: 800 };
    }
    isDestroyed(): boolean {
      return false;
    }
    isMaximized(): boolean {
      return false;
    }
    maximize(): void {}
    show(): void {}
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
    focus(): void {}
  }
  const app = {
    isPackaged,
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getPath: () => userData,
    getLocale: () => 'en-US',
    getAppPath: () => repoRoot,
    on(event: string, listener: (...args: unknown[]) => void) {
      appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
    },
    quit: () => rec.quit(),
    exit: vi.fn(),
  };
  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
  const module = {
    BrowserWindow,
    app,
    dialog: { showErrorBox: vi.fn() },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => rec.menus.push(menu) },
    screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] },
    ipcMain: rec.ipcMain,
    protocol: rec.protocol,
    session: { defaultSession: rec.session },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    // No keychain here: a sync password would serve the session only (safeStorageVault).
    safeStorage: { isEncryptionAvailable: () => false, encryptString: (text: string) => Buffer.from(text), decryptString: (bytes: Buffer) => bytes.toString() },
    // Shrinks a chosen photo; no photo is chosen here.
    nativeImage: { createFromBuffer: vi.fn() },
  };
  return Object.assign(rec, { module });
}

// The factory runs once per file, so its exports read whichever stand-in the current test set.
vi.mock('electron', () => {
  const current = (): Record<string, unknown> => {
    const standIn = (globalThis as { __checklistElectron?: Record<string, unknown> }).__checklistElectron;
    if (!standIn) throw new Error('set __checklistElectron before importing main');
    return standIn;
  };
  return Object.fromEntries(
    ['BrowserWindow', 'Menu', 'app', 'dialog', 'ipcMain', 'nativeImage', 'protocol', 'safeStorage', 'screen', 'session', 'shell'].map((name) => [
      name,
      new Proxy(function stand() {}, {
        get: (_target, prop): unknown => Reflect.get(current()[name] as object, prop) as unknown,
        construct: (_target, args: unknown[]) => Reflect.construct(current()[name] as new (...a: unknown[]) => object, args),
      }),
    ]),
  );
});

/** Imports main.ts afresh with the stand-in and waits until its window exists. */
async function startMain(isPackaged: boolean): Promise<Recorded> {
  const userData = await tempDir();
  const standIn = electronStandIn(isPackaged, userData);
  (globalThis as { __checklistElectron?: Record<string, unknown> }).__checklistElectron = standIn.module;
  vi.stubEnv('LIAISON_DATA_DIR', join(userData, 'workspace'));
  vi.resetModules();
  await import('../../electron/main/main');
  await vi.waitFor(() => expect(standIn.windows).toHaveLength(1), { timeout: 10_000 });
  expect(standIn.module.dialog.showErrorBox).not.toHaveBeenCalled();
  recorded.current = standIn;
  return standIn;
}

afterEach(async () => {
  const rec = recorded.current;
  recorded.current = null;
  vi.unstubAllEnvs();
  if (!rec) return;
  // before-quit closes the workspace (releasing the lock) and then calls app.quit again.
  const quitted = new Promise<void>((resolve) => (rec.quit = resolve));
  const event = { preventDefault: vi.fn() };
  for (const listener of rec.appListeners.get('before-quit') ?? []) listener(event);
  if (event.preventDefault.mock.calls.length > 0) await quitted;
});

/** The CSP of an index.html, directive -> sources. */
function cspOf(html: string): Map<string, string[]> {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  expect(meta, 'index.html has a CSP meta tag').not.toBeNull();
  const directives = new Map<string, string[]>();
  for (const part of (meta?.[1] ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

function expectStrictCsp(html: string): void {
  const csp = cspOf(html);
  const scripts = csp.get('script-src') ?? csp.get('default-src') ?? [];
  expect(scripts).toEqual(["'self'"]);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  for (const [directive, sources] of csp) {
    for (const source of sources) {
      expect(source, `${directive} allows ${source}`).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|^'nonce-|^'sha\d+-|^https?:|^wss?:|^\*|^file:|^blob:/);
    }
  }
  // No inline script at all: every <script> in the page loads a file of our own origin.
  for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
    expect(tag, 'a script with a src and no body').toMatch(/^<script\b[^>]*\bsrc="(?!https?:|\/\/)[^"]+"[^>]*>\s*<\/script>$/i);
  }
}

describe('Electron security checklist, for every window main creates', () => {
  it.each([
    ['a development run', false, true],
    ['a packaged build', true, false],
  ])('in %s: isolation, sandbox, web security on, Node off, devtools only when not packaged', async (_name, isPackaged, devTools) => {
    const rec = await startMain(isPackaged);
    for (const window of rec.windows) {
      expect(window.options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        webSecurity: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        allowRunningInsecureContent: false,
        webviewTag: false,
        devTools,
      });
      expect(window.urls).toEqual(['app://liaison/index.html']);
    }
    // The menu offers the devtools toggle only where the window allows devtools.
    const menus = rec.menus.map((template) => JSON.stringify(template));
    expect(menus.length).toBeGreaterThan(0);
    for (const menu of menus) expect(menu.includes('"toggleDevTools"')).toBe(devTools);
  });

  it('denies navigation, new windows and webviews on every window and on any web contents created later', async () => {
    const rec = await startMain(true);
    const later = fakeWebContents();
    for (const listener of rec.appListeners.get('web-contents-created') ?? []) listener({}, later);
    for (const contents of [...rec.windows.map((w) => w.contents), later]) {
      const navigation = { preventDefault: vi.fn() };
      contents.emit('will-navigate', navigation, 'https://evil.example/');
      expect(navigation.preventDefault).toHaveBeenCalled();
      expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
      const webview = { preventDefault: vi.fn() };
      contents.emit('will-attach-webview', webview);
      expect(webview.preventDefault).toHaveBeenCalled();
    }
  });

  it('denies every permission request on the default session', async () => {
    const rec = await startMain(true);
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'openExternal', 'clipboard-sanitized-write']) {
      rec.session.permissionRequestHandler?.(null, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false, false]);
    expect(rec.session.permissionCheckHandler?.()).toBe(false);
  });

  it('serves the page from app:// with a handler that refuses traversal', async () => {
    const rec = await startMain(true);
    const handler = rec.protocol.handlers.get('app');
    expect(handler).toBeDefined();
    for (const url of ['app://liaison/..%2f..%2fpackage.json', 'app://liaison/..%5cpackage.json', 'app://other/index.html', 'app://liaison/%00index.html']) {
      const response = await handler?.({ url });
      expect(response?.status, url).toBe(404);
    }
  });

  it('answers IPC on every channel of the contract and nothing else', async () => {
    const rec = await startMain(true);
    const { channelNames } = await import('../../electron/shared/contract');
    expect([...rec.ipcMain.handlers.keys()].sort()).toEqual([...channelNames].sort());
  });
});

describe('Content-Security-Policy', () => {
  it('renderer/index.html: no inline script, no remote origin, no eval', async () => {
    expectStrictCsp(await readFile(join(repoRoot, 'renderer', 'index.html'), 'utf8'));
  });

  it('the built out/renderer/index.html keeps the same policy', async () => {
    const built = join(repoRoot, 'out', 'renderer', 'index.html');
    // npm test builds before the unit stage, so the page the app ships is always checked.
    expect(existsSync(built), 'run `npx electron-vite build` first: out/renderer/index.html is missing').toBe(true);
    const [source, output] = await Promise.all([readFile(join(repoRoot, 'renderer', 'index.html'), 'utf8'), readFile(built, 'utf8')]);
    expectStrictCsp(output);
    expect(cspOf(output)).toEqual(cspOf(source));
  });
});

describe("electron-builder's fuses", () => {
  it('turn off RunAsNode, NODE_OPTIONS, inspect flags and file:// privileges; turn on asar-only loading with integrity checks', async () => {
    const config = load(await readFile(join(repoRoot, 'electron-builder.yml'), 'utf8')) as { asar?: unknown; electronFuses?: Record<string, unknown> };
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });
});
