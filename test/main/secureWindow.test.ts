import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { denyPermissions, isExternalLink, lockDownContents, secureWebPreferences } from '../../electron/main/secureWindow';
import { fakeSession, fakeWebContents } from './electronMock';

vi.mock('electron', () => ({}));

describe('window security', () => {
  it('isolates the page: context isolation, sandbox, web security on; Node integration off', () => {
    const prefs = secureWebPreferences('/app/out/preload/preload.cjs', false);
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
      preload: '/app/out/preload/preload.cjs',
    });
  });

  it('blocks navigation away from app:// and every new window; web links go to the system browser', () => {
    const contents = fakeWebContents();
    const shell = { openExternal: vi.fn(() => Promise.resolve()) };
    lockDownContents(contents as unknown as WebContents, shell);
    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() };
      contents.emit('will-navigate', event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://liaison/index.html')).toBe(false);
    expect(contents.windowOpenHandler?.({ url: 'https://sistercities.org/' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://sistercities.org/');
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('opens only http, https and mailto links outside', () => {
    expect(isExternalLink('mailto:anna@example.org')).toBe(true);
    expect(isExternalLink('https://example.org')).toBe(true);
    expect(isExternalLink('smb://host/share')).toBe(false);
    expect(isExternalLink('not a url')).toBe(false);
  });

  it('denies every permission request and check', () => {
    const session = fakeSession();
    denyPermissions(session as unknown as Session);
    const granted: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      session.permissionRequestHandler?.(null, permission, (g) => granted.push(g));
    }
    expect(granted).toEqual([false, false, false, false]);
    expect(session.permissionCheckHandler?.()).toBe(false);
  });
});
