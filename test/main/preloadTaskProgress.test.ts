import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../electron/shared/createApi';
import type { TaskProgress } from '../../electron/shared/contracts/taskChannels';

type Handler = (event: unknown, payload: unknown) => void;
const bridge: { listeners: Map<string, Set<Handler>>; exposed: unknown } = vi.hoisted(() => ({ listeners: new Map<string, Set<Handler>>(), exposed: null }));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (_name: string, value: unknown) => {
      bridge.exposed = value;
    },
  },
  ipcRenderer: {
    invoke: () => Promise.resolve({ ok: true, value: null }),
    on: (channel: string, handler: Handler) => {
      const set = bridge.listeners.get(channel) ?? new Set<Handler>();
      set.add(handler);
      bridge.listeners.set(channel, set);
    },
    removeListener: (channel: string, handler: Handler) => {
      bridge.listeners.get(channel)?.delete(handler);
    },
  },
}));

const send = (channel: string, payload: unknown) => {
  for (const handler of bridge.listeners.get(channel) ?? []) handler({ sender: 'hidden' }, payload);
};

const valid: TaskProgress = { id: 't1', kind: 'export', subject: 'contacts', phase: 'writing', done: 10, total: 100, unit: 'records', cancellable: true, state: 'running' };

describe('the preload’s task:progress', () => {
  let api: Api;
  beforeAll(async () => {
    await import('../../electron/preload/preload');
    api = bridge.exposed as Api;
  });

  it('hands the page only well-formed progress, never the Electron event, and unsubscribes', () => {
    const seen: unknown[] = [];
    const unsubscribe = api.onTaskProgress((progress) => seen.push(progress));
    send('task:progress', valid);
    send('task:progress', { ...valid, kind: 'format-disk' });
    send('task:progress', { ...valid, done: -1 });
    send('task:progress', 'not an object');
    expect(seen).toEqual([valid]);
    unsubscribe();
    send('task:progress', valid);
    expect(seen).toHaveLength(1);
  });
});
