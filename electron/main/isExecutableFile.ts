import { stat } from 'node:fs/promises';
import { extname } from 'node:path';

/**
 * Kinds of file that the system would run rather than show when "opened": programs, installers,
 * shortcuts and scripts on Windows, macOS and Linux. An attachment comes from someone else (a
 * city's offer, a mail), so opening one must never start it.
 */
const RUNNABLE = new Set([
  // Windows programs, installers, shortcuts and scripts
  'exe', 'bat', 'cmd', 'com', 'msi', 'msp', 'msix', 'appx', 'lnk', 'scr', 'pif', 'cpl', 'msc', 'hta', 'reg', 'url',
  'vbs', 'vbe', 'js', 'jse', 'wsf', 'wsh', 'ws', 'ps1', 'psm1', 'psd1', 'ps1xml', 'ps2', 'ps2xml', 'psc1', 'psc2', 'application', 'gadget', 'scf', 'inf', 'settingcontent-ms',
  // macOS
  'command', 'app', 'tool', 'workflow', 'action', 'pkg', 'mpkg', 'terminal', 'scpt', 'applescript', 'osax',
  // Linux and shells
  'desktop', 'sh', 'bash', 'zsh', 'csh', 'ksh', 'fish', 'run', 'bin', 'appimage', 'deb', 'rpm', 'snap', 'flatpakref',
  // runtimes that a double click may start
  'jar', 'py', 'pyw', 'pl', 'rb', 'php',
]);

/**
 * Whether opening `path` could run it: by its extension (any case; Windows ignores trailing dots
 * and spaces, "offer.exe. " runs as offer.exe), or, off Windows, by an execute permission bit.
 */
export async function isExecutableFile(path: string, platform: NodeJS.Platform = process.platform): Promise<boolean> {
  const name = path.replace(/[. ]+$/, '');
  if (RUNNABLE.has(extname(name).slice(1).toLowerCase())) return true;
  if (platform === 'win32') return false;
  try {
    return ((await stat(path)).mode & 0o111) !== 0;
  } catch {
    return false;
  }
}
