// The e2e harness's stand-in for the preload: bundled to an IIFE by server.ts and served as
// /__harness/bridge.js, a same-origin script the page's CSP (`script-src 'self'`) allows. It builds
// `window.api` with the very factory the preload uses, over fetch (POST JSON) and EventSource.
// Never shipped: this file lives in test/ and is only bundled by the harness.
import './zodJitless';
import type { ChannelName, Result, StoreChangedEvent } from '../../../electron/shared/contract';
import type { AppCommand } from '../../../electron/shared/appCommand';
import type { TaskProgress } from '../../../electron/shared/contracts/taskChannels';
import { createApi, type Api } from '../../../electron/shared/createApi';

// The node tsconfig has no DOM lib, so the few browser APIs used here are typed by hand.
interface MessageEventLike {
  data: string;
}
interface EventSourceLike {
  addEventListener(type: string, listener: (event: MessageEventLike) => void): void;
  close(): void;
}
interface BrowserGlobals {
  document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null };
  EventSource: new (url: string) => EventSourceLike;
  fetch: typeof fetch;
  api?: Api;
  __liaisonHarness?: { connected: Promise<void> };
}

const page = globalThis as unknown as BrowserGlobals;
const TOKEN_META = 'meta[name="liaison-harness-token"]';
const token = page.document.querySelector(TOKEN_META)?.getAttribute('content') ?? '';

const invoke = async (channel: ChannelName, input: unknown): Promise<Result<unknown>> => {
  const response = await page.fetch(`/__api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-liaison-token': token },
    body: JSON.stringify(input ?? {}),
  });
  if (!response.ok) {
    // The preload's ipcRenderer.invoke rejects when the transport fails; so does this.
    throw new Error(`The harness refused ${channel}: HTTP ${response.status} ${await response.text()}`);
  }
  return (await response.json()) as Result<unknown>;
};

// One EventSource for the page, opened at once so no change is missed between load and subscribe.
const listeners = new Set<(event: StoreChangedEvent) => void>();
const source = new page.EventSource(`/__events?token=${encodeURIComponent(token)}`);
const connected = new Promise<void>((resolve) => source.addEventListener('open', () => resolve()));
source.addEventListener('store:changed', (message) => {
  const event = JSON.parse(message.data) as StoreChangedEvent;
  for (const listener of [...listeners]) listener(event);
});

const subscribe = (listener: (event: StoreChangedEvent) => void): (() => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

// The native menu's commands: the harness has no menu, so a test POSTs /__app-command to send one.
const commandListeners = new Set<(command: AppCommand) => void>();
source.addEventListener('app:command', (message) => {
  const command = JSON.parse(message.data) as AppCommand;
  for (const listener of [...commandListeners]) listener(command);
});
const subscribeCommands = (listener: (command: AppCommand) => void): (() => void) => {
  commandListeners.add(listener);
  return () => {
    commandListeners.delete(listener);
  };
};

// Long jobs' progress, as main sends `task:progress` to the window.
const taskListeners = new Set<(progress: TaskProgress) => void>();
source.addEventListener('task:progress', (message) => {
  const progress = JSON.parse(message.data) as TaskProgress;
  for (const listener of [...taskListeners]) listener(progress);
});
const subscribeTasks = (listener: (progress: TaskProgress) => void): (() => void) => {
  taskListeners.add(listener);
  return () => {
    taskListeners.delete(listener);
  };
};

const api = createApi(invoke, subscribe, subscribeCommands, subscribeTasks);
for (const value of Object.values(api)) if (typeof value === 'object' && value !== null) Object.freeze(value);
// Like contextBridge.exposeInMainWorld: a read-only property the page cannot replace.
Object.defineProperty(page, 'api', { value: Object.freeze(api), writable: false, configurable: false, enumerable: true });
Object.defineProperty(page, '__liaisonHarness', { value: Object.freeze({ connected }), writable: false, configurable: false });
