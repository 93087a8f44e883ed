import { fileURLToPath } from 'node:url';
import { runCli } from '../../electron/cli/runCli';

const resourcesDir = fileURLToPath(new URL('../../resources', import.meta.url));

/** Runs `liaison --data DIR ARGS…` in-process, with what it printed on stdout and stderr. */
export async function cliIn(dir: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(['--data', dir, ...args], { out: (t) => (out += t), err: (t) => (err += t), env: {}, resourcesDir });
  return { code, out, err };
}
