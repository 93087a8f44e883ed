// `npm start`: build, then launch Electron on the built app. Where Electron's binary was never
// downloaded (an install with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or no network), requiring
// 'electron' tries the download once; if that fails, say so in one sentence with the command
// that fetches it, instead of Electron's own stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const build = spawnSync(process.execPath, [require.resolve('electron-vite/bin/electron-vite.js'), 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let electronPath;
try {
  electronPath = require('electron');
} catch {
  electronPath = null;
}
if (typeof electronPath !== 'string') {
  console.error(
    "Electron's binary is not installed and could not be downloaded here; run `npx install-electron --no` with internet access, then `npm start` again.",
  );
  process.exit(1);
}
const child = spawn(electronPath, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
