// Loads the BUILT main bundle under plain Node with a stub `electron` (there is no Electron binary
// on the build machines) and checks what it wires up: every contract channel on ipcMain, a locked-
// down window, the app:// protocol, denied permissions, and a clean quit that releases the lock.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { channelNames } from '../../electron/shared/contract';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// LIAISON_SMOKE_BUNDLE checks another build of main (default out/main/main.js); main-smoke reads it too.
const bundle = process.env.LIAISON_SMOKE_BUNDLE || join(repoRoot, 'out', 'main', 'main.js');

interface SmokeSummary {
  smoke: 'liaison-main';
  error?: string;
  windowCreated: boolean;
  channels: string[];
  duplicateChannels: string[];
  singleInstanceLockRequested: boolean;
  windows: { webPreferences: Record<string, unknown>; preloadExists: boolean; loadedURLs: string[]; createdBeforeReady: boolean }[];
  privilegedSchemes: { scheme: string; privileges?: Record<string, boolean> }[];
  privilegedAfterReady: boolean;
  protocolHandledBeforeReady: string[];
  appProtocol: {
    handled: boolean;
    index: { status: number; type: string } | null;
    root: { status: number; type: string } | null;
    traversal: { status: number } | null;
    foreignHost: { status: number } | null;
  } | null;
  permissionHandlers: { request: boolean; check: boolean };
  ipcProbe: { trustedOk: boolean; trustedDataDir: string | null; trustedError: unknown; untrustedCodes: string[] } | null;
  lockDown: {
    windowOpen: string | null;
    windowOpenJavascript: string | null;
    openExternal: string[];
    foreignNavigationPrevented: boolean;
    permissionGranted: unknown;
    permissionCheck: unknown;
  } | null;
  errorsShown: { title: string; content: string }[];
  exitCode: number | null;
  quit: { how: string; completed: boolean; exitCode: number | null; ms: number } | null;
  unstubbed: string[];
  consoleErrors: string[];
  problems: string[];
  ms: number;
}

function runSmoke(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--import', './test/smoke/register.mjs', 'test/smoke/main-smoke.mjs'], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolveRun({ code, stdout, stderr });
    });
  });
}

describe('the built main bundle under a stub electron', () => {
  let dataDir = '';
  let run: { code: number | null; stdout: string; stderr: string } | undefined;
  let summary: SmokeSummary;
  let once: Promise<SmokeSummary> | undefined;

  /** Runs main-smoke once for the file; a missing bundle fails every test with the same sentence. */
  function smoke(): Promise<SmokeSummary> {
    once ??= (async () => {
      if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build first.`);
      dataDir = await mkdtemp(join(tmpdir(), 'liaison-smoke-data-'));
      run = await runSmoke({ LIAISON_DATA_DIR: dataDir, LIAISON_SMOKE_BUNDLE: bundle });
      const line = run.stdout.split('\n').findLast((l) => l.startsWith('{"smoke":"liaison-main"'));
      if (!line) throw new Error(`main-smoke printed no summary (exit ${run.code}).\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`);
      summary = JSON.parse(line) as SmokeSummary;
      return summary;
    })();
    return once;
  }

  beforeEach(async () => {
    await smoke();
  });

  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const context = () => `\nsummary: ${JSON.stringify(summary, null, 2)}\nstderr:\n${run?.stderr ?? ''}`;

  it('starts without errors and creates one window', () => {
    expect(summary.error, context()).toBeUndefined();
    expect(summary.problems, context()).toEqual([]);
    expect(summary.errorsShown, context()).toEqual([]);
    expect(summary.windowCreated, context()).toBe(true);
    expect(summary.windows, context()).toHaveLength(1);
    expect(summary.singleInstanceLockRequested).toBe(true);
    expect(run?.code, context()).toBe(0);
  });

  it('registers every contract channel on ipcMain exactly once', () => {
    expect(summary.duplicateChannels).toEqual([]);
    for (const name of channelNames) expect(summary.channels, `channel ${name} is not registered`).toContain(name);
  });

  it('answers IPC from its own window only', () => {
    expect(summary.ipcProbe, context()).not.toBeNull();
    expect(summary.ipcProbe?.trustedOk, context()).toBe(true);
    expect(summary.ipcProbe?.trustedDataDir).toBe(dataDir);
    expect(summary.ipcProbe?.untrustedCodes).toEqual(['forbidden', 'forbidden']);
  });

  it('locks the window down', () => {
    const [window] = summary.windows;
    expect(window?.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(window?.webPreferences.nodeIntegrationInWorker ?? false).toBe(false);
    expect(window?.webPreferences.nodeIntegrationInSubFrames ?? false).toBe(false);
    expect(window?.webPreferences.allowRunningInsecureContent ?? false).toBe(false);
    expect(window?.webPreferences.webviewTag ?? false).toBe(false);
    expect(window?.preloadExists, `preload ${String(window?.webPreferences.preload)} is not built`).toBe(true);
    expect(window?.loadedURLs.every((url) => url.startsWith('app://')), String(window?.loadedURLs)).toBe(true);
    expect(summary.lockDown?.windowOpen).toBe('deny');
    expect(summary.lockDown?.windowOpenJavascript).toBe('deny');
    expect(summary.lockDown?.openExternal).toEqual(['https://example.org/']);
    expect(summary.lockDown?.foreignNavigationPrevented).toBe(true);
    expect(summary.permissionHandlers).toEqual({ request: true, check: true });
    expect(summary.lockDown?.permissionGranted).toBe(false);
    expect(summary.lockDown?.permissionCheck).toBe(false);
  });

  it('serves the renderer from a privileged app:// protocol that refuses traversal', () => {
    const scheme = summary.privilegedSchemes.find((s) => s.scheme === 'app');
    expect(scheme?.privileges).toMatchObject({ standard: true, secure: true });
    expect(summary.privilegedAfterReady).toBe(false);
    expect(summary.protocolHandledBeforeReady).toEqual([]);
    expect(summary.appProtocol?.handled).toBe(true);
    expect(summary.appProtocol?.index, context()).toMatchObject({ status: 200 });
    expect(summary.appProtocol?.index?.type).toMatch(/^text\/html/);
    expect(summary.appProtocol?.traversal?.status).toBe(404);
    expect(summary.appProtocol?.foreignHost?.status).toBe(404);
  });

  it('quits cleanly, releasing the workspace lock', async () => {
    expect(summary.quit, context()).toMatchObject({ how: 'quit', completed: true });
    const files = await readdir(dataDir);
    expect(files).toContain('liaison.json');
    expect(files).not.toContain('liaison.lock');
  });
});
