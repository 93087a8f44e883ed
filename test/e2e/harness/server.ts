// The e2e harness (test tool, never shipped): serves the built renderer and the REAL dispatcher
// from one 127.0.0.1 origin, so Chromium can drive the app as Electron would, without Electron.
//
//   node --import tsx test/e2e/harness/server.ts --data DIR [--port 0] [--renderer DIR]
//
// - GET  /, /index.html       out/renderer/index.html plus a token <meta> and a same-origin
//                              <script src="/__harness/bridge.js"> before the app's module script
// - GET  /__harness/bridge.js  test/e2e/harness/bridge.ts bundled with Vite (IIFE)
// - POST /__api/<channel>      JSON in, Result JSON out, through createDispatcher(service.handlers())
// - GET  /__events?token=...   Server-Sent Events: `store:changed` {version, type, ids}, and
//                              `task:progress` (a long job's TaskProgress), as main sends them
// - POST /__app-command        (test-only) an AppCommand broadcast as `app:command`, as main's menu sends it
// - GET  anything else         a static file under out/renderer (traversal refused)
//
// Guards: Host must be exactly 127.0.0.1:<port> (DNS rebinding), a random per-run token on every
// API and event request, POST + application/json only, 2 MB body limit, and the data folder must
// be under os.tmpdir(). Prints exactly one stdout line, `HARNESS READY <url> <token>`; logs go to
// stderr. SIGTERM closes the workspace (flush + lock release) and exits 0; SIGKILL just dies.
import { APP_COMMAND_CHANNEL, AppCommandSchema } from '../../../electron/shared/appCommand';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { StoreChangedEvent } from '../../../electron/shared/contract';
import { faultyFs } from './faultyFs';
import { refuseCommits } from './refuseCommits';
import { scriptedPlatform } from './scriptedPlatform';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');
const MAX_BODY = 2 * 1024 * 1024;
const TOKEN_HEADER = 'x-liaison-token';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

class RefusalError extends Error {}

function fail(message: string): never {
  throw new RefusalError(message);
}

// ---------------------------------------------------------------------------------------------
// Arguments and the temp-folder rule

interface Options {
  dataDir: string;
  port: number;
  rendererDir: string;
}

function readOptions(argv: string[]): Options {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { data: { type: 'string' }, port: { type: 'string', default: '0' }, renderer: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    fail(`Usage: server.ts --data DIR [--port N] [--renderer DIR] (${(error as Error).message})`);
  }
  if (!values.data) fail('The harness needs a data folder: pass --data DIR (a folder under the OS temp directory).');
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number, not "${values.port}".`);
  return { dataDir: resolve(values.data), port, rendererDir: resolve(values.renderer ?? join(repoRoot, 'out', 'renderer')) };
}

/** realpath of the nearest existing ancestor, plus the parts that do not exist yet. */
async function realpathLoose(path: string): Promise<string> {
  const missing: string[] = [];
  let current = resolve(path);
  for (;;) {
    try {
      return join(await realpath(current), ...missing.reverse());
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      const parent = dirname(current);
      if (parent === current) throw error;
      missing.push(basename(current));
      current = parent;
    }
  }
}

/** The harness writes only under the OS temp directory: it is a test tool, never for real data. */
async function assertUnderTmp(dataDir: string): Promise<string> {
  const tmp = await realpath(tmpdir());
  const real = await realpathLoose(dataDir);
  const rel = relative(tmp, real);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || resolve(tmp, rel) !== real) {
    fail(`The harness only opens data folders under the OS temp directory (${tmp}); ${dataDir} resolves to ${real}, which is not under it.`);
  }
  return real;
}

// ---------------------------------------------------------------------------------------------
// The bridge bundle (cached by the content of everything it can import)

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? listFiles(path) : Promise.resolve(entry.isFile() ? [path] : []);
    }),
  );
  return nested.flat().sort();
}

async function buildBridge(): Promise<string> {
  const entry = join(here, 'bridge.ts');
  const inputs = [entry, ...(await listFiles(join(repoRoot, 'electron', 'shared')))];
  const hash = createHash('sha256');
  const vitePkg = JSON.parse(await readFile(join(repoRoot, 'node_modules', 'vite', 'package.json'), 'utf8')) as { version: string };
  hash.update(`vite@${vitePkg.version}\0`);
  for (const file of inputs) hash.update(`${relative(repoRoot, file)}\0`).update(await readFile(file)).update('\0');
  const cacheDir = join(repoRoot, 'node_modules', '.cache', 'liaison-harness');
  const cached = join(cacheDir, `bridge-${hash.digest('hex').slice(0, 16)}.js`);
  try {
    return await readFile(cached, 'utf8');
  } catch {
    // not built yet for these sources
  }
  const { build } = await import('vite');
  const result = await build({
    configFile: false,
    root: repoRoot,
    logLevel: 'silent',
    publicDir: false,
    envFile: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: false,
      emptyOutDir: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      target: 'es2022',
      lib: { entry, formats: ['iife'], name: 'LiaisonHarnessBridge', fileName: () => 'bridge.js' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  let code: string | undefined;
  for (const output of outputs) {
    if (!('output' in output)) continue;
    for (const item of output.output) if (item.type === 'chunk' && item.isEntry) code = item.code;
  }
  if (!code) throw new Error('Vite produced no bridge bundle.');
  await mkdir(cacheDir, { recursive: true });
  const temp = `${cached}.${process.pid}.tmp`;
  await writeFile(temp, code);
  await rename(temp, cached);
  // Keep only the bundle for the current sources.
  for (const name of await readdir(cacheDir)) {
    if (/^bridge-[0-9a-f]{16}\.js$/.test(name) && join(cacheDir, name) !== cached) await rm(join(cacheDir, name), { force: true });
  }
  return code;
}

// ---------------------------------------------------------------------------------------------
// index.html with the bridge

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The renderer's index.html with one addition: the bridge <script> before the app's first module
 * script (so window.api exists before the app runs), and the token <meta> it reads at the end of
 * <head>. The CSP meta is untouched; a meta tag is not a script and the bridge is a same-origin file.
 */
function injectBridge(html: string, token: string): string {
  const meta = `<meta name="liaison-harness-token" content="${escapeAttribute(token)}">`;
  const script = '<script src="/__harness/bridge.js"></script>';
  const moduleScript = /<script\b[^>]*\btype\s*=\s*["']?module["']?[^>]*>/i.exec(html);
  if (!moduleScript) throw new Error('index.html has no module script: cannot insert the harness bridge before the app.');
  let out = `${html.slice(0, moduleScript.index)}${script}\n    ${html.slice(moduleScript.index)}`;
  const headEnd = out.search(/<\/head>/i);
  if (headEnd < 0 || headEnd > out.indexOf(script)) {
    // No head, or the app script sits in it: the meta goes right before the bridge.
    const at = out.indexOf(script);
    out = `${out.slice(0, at)}${meta}\n    ${out.slice(at)}`;
  } else {
    out = `${out.slice(0, headEnd)}  ${meta}\n  ${out.slice(headEnd)}`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// HTTP

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, {
    'content-type': type,
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...extra,
  });
  res.end(body);
}

function tokenMatches(given: string | undefined | null, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A static file under root, or null for anything that would leave it. */
function resolveStatic(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const target = resolve(root, `.${decoded}`);
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || rel.split(sep).includes('..') || resolve(root, rel) !== target) return null;
  return target;
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const dataDir = await assertUnderTmp(options.dataDir);
  const rendererDir = await realpath(options.rendererDir).catch(() => options.rendererDir);
  const indexPath = join(rendererDir, 'index.html');
  if (!existsSync(indexPath)) fail(`${indexPath} is missing: run npm run build first.`);

  const token = randomBytes(32).toString('hex');
  const bridge = await buildBridge();
  const indexHtml = injectBridge(await readFile(indexPath, 'utf8'), token);

  // Core is imported only once the arguments passed, so a refusal is quick.
  const { WorkspaceService } = await import('../../../electron/core/workspace/WorkspaceService');
  const { createDispatcher } = await import('../../../electron/core/dispatcher/createDispatcher');
  // LIAISON_HARNESS_PLATFORM_DIR scripts the native dialogs (see scriptedPlatform.ts).
  const platformDir = process.env.LIAISON_HARNESS_PLATFORM_DIR;
  const openStarted = performance.now();
  const service = await WorkspaceService.open({
    dir: dataDir,
    owner: 'app',
    resourcesDir: join(repoRoot, 'resources'),
    ...(platformDir ? { platform: scriptedPlatform(platformDir) } : {}),
    // LIAISON_HARNESS_FAULTS=enospc-after:N or enospc-on:TEXT injects one disk fault (see faultyFs.ts); test-only.
    fs: faultyFs(process.env.LIAISON_HARNESS_FAULTS),
  });
  // B10 reads this line: the app's own open (read, parse, index) apart from the harness's start (tsx, bridge bundle).
  console.error(`[harness] workspace opened in ${(performance.now() - openStarted).toFixed(1)} ms`);
  // LIAISON_HARNESS_REFUSE=TEXT refuses the first save holding TEXT (see refuseCommits.ts); test-only.
  const dispatch = createDispatcher(refuseCommits(service.handlers(), process.env.LIAISON_HARNESS_REFUSE), (error) => console.error('[harness] internal error', error));

  const streams = new Set<ServerResponse>();
  service.store.onChange((change) => {
    const event: StoreChangedEvent = { version: change.seq, type: change.type, ids: change.ids };
    const frame = `event: store:changed\ndata: ${JSON.stringify(event)}\n\n`;
    for (const stream of streams) stream.write(frame);
  });
  service.tasks.onProgress((progress) => {
    const frame = `event: task:progress\ndata: ${JSON.stringify(progress)}\n\n`;
    for (const stream of streams) stream.write(frame);
  });

  let expectedHost = '';
  let closing = false;
  const inFlight = new Set<Promise<unknown>>();

  async function handleApi(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'The harness API takes POST only.', undefined, { allow: 'POST' });
    if (!tokenMatches(req.headers[TOKEN_HEADER] as string | undefined, token)) return send(res, 403, 'Wrong or missing harness token.');
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${expectedHost}`) return send(res, 403, 'Cross-origin requests are refused.');
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') return send(res, 415, 'The harness API takes application/json only.');
    if (closing) return send(res, 503, 'The harness is shutting down.');
    let channel: string;
    try {
      channel = decodeURIComponent(pathname.slice('/__api/'.length));
    } catch {
      return send(res, 400, 'Malformed channel name.');
    }
    let body: Buffer;
    try {
      body = await readBody(req, MAX_BODY);
    } catch (error) {
      if (error instanceof BodyTooLarge) return send(res, 413, 'The request body is larger than 2 MB.', undefined, { connection: 'close' });
      throw error;
    }
    let input: unknown;
    try {
      input = JSON.parse(body.toString('utf8')) as unknown;
    } catch {
      return send(res, 400, 'The request body is not valid JSON.');
    }
    const pending = dispatch(channel, input);
    inFlight.add(pending);
    try {
      const result = await pending;
      send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8');
    } finally {
      inFlight.delete(pending);
    }
  }

  /** Test-only stand-in for the native menu: broadcasts one AppCommand to the page, as main would. */
  async function handleAppCommand(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'App commands are sent with POST.', undefined, { allow: 'POST' });
    if (!tokenMatches(req.headers[TOKEN_HEADER] as string | undefined, token)) return send(res, 403, 'Wrong or missing harness token.');
    if (req.headers.origin !== undefined && req.headers.origin !== `http://${expectedHost}`) return send(res, 403, 'Cross-origin requests are refused.');
    if ((req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() !== 'application/json') return send(res, 415, 'App commands are application/json only.');
    let command;
    try {
      command = AppCommandSchema.parse(JSON.parse((await readBody(req, MAX_BODY)).toString('utf8')));
    } catch {
      return send(res, 400, 'The body is not an app command.');
    }
    const frame = `event: ${APP_COMMAND_CHANNEL}\ndata: ${JSON.stringify(command)}\n\n`;
    for (const stream of streams) stream.write(frame);
    send(res, 204, '');
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (req.method !== 'GET') return send(res, 405, 'Events are read with GET.', undefined, { allow: 'GET' });
    if (!tokenMatches(url.searchParams.get('token'), token)) return send(res, 403, 'Wrong or missing harness token.');
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-content-type-options': 'nosniff',
    });
    res.write('retry: 500\n: connected\n\n');
    streams.add(res);
    req.on('close', () => streams.delete(res));
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.', undefined, { allow: 'GET, HEAD' });
    if (pathname === '/' || pathname === '/index.html') return send(res, 200, indexHtml, mimeTypes['.html']);
    if (pathname === '/__harness/bridge.js') return send(res, 200, bridge, mimeTypes['.js']);
    const path = resolveStatic(rendererDir, pathname);
    if (!path) return send(res, 404, 'Not found.');
    try {
      // Refuse symlinks that lead out of the renderer folder too.
      const real = await realpath(path);
      if (real !== rendererDir && !real.startsWith(rendererDir + sep)) return send(res, 404, 'Not found.');
      if (!(await stat(real)).isFile()) return send(res, 404, 'Not found.');
      const body = await readFile(real);
      send(res, 200, req.method === 'HEAD' ? '' : body, mimeTypes[extname(real).toLowerCase()] ?? 'application/octet-stream');
    } catch {
      send(res, 404, 'Not found.');
    }
  }

  const server = createServer((req, res) => {
    // DNS-rebinding guard: a page on another name that resolves to 127.0.0.1 carries its own Host.
    if (req.headers.host !== expectedHost) return send(res, 403, 'Wrong Host header.');
    const target = req.url ?? '';
    if (!target.startsWith('/')) return send(res, 400, 'Bad request target.');
    // Concatenated, not resolved against a base: "//other/x" stays a path on this origin.
    const url = new URL(`http://${expectedHost}${target}`);
    const { pathname } = url;
    const handled = pathname.startsWith('/__api/') || pathname === '/__api'
      ? handleApi(req, res, pathname)
      : pathname === '/__events'
        ? handleEvents(req, res, url)
        : pathname === '/__app-command'
          ? handleAppCommand(req, res)
          : handleStatic(req, res, pathname);
    Promise.resolve(handled).catch((error: unknown) => {
      console.error('[harness] request failed', error);
      send(res, 500, 'The harness failed on this request.');
    });
  });
  server.headersTimeout = 10_000;

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  expectedHost = `127.0.0.1:${port}`;

  const shutdown = async (signal: string): Promise<void> => {
    if (closing) return;
    closing = true;
    console.error(`[harness] ${signal}: closing the workspace`);
    server.close();
    for (const stream of streams) stream.end();
    streams.clear();
    await Promise.allSettled([...inFlight]);
    try {
      await service.close();
    } catch (error) {
      console.error('[harness] closing the workspace failed', error);
      process.exit(1);
    }
    server.closeAllConnections();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  process.stdout.write(`HARNESS READY http://${expectedHost}/ ${token}\n`);
}

main().catch((error: unknown) => {
  const message = error instanceof RefusalError ? error.message : error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
