import type { BrowserWindowConstructorOptions, Session, Shell, WebContents } from 'electron';
import { APP_ORIGIN } from './appProtocol';

/** The web preferences every Liaison window gets; a test asserts each one. */
export function secureWebPreferences(preloadPath: string, devTools: boolean): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: true,
    devTools,
  };
}

const externalProtocols = new Set(['http:', 'https:', 'mailto:']);

/** True for links that may open outside the app (in the browser or mail client). */
export function isExternalLink(url: string): boolean {
  try {
    return externalProtocols.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * The page can never navigate away or open windows; web links go to the system browser instead.
 */
export function lockDownContents(contents: WebContents, shell: Pick<Shell, 'openExternal'>): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** No camera, microphone, notifications-by-page, geolocation or anything else a page may ask. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
