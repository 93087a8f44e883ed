// The e2e harness itself: its HTTP boundary (token, Host, POST JSON only, size limit, temp-only
// data), persistence across a SIGKILL right after an acknowledged save, store:changed over SSE,
// and — in a real Chromium — the page it serves: window.api from the preload's factory, nothing of
// Node or Electron, and a CSP that still blocks inline scripts.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, type CommitAck, type ContactDetail, type ContactRow, type ListPage, type Result, type StoreChangedEvent, type WorkspaceStatus } from '../../electron/shared/contract';
import type { Api } from '../../electron/shared/createApi';
import { checkAccessibility, formatViolations } from './harness/checkAccessibility';
import { launchChromium } from './harness/launchChromium';
import { HarnessStartError, startHarness, type Harness } from './harness/startHarness';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// LIAISON_E2E_RENDERER_DIR points the harness at another built renderer (default out/renderer).
const rendererDir = process.env.LIAISON_E2E_RENDERER_DIR || join(repoRoot, 'out', 'renderer');
const builtIndex = join(rendererDir, 'index.html');

// --- per-test folders and harnesses, always cleaned up --------------------------------------------

const folders: string[] = [];
const harnesses: Harness[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'liaison-e2e-'));
  folders.push(dir);
  return dir;
}

async function harnessOn(dataDir: string): Promise<Harness> {
  const harness = await startHarness({ dataDir, rendererDir });
  harnesses.push(harness);
  return harness;
}

afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.stop('SIGKILL')));
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

// --- HTTP helpers (node:http, so the Host header can be forged) -----------------------------------

interface RawResponse {
  status: number;
  headers: IncomingMessage['headers'];
  body: string;
}

function raw(url: string, init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<RawResponse> {
  return new Promise((resolveResponse, reject) => {
    const req = httpRequest(url, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolveResponse({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      // The server may answer 413 and close before the whole oversized body is written.
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET') resolveResponse({ status: -1, headers: {}, body: error.code });
      else reject(error);
    });
    req.end(init.body);
  });
}

const apiHeaders = (h: Harness) => ({ 'content-type': 'application/json', 'x-liaison-token': h.token });

async function call<T>(h: Harness, channel: string, input: unknown = {}): Promise<Result<T>> {
  const res = await raw(`${h.url}__api/${channel}`, { method: 'POST', headers: apiHeaders(h), body: JSON.stringify(input) });
  expect(res.status, res.body).toBe(200);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  return JSON.parse(res.body) as Result<T>;
}

/**
 * The workspace's bytes as they lie on disk: liaison.json (which must be intact JSON) followed by
 * any change journal beside it (acknowledged commits are folded into the snapshot later).
 */
async function bytesOnDisk(dir: string): Promise<Buffer> {
  const snapshot = await readFile(join(dir, 'liaison.json'));
  expect(() => JSON.parse(snapshot.toString('utf8')) as unknown, 'liaison.json is not valid JSON').not.toThrow();
  const journals = (await readdir(dir)).filter((name) => /^journal.*\.log$/.test(name)).sort();
  return Buffer.concat([snapshot, ...(await Promise.all(journals.map((name) => readFile(join(dir, name)))))]);
}

function contactCreate(id: string = randomUUID()) {
  return {
    commands: [
      {
        type: 'contact.create',
        at: new Date().toISOString(),
        id,
        data: { family: 'Иванова', given: 'Мария', patronymic: 'Петровна', gender: 'female' },
      },
    ],
  };
}

/** Reads Server-Sent Events from /__events until `until` returns true for an event. */
function readEvents(url: string, headers: Record<string, string> = {}) {
  const events: { event: string; data: string }[] = [];
  let connected: () => void = () => undefined;
  const open = new Promise<void>((resolveOpen) => (connected = resolveOpen));
  let buffer = '';
  let response: IncomingMessage | undefined;
  const req = httpRequest(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
    response = res;
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (block.includes(': connected')) connected();
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data !== undefined) events.push({ event, data });
      }
    });
    if (res.statusCode !== 200) connected();
  });
  req.on('error', () => undefined);
  req.end();
  return {
    events,
    open,
    status: () => response?.statusCode,
    close: () => req.destroy(),
  };
}

// --- the HTTP boundary -----------------------------------------------------------------------------

describe('harness HTTP boundary', () => {
  it('answers workspace:status, and refuses a wrong token, a wrong Host, other methods and bad bodies', async () => {
    const dir = await tempDir();
    const h = await harnessOn(dir);
    const api = `${h.url}__api/workspace:status`;
    const port = new URL(h.url).port;

    const status = await call<WorkspaceStatus>(h, 'workspace:status');
    expect(status.ok).toBe(true);
    if (status.ok) expect(status.value.dataDir).toBe(dir);

    // The token.
    expect((await raw(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(403);
    expect((await raw(api, { method: 'POST', headers: { ...apiHeaders(h), 'x-liaison-token': 'f'.repeat(64) }, body: '{}' })).status).toBe(403);
    expect((await raw(api, { method: 'POST', headers: { ...apiHeaders(h), 'x-liaison-token': h.token.slice(1) }, body: '{}' })).status).toBe(403);
    // The Host (DNS rebinding): only 127.0.0.1:<port>, for the API and the pages alike.
    for (const host of [`evil.example:${port}`, `localhost:${port}`, '127.0.0.1', `127.0.0.1:${Number(port) + 1}`]) {
      expect((await raw(api, { method: 'POST', headers: { ...apiHeaders(h), host }, body: '{}' })).status, host).toBe(403);
      expect((await raw(h.url, { headers: { host } })).status, host).toBe(403);
    }
    // A page of another origin, even with the token.
    expect((await raw(api, { method: 'POST', headers: { ...apiHeaders(h), origin: 'http://evil.example' }, body: '{}' })).status).toBe(403);
    // POST JSON only.
    for (const method of ['GET', 'PUT', 'DELETE', 'HEAD']) {
      const res = await raw(api, { method, headers: apiHeaders(h) });
      expect(res.status, method).toBe(405);
      expect(res.headers.allow).toBe('POST');
    }
    expect((await raw(api, { method: 'POST', headers: { ...apiHeaders(h), 'content-type': 'text/plain' }, body: '{}' })).status).toBe(415);
    expect((await raw(api, { method: 'POST', headers: apiHeaders(h), body: '{"unterminated' })).status).toBe(400);
    const big = Buffer.alloc(2 * 1024 * 1024 + 1, 0x20);
    const tooBig = await raw(api, { method: 'POST', headers: apiHeaders(h), body: big });
    expect([413, -1]).toContain(tooBig.status);
    const tooBigDeclared = await raw(api, { method: 'POST', headers: { ...apiHeaders(h), 'content-length': String(big.length) }, body: big });
    expect([413, -1]).toContain(tooBigDeclared.status);
    // The dispatcher's own refusals come back as Results.
    const unknown = await call(h, 'no:such-channel');
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    const invalid = await call(h, 'contacts:get', { id: 42 });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    // Events need the token too.
    expect((await raw(`${h.url}__events`)).status).toBe(403);
    expect((await raw(`${h.url}__events?token=nope`)).status).toBe(403);
    // Static files never leave out/renderer.
    for (const path of ['..%2f..%2fpackage.json', '%2e%2e/%2e%2e/package.json', '..%5c..%5cpackage.json', 'assets/..%2f..%2f..%2fpackage.json']) {
      const res = await raw(`${h.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('"devDependencies"');
    }
    // Still alive and still answering after all that.
    expect((await call(h, 'workspace:status')).ok).toBe(true);
  });

  it('refuses a data folder outside the temp directory, even through a symlink', async () => {
    const outside = join(homedir(), `liaison-e2e-must-not-exist-${randomUUID()}`);
    const refused = await startHarness({ dataDir: outside, rendererDir }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(HarnessStartError);
    const error = refused as HarnessStartError;
    expect(error.exitCode).not.toBe(0);
    expect(error.exitCode).not.toBeNull();
    expect(error.stderr).toMatch(/only opens data folders under the OS temp directory/);
    expect(existsSync(outside)).toBe(false);

    // A link inside the temp folder that points out of it (the home folder: the repo itself may
    // live under the temp folder, as a CI clone can).
    const dir = await tempDir();
    const link = join(dir, 'link-to-home');
    await symlink(homedir(), link, 'dir');
    const name = `liaison-e2e-must-not-exist-${randomUUID()}`;
    const viaLink = await startHarness({ dataDir: join(link, name), rendererDir }).catch((e: unknown) => e);
    expect(viaLink).toBeInstanceOf(HarnessStartError);
    expect((viaLink as HarnessStartError).exitCode).toBe(1);
    expect(existsSync(join(homedir(), name))).toBe(false);

    const tmpItself = await startHarness({ dataDir: tmpdir(), rendererDir }).catch((e: unknown) => e);
    expect(tmpItself).toBeInstanceOf(HarnessStartError);
  });

  it('keeps an acknowledged save through a SIGKILL, and closes cleanly on SIGTERM', async () => {
    const dir = await tempDir();
    const id = randomUUID();
    const first = await harnessOn(dir);
    const ack = await call<CommitAck>(first, 'commands:run', contactCreate(id));
    expect(ack.ok, JSON.stringify(ack)).toBe(true);
    // Killed right after the acknowledgement: no flush, no lock release.
    expect(await first.stop('SIGKILL')).toBeNull();

    // The acknowledged contact is in the bytes on disk: in the snapshot or in the change journal
    // beside it (the snapshot is folded from the journal later); the snapshot itself is intact JSON.
    const onDisk = await bytesOnDisk(dir);
    expect(onDisk.includes(Buffer.from(id)), `contact ${id} is not in liaison.json nor its journal`).toBe(true);
    expect(onDisk.includes(Buffer.from('Иванова', 'utf8'))).toBe(true);
    expect(existsSync(join(dir, 'liaison.lock'))).toBe(true); // left behind by the dead process

    // A new harness on the same folder takes the dead process's lock over and finds the contact.
    const second = await harnessOn(dir);
    const list = await call<ListPage<ContactRow>>(second, 'contacts:list', { query: 'Иванова' });
    expect(list.ok, JSON.stringify(list)).toBe(true);
    if (list.ok) {
      expect(list.value.total).toBe(1);
      expect(list.value.rows.map((r) => r.id)).toEqual([id]);
    }
    const detail = await call<ContactDetail>(second, 'contacts:get', { id });
    expect(detail.ok && detail.value.contact.gender).toBe('female');

    expect(await second.stop('SIGTERM')).toBe(0);
    // SIGTERM closed the workspace: the lock is released and the files on disk are whole.
    expect(existsSync(join(dir, 'liaison.lock'))).toBe(false);
    expect((await bytesOnDisk(dir)).includes(Buffer.from(id))).toBe(true);
    expect(second.output()).toMatch(/^HARNESS READY http:\/\/127\.0\.0\.1:\d+\/ [0-9a-f]{64}\n/);
    expect(second.output().split('\n').filter((l) => l.startsWith('HARNESS'))).toHaveLength(1);
  });

  it('pushes store:changed over Server-Sent Events', async () => {
    const h = await harnessOn(await tempDir());
    const stream = readEvents(`${h.url}__events?token=${h.token}`);
    try {
      await stream.open;
      expect(stream.status()).toBe(200);
      const id = randomUUID();
      const ack = await call<CommitAck>(h, 'commands:run', contactCreate(id));
      expect(ack.ok).toBe(true);
      await expect.poll(() => stream.events.length, { timeout: 5000 }).toBeGreaterThan(0);
      const [first] = stream.events;
      expect(first?.event).toBe('store:changed');
      const event = JSON.parse(first?.data ?? '{}') as StoreChangedEvent;
      expect(event).toMatchObject({ version: ack.ok ? ack.value.version : -1, type: 'contact.create' });
      expect(event.ids).toContainEqual({ kind: 'contacts', id });
    } finally {
      stream.close();
    }
  });
});

// --- the page, in Chromium -------------------------------------------------------------------------

/** What the page's globals look like from inside page.evaluate (the node tsconfig has no DOM lib). */
interface PageGlobals {
  api: Api;
  __pwned?: number;
  __cspViolations: { directive: string; blocked: string }[];
  __liaisonHarness: { connected: Promise<void> };
  require?: unknown;
  process?: unknown;
  ipcRenderer?: unknown;
  module?: unknown;
  Buffer?: unknown;
  document: {
    createElement(tag: string): { textContent: string | null };
    body: { appendChild(node: unknown): unknown };
    querySelector(selector: string): { getAttribute(name: string): string | null } | null;
  };
}

/**
 * Console errors that say nothing about the app: the favicon 404, and Chromium's note that a
 * `frame-ancestors` directive is ignored in a <meta> CSP (it only works as a header; the window
 * cannot be framed anyway, so it is harmless — Electron prints the same line).
 */
const ignoredConsole = [/favicon\.ico/, /'frame-ancestors' is ignored when delivered via a <meta> element/];

describe('the harness page in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  /** A fresh page on a fresh harness, with page errors and CSP violations recorded. */
  async function openPage(): Promise<{ page: Page; harness: Harness; errors: string[] }> {
    const [harness, fresh] = await Promise.all([tempDir().then(harnessOn), browser.newContext()]);
    context = fresh;
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      const text = `${message.text()} (${message.location().url})`;
      if (message.type() === 'error' && !ignoredConsole.some((re) => re.test(text))) errors.push(`console: ${text}`);
    });
    page.on('requestfailed', (request) => {
      if (!/favicon/.test(request.url())) errors.push(`requestfailed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
    });
    // Init scripts run through the DevTools protocol, not as page scripts, so the CSP allows them.
    await page.addInitScript(() => {
      const w = globalThis as unknown as { __cspViolations: unknown[]; addEventListener(type: string, fn: (e: { violatedDirective: string; blockedURI: string }) => void): void };
      w.__cspViolations = [];
      w.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI }));
    });
    const response = await page.goto(harness.url, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    // The app has rendered (React mounts into #root once window.api answered or not).
    await page.waitForSelector('#root > *', { timeout: 10_000 });
    return { page, harness, errors };
  }

  it('gives the page window.api from the preload factory, and nothing of Node or Electron', async () => {
    const { page, errors } = await openPage();
    expect(await page.evaluate(() => typeof (globalThis as unknown as PageGlobals).api.contacts.list)).toBe('function');
    const shape = await page.evaluate((names) => {
      const w = globalThis as unknown as PageGlobals;
      const api = w.api as unknown as Record<string, Record<string, unknown>>;
      return {
        missing: names.filter((name) => {
          const [ns, method] = name.split(':') as [string, string];
          return typeof api[ns]?.[method] !== 'function';
        }),
        onStoreChanged: typeof w.api.onStoreChanged,
        frozen: Object.isFrozen(w.api),
        require: typeof w.require,
        process: typeof w.process,
        module: typeof w.module,
        Buffer: typeof w.Buffer,
        ipcRenderer: typeof w.ipcRenderer,
      };
    }, channelNames);
    expect(shape).toEqual({
      missing: [],
      onStoreChanged: 'function',
      frozen: true,
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      Buffer: 'undefined',
      ipcRenderer: 'undefined',
    });
    // The served page keeps the built CSP meta unchanged; the app loaded without violations or errors.
    const builtCsp = /<meta[^>]+http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(await readFile(builtIndex, 'utf8'))?.[0];
    expect(builtCsp, 'out/renderer/index.html has no CSP meta').toBeTruthy();
    const servedCsp = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    );
    expect(builtCsp).toContain(servedCsp ?? '<none>');
    expect(servedCsp).toMatch(/script-src 'self'(;|$| )/);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).__cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('keeps the CSP: an inline script inserted into the DOM does not run', async () => {
    const { page } = await openPage();
    await page.evaluate(() => {
      const w = globalThis as unknown as PageGlobals;
      const script = w.document.createElement('script');
      script.textContent = 'window.__pwned = 1';
      w.document.body.appendChild(script);
    });
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as PageGlobals).__cspViolations.map((v) => v.directive)), { timeout: 5000 })
      .toContainEqual(expect.stringMatching(/^script-src/));
    expect(await page.evaluate(() => typeof (globalThis as unknown as PageGlobals).__pwned)).toBe('undefined');
  });

  it('round-trips window.api through the real dispatcher, with store:changed over SSE', async () => {
    const { page } = await openPage();
    const id = randomUUID();
    const result = await page.evaluate(async (input) => {
      const w = globalThis as unknown as PageGlobals;
      await w.__liaisonHarness.connected;
      const received = new Promise<StoreChangedEvent>((resolveEvent) => {
        const off = w.api.onStoreChanged((event) => {
          off();
          resolveEvent(event);
        });
      });
      const ack = await w.api.commands.run(input as Parameters<Api['commands']['run']>[0]);
      const event = await received;
      const list = await w.api.contacts.list({ query: 'Мария' });
      return { ack, event, list };
    }, contactCreate(id));
    expect(result.ack.ok, JSON.stringify(result.ack)).toBe(true);
    expect(result.event).toMatchObject({ version: result.ack.ok ? result.ack.value.version : -1, type: 'contact.create' });
    expect(result.event.ids).toContainEqual({ kind: 'contacts', id });
    expect(result.list.ok && result.list.value.rows.map((r) => r.id)).toEqual([id]);
  });

  it('checks accessibility with axe-core under the page CSP', async () => {
    const { page } = await openPage();
    const violations = await checkAccessibility(page);
    // The checker really runs under this CSP: an unnamed button is a critical violation.
    await page.evaluate(() => {
      const w = globalThis as unknown as PageGlobals;
      const probe = w.document.createElement('div') as unknown as { id: string; innerHTML: string };
      probe.id = 'axe-probe';
      probe.innerHTML = '<button type="button"></button>';
      w.document.body.appendChild(probe);
    });
    const probed = await checkAccessibility(page, { include: '#axe-probe' });
    expect(probed.map((v) => v.id)).toContain('button-name');
    // The app's first screen: no serious or critical violations.
    expect(violations, formatViolations(violations)).toEqual([]);
  });
});
