import { fileURLToPath } from 'node:url';
import { readHidden } from './readHidden';
import { runCli } from './runCli';

// Built to out/main/cli.js; the shipped sample lives two folders up in resources/.
const resourcesDir = fileURLToPath(new URL('../../resources', import.meta.url));

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  resourcesDir,
  // LIAISON_PROGRESS=1 draws the line on a pipe too (a wrapper script that shows stderr as it comes).
  progress: process.stderr.isTTY === true || process.env.LIAISON_PROGRESS === '1',
  ...(process.stdin.isTTY ? { askSecret: readHidden } : {}),
  onInterrupt: (handler) => {
    process.on('SIGINT', handler);
    return () => {
      process.off('SIGINT', handler);
    };
  },
});
process.exitCode = code;
