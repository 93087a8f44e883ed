import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const mainBundle = process.env.LIAISON_SMOKE_BUNDLE || join(repoRoot, 'out', 'main', 'main.js');

/** What main-smoke.mjs prints about one launch (the fields these tests read). */
export interface LaunchSummary {
  error?: string;
  windows: unknown[];
  channels: string[];
  errorsShown: { title: string; content: string }[];
  exitCode: number | null;
  quitByItself: boolean;
  singleInstanceLockRequested: boolean;
  quit: { how: string; completed: boolean; exitCode: number | null } | null;
  /** app.relaunch() calls, with their options. */
  relaunches: ({ args?: string[] } | null)[];
}

/** Launches the built main bundle under the stub electron with `env`, and returns its summary. */
export function launchMain(env: NodeJS.ProcessEnv): Promise<LaunchSummary> {
  if (!existsSync(mainBundle)) return Promise.reject(new Error(`${mainBundle} is missing: run npm run build first.`));
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--import', './test/smoke/register.mjs', 'test/smoke/main-smoke.mjs'], {
      cwd: repoRoot,
      env: { ...process.env, LIAISON_SMOKE_BUNDLE: mainBundle, ...env },
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
      const line = stdout.split('\n').findLast((l) => l.startsWith('{"smoke":"liaison-main"'));
      if (!line) return reject(new Error(`main-smoke printed no summary (exit ${code}).\nstdout:\n${stdout}\nstderr:\n${stderr}`));
      resolveRun(JSON.parse(line) as LaunchSummary);
    });
  });
}
