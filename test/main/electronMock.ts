import { vi } from 'vitest';

/**
 * A hand-written stand-in for the parts of `electron` main uses, recording what main does with
 * them. Installed per test file with `vi.mock('electron', () => electronMock())`.
 */
export interface FakeWebContents {
  listeners: Map<string, ((...args: unknown[]) => void)[]>;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null;
  mainFrame: { url: string };
  on(event: string, listener: (...args: unknown[]) => void): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void;
  emit(event: string, ...args: unknown[]): void;
  send: ReturnType<typeof vi.fn>;
}

export function fakeWebContents(url = 'app://liaison/index.html'): FakeWebContents {
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  return {
    listeners,
    windowOpenHandler: null,
    mainFrame: { url },
    on(event, listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    setWindowOpenHandler(handler) {
      this.windowOpenHandler = handler;
    },
    emit(event, ...args) {
      for (const listener of listeners.get(event) ?? []) listener(...args);
    },
    send: vi.fn(),
  };
}

export function fakeSession() {
  const session = {
    permissionRequestHandler: null as null | ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void),
    permissionCheckHandler: null as null | ((...args: unknown[]) => boolean),
    setPermissionRequestHandler(handler: (wc: unknown, permission: string, cb: (granted: boolean) => void) => void) {
      session.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
      session.permissionCheckHandler = handler;
    },
  };
  return session;
}

export function fakeIpcMain() {
  const handlers = new Map<string, (event: unknown, input: unknown) => unknown>();
  return {
    handlers,
    handle: vi.fn((channel: string, handler: (event: unknown, input: unknown) => unknown) => {
      handlers.set(channel, handler);
    }),
  };
}

export function fakeProtocol() {
  const handlers = new Map<string, (request: { url: string }) => Promise<Response>>();
  return {
    handlers,
    handle: vi.fn((scheme: string, handler: (request: { url: string }) => Promise<Response>) => {
      handlers.set(scheme, handler);
    }),
    registerSchemesAsPrivileged: vi.fn(),
  };
}
