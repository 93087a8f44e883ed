import { accessSync, constants } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** Where Chromium is looked for, in order, after $CHROMIUM_PATH. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const CHROMIUM_NOT_FOUND = 'Chromium not found. Install it with: sudo apt-get install -y chromium';

/** The flags every e2e run uses: headless-friendly, and no traffic of Chromium's own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * $CHROMIUM_PATH if set (it must exist), else the first Debian/Ubuntu/Chrome path that does.
 * Throws an Error whose message is the one command that installs it.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file. ${CHROMIUM_NOT_FOUND}`);
  }
  const found = CHROMIUM_CANDIDATES.find(isExecutable);
  if (!found) throw new Error(CHROMIUM_NOT_FOUND);
  return found;
}

/** Launches the system Chromium headless through playwright-core (a fresh temporary profile). */
export async function launchChromium(options: Omit<LaunchOptions, 'executablePath'> = {}): Promise<Browser> {
  return chromium.launch({
    headless: true,
    ...options,
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}
