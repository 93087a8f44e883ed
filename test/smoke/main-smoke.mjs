// Loads the BUILT main bundle (out/main/main.js) under plain Node with the stub `electron`
// (run: node --import ./test/smoke/register.mjs test/smoke/main-smoke.mjs), waits for the window,
// probes what main wired up (IPC, app:// protocol, permissions, window lock-down), quits the way a
// user would, and prints ONE JSON summary line on stdout: {"smoke":"liaison-main", ...}.
// Exit code: 0 when a window was created and no error dialog was shown, 1 otherwise,
// 2 when the bundle is missing.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { __stub } from './electron-stub.mjs';

const started = Date.now();
const timeoutMs = Number(process.env.LIAISON_SMOKE_TIMEOUT_MS || 15_000);
// LIAISON_SMOKE_BUNDLE loads another build of main (default out/main/main.js).
const bundle = process.env.LIAISON_SMOKE_BUNDLE || join(__stub.repoRoot, 'out', 'main', 'main.js');

const problems = [];
const consoleErrors = [];
const originalError = console.error.bind(console);
console.error = (...args) => {
  consoleErrors.push(args.map((a) => (a instanceof Error ? a.stack ?? a.message : String(a))).join(' ').slice(0, 2000));
  originalError(...args);
};
process.on('uncaughtException', (error) => problems.push(`uncaught: ${error?.stack ?? error}`));
process.on('unhandledRejection', (error) => problems.push(`unhandled rejection: ${error?.stack ?? error}`));

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(predicate, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (predicate()) return true;
    await sleep(20);
  }
  return predicate();
}

async function withTimeout(promise, ms, fallback) {
  let timer;
  const result = await Promise.race([promise, new Promise((resolve) => (timer = setTimeout(() => resolve(fallback), ms)))]);
  clearTimeout(timer);
  return result;
}

function finish(summary, code) {
  process.stdout.write(`${JSON.stringify({ smoke: 'liaison-main', ...summary, ms: Date.now() - started })}\n`);
  if (__stub.ownsUserData) rmSync(__stub.userData, { recursive: true, force: true });
  process.exit(code);
}

if (!existsSync(bundle)) {
  finish({ error: `${bundle} is missing: run npm run build first.` }, 2);
}

// Electron emits `ready` after the main script's first run. A bundle whose top level awaits
// whenReady() would never finish importing, so `ready` comes after 2 s at the latest.
const imported = import(pathToFileURL(bundle).href).then(
  () => 'imported',
  (error) => problems.push(`import failed: ${error?.stack ?? error}`),
);
const notes = [];
if ((await withTimeout(imported, 2000, 'pending')) === 'pending') notes.push('the bundle had not finished importing after 2 s (top-level await?); ready was emitted anyway');
__stub.becomeReady();
await imported;

const windowCreated = await waitFor(
  () => __stub.windows.length > 0 || __stub.errorBoxes.length > 0 || __stub.exitCode !== undefined || __stub.quitCompleted,
  timeoutMs,
);
// Whether main quit by itself before any window (a second instance does).
const quitByItself = __stub.quitCompleted;
// Let the load settle (loadURL, ready-to-show) before probing.
await sleep(50);

const win = __stub.windows[0];
const contents = win?.window.webContents;

/** Calls the app:// handler the way Electron would, with a WHATWG Request. */
async function fetchApp(url) {
  const handler = __stub.protocolHandlers.get('app');
  if (!handler) return null;
  let request;
  try {
    request = new Request(url);
  } catch {
    request = { url, method: 'GET', headers: new Headers() };
  }
  try {
    const response = await handler(request);
    return { status: response.status, type: response.headers.get('content-type') ?? '' };
  } catch (error) {
    return { status: -1, type: '', error: String(error) };
  }
}

async function probeIpc() {
  const handler = __stub.ipcHandlers.get('workspace:status');
  if (!handler || !contents) return null;
  const trustedEvent = { sender: contents, senderFrame: contents.mainFrame, frameId: 1, processId: 1 };
  const foreignFrame = { url: 'https://evil.example/', name: '', routingId: 2, processId: 2 };
  const untrustedEvents = [
    { sender: { id: 999, mainFrame: foreignFrame }, senderFrame: foreignFrame }, // another webContents
    { sender: contents, senderFrame: foreignFrame }, // a sub-frame of our window
  ];
  const trusted = await handler(trustedEvent, {});
  const untrusted = [];
  for (const event of untrustedEvents) untrusted.push(await handler(event, {}));
  return {
    trustedOk: trusted?.ok === true,
    trustedDataDir: trusted?.ok ? trusted.value?.dataDir ?? null : null,
    trustedError: trusted?.ok ? null : trusted?.error ?? trusted,
    untrustedCodes: untrusted.map((r) => (r?.ok === false ? r.error?.code : 'ALLOWED')),
  };
}

async function probeWindowLockDown() {
  if (!contents) return null;
  const record = contents.__record;
  const opened = record.windowOpenHandler ? record.windowOpenHandler({ url: 'https://example.org/', disposition: 'new-window' }) : null;
  const openedJs = record.windowOpenHandler ? record.windowOpenHandler({ url: 'javascript:alert(1)', disposition: 'new-window' }) : null;
  const navigate = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
  contents.emit('will-navigate', navigate, 'https://evil.example/');
  let permission = null;
  if (__stub.permissionRequestHandler) {
    permission = await new Promise((resolve) => {
      __stub.permissionRequestHandler(contents, 'media', resolve, {});
      setTimeout(() => resolve('no answer'), 1000);
    });
  }
  return {
    windowOpen: opened?.action ?? null,
    windowOpenJavascript: openedJs?.action ?? null,
    openExternal: [...__stub.openExternal],
    foreignNavigationPrevented: navigate.defaultPrevented,
    permissionGranted: permission,
    permissionCheck: __stub.permissionCheckHandler ? __stub.permissionCheckHandler(contents, 'media', 'app://liaison', {}) : null,
  };
}

let ipcProbe = null;
let lockDown = null;
let appProtocol = null;
try {
  ipcProbe = await probeIpc();
  lockDown = await probeWindowLockDown();
  appProtocol = {
    handled: __stub.protocolHandlers.has('app'),
    index: await fetchApp('app://liaison/index.html'),
    root: await fetchApp('app://liaison/'),
    traversal: await fetchApp('app://liaison/..%2f..%2fpackage.json'),
    foreignHost: await fetchApp('app://evil/index.html'),
  };
} catch (error) {
  problems.push(`probe failed: ${error?.stack ?? error}`);
}

// Quit as a user would: before-quit lets main flush and release the lock, then the app quits.
let quit = null;
if (__stub.exitCode === undefined) {
  const t0 = Date.now();
  const { app } = await import('./electron-stub.mjs');
  app.quit();
  // LIAISON_SMOKE_LAUNCH_WHILE_QUITTING=1: the user starts Liaison again while this one still closes.
  if (process.env.LIAISON_SMOKE_LAUNCH_WHILE_QUITTING === '1') app.emit('second-instance', { preventDefault() {} }, ['liaison', '--again'], __stub.repoRoot);
  const ended = await withTimeout(__stub.ended, 10_000, { how: 'timeout' });
  quit = { how: ended.how, completed: __stub.quitCompleted, exitCode: __stub.exitCode ?? null, ms: Date.now() - t0 };
}

const summary = {
  bundle,
  windowCreated,
  channels: [...__stub.ipcHandlers.keys()].sort(),
  duplicateChannels: __stub.duplicateHandlers,
  ipcListeners: __stub.ipcListeners,
  singleInstanceLockRequested: __stub.singleInstanceLockRequested,
  windows: __stub.windows.map((w) => ({
    webPreferences: { ...w.webPreferences, preload: w.webPreferences.preload ? String(w.webPreferences.preload) : undefined },
    preloadExists: w.webPreferences.preload ? existsSync(w.webPreferences.preload) : false,
    createdBeforeReady: w.createdBeforeReady,
    loadedURLs: w.window.webContents.__record.loadedURLs,
    shown: w.window.isVisible(),
  })),
  privilegedSchemes: __stub.privilegedSchemes,
  privilegedAfterReady: __stub.privilegedAfterReady,
  protocolHandledBeforeReady: __stub.protocolHandledBeforeReady,
  appProtocol,
  permissionHandlers: { request: Boolean(__stub.permissionRequestHandler), check: Boolean(__stub.permissionCheckHandler) },
  ipcProbe,
  lockDown,
  errorsShown: __stub.errorBoxes,
  exitCode: __stub.exitCode ?? null,
  quitByItself,
  quit,
  relaunches: __stub.relaunches,
  unstubbed: [...__stub.unstubbed].sort(),
  consoleErrors,
  problems,
  notes,
};
finish(summary, windowCreated && __stub.windows.length > 0 && __stub.errorBoxes.length === 0 && problems.length === 0 ? 0 : 1);
