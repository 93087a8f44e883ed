import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');
const serverPath = join(here, 'server.ts');
const READY = /^HARNESS READY (http:\/\/127\.0\.0\.1:\d+\/) ([0-9a-f]+)$/m;

export interface StartHarnessOptions {
  /** The workspace folder; the server refuses anything outside os.tmpdir(). */
  dataDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Defaults to out/renderer. */
  rendererDir?: string;
  /** How long to wait for the READY line; 30 s by default (the first start bundles the bridge). */
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

export interface Harness {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  /** The per-run token: header `x-liaison-token` for /__api, `?token=` for /__events. */
  token: string;
  pid: number;
  /**
   * Sends the signal (SIGTERM by default) and resolves with the exit code once the process has
   * ended: 0 after a clean SIGTERM shutdown, null when a signal (SIGKILL) ended it.
   */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<number | null>;
  /** Everything the process printed so far, stdout then stderr. */
  output(): string;
}

/** Thrown when the server exits or stays silent before READY; carries what it printed. */
export class HarnessStartError extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly signal: NodeJS.Signals | null,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'HarnessStartError';
  }
}

/** Starts test/e2e/harness/server.ts as a child process and waits for its READY line. */
export function startHarness(options: StartHarnessOptions): Promise<Harness> {
  const args = ['--import', 'tsx', serverPath, '--data', options.dataDir, '--port', String(options.port ?? 0)];
  if (options.rendererDir) args.push('--renderer', options.rendererDir);
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => (stdout += chunk));
  child.stderr.on('data', (chunk: string) => (stderr += chunk));

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) => {
    child.once('exit', (code, signal) => resolveExit({ code, signal }));
  });
  // Streams may still hold the last bytes when 'exit' fires; 'close' waits for them.
  const closed = new Promise<void>((resolveClose) => child.once('close', () => resolveClose()));

  const output = () => `${stdout}${stderr ? `${stdout && !stdout.endsWith('\n') ? '\n' : ''}${stderr}` : ''}`;

  const stop = async (signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<number | null> => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    const { code } = await exited;
    await closed;
    return code;
  };

  return new Promise<Harness>((resolveStart, reject) => {
    const timeoutMs = options.timeoutMs ?? 30_000;
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      fn();
    };
    const onData = () => {
      const ready = READY.exec(stdout);
      if (!ready) return;
      settle(() => resolveStart({ url: ready[1] as string, token: ready[2] as string, pid: child.pid as number, stop, output }));
    };
    const timer = setTimeout(() => {
      settle(() => {
        child.kill('SIGKILL');
        reject(new HarnessStartError(`The harness did not report READY within ${timeoutMs} ms.\nstderr:\n${stderr}`, null, null, stderr));
      });
    }, timeoutMs);
    child.stdout.on('data', onData);
    child.once('error', (error) => settle(() => reject(error)));
    void exited.then(async ({ code, signal }) => {
      await closed;
      settle(() =>
        reject(
          new HarnessStartError(
            `The harness exited before READY (code ${code ?? 'none'}, signal ${signal ?? 'none'}).\nstderr:\n${stderr}`,
            code,
            signal,
            stderr,
          ),
        ),
      );
    });
  });
}
