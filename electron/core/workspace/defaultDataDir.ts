import { homedir } from 'node:os';
import { join } from 'node:path';

/** The product name Electron uses for the user-data folder; the CLI must agree with the app. */
export const APP_NAME = 'Liaison';

/**
 * The one place the data folder is decided, shared by the app and the CLI: `--data` first, then
 * LIAISON_DATA_DIR, else the folder Electron's app.getPath('userData') gives, plus `workspace/`.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const override = env.LIAISON_DATA_DIR;
  if (override && override.trim().length > 0) return override;
  return join(appDataDir(env, platform, home), APP_NAME, 'workspace');
}

function appDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  if (platform === 'win32') return env.APPDATA ?? join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.length > 0 ? env.XDG_CONFIG_HOME : join(home, '.config');
}
