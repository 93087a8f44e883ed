// `npm start`: build, then launch Electron on the built app. Electron's binary is downloaded
// on first use; where that cannot happen (an install with ELECTRON_SKIP_BINARY_DOWNLOAD=1 and no
// network), say so in one sentence with the command that fetches it, instead of a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = join('node_modules', 'electron');

const build = spawnSync(process.execPath, [join('node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

function binaryPresent() {
  const pathFile = join(electronDir, 'path.txt');
  return existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8')));
}

if (!binaryPresent()) {
  console.log('Downloading Electron (once)…');
  const download = spawnSync(process.execPath, [join(electronDir, 'install.js')], { encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' } });
  if (download.status !== 0 || !binaryPresent()) {
    const reason = `${download.stderr ?? ''}`.split('\n').find((line) => /error/i.test(line))?.trim();
    console.error(
      `Electron's binary is not installed and could not be downloaded${reason ? ` (${reason})` : ''}; run \`npx install-electron --no\` with internet access, then \`npm start\` again.`,
    );
    process.exit(1);
  }
}

const electronPath = require('electron');
const child = spawn(electronPath, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
