import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { bindIpc } from '../../electron/main/bindIpc';
import { channelNames } from '../../electron/shared/contract';
import { fakeIpcMain, fakeWebContents } from './electronMock';

vi.mock('electron', () => ({}));

describe('IPC binding', () => {
  const setup = () => {
    const ipc = fakeIpcMain();
    const ours = fakeWebContents();
    const dispatch = vi.fn((_channel: string, _input: unknown) => Promise.resolve({ ok: true as const, value: 'dispatched' }));
    bindIpc(ipc as unknown as IpcMain, dispatch, () => ours as unknown as WebContents);
    const call = (channel: string, event: Partial<IpcMainInvokeEvent>, input: unknown = {}) => {
      const handler = ipc.handlers.get(channel);
      if (!handler) throw new Error(`${channel} not registered`);
      return handler(event, input);
    };
    return { ipc, ours, dispatch, call };
  };

  it('registers one handler per contract channel', () => {
    const { ipc } = setup();
    expect([...ipc.handlers.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('passes calls from our window main frame to the dispatcher', async () => {
    const { ours, dispatch, call } = setup();
    const result = await call('contacts:list', { sender: ours, senderFrame: ours.mainFrame } as never, { query: 'x' });
    expect(result).toEqual({ ok: true, value: 'dispatched' });
    expect(dispatch).toHaveBeenCalledWith('contacts:list', { query: 'x' });
  });

  it('refuses calls from another window, a subframe or a foreign origin, without dispatching', async () => {
    const { ours, dispatch, call } = setup();
    const stranger = fakeWebContents();
    const cases = [
      { sender: stranger, senderFrame: stranger.mainFrame },
      { sender: ours, senderFrame: { url: 'app://liaison/index.html' } },
      { sender: ours, senderFrame: null },
    ];
    for (const event of cases) {
      expect(await call('commands:run', event as never)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    ours.mainFrame.url = 'https://evil.example/';
    expect(await call('commands:run', { sender: ours, senderFrame: ours.mainFrame } as never)).toMatchObject({ ok: false });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses strangers on every channel: other windows, subframes, look-alike origins, before the window exists', async () => {
    const ipc = fakeIpcMain();
    const ours = fakeWebContents();
    let window: ReturnType<typeof fakeWebContents> | null = null;
    const dispatch = vi.fn((_channel: string, _input: unknown) => Promise.resolve({ ok: true as const, value: 'dispatched' }));
    bindIpc(ipc as unknown as IpcMain, dispatch, () => window as unknown as WebContents | null);
    const stranger = fakeWebContents();
    const lookAlike = (url: string) => {
      const contents = fakeWebContents(url);
      return { contents, event: { sender: contents, senderFrame: contents.mainFrame } };
    };
    let refused = 0;
    for (const channel of channelNames) {
      const handler = ipc.handlers.get(channel);
      if (!handler) throw new Error(`${channel} not registered`);
      // No window yet: nothing is trusted.
      window = null;
      expect(await handler({ sender: ours, senderFrame: ours.mainFrame }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      refused += 1;
      window = ours;
      const events = [
        { sender: stranger, senderFrame: stranger.mainFrame },
        { sender: stranger, senderFrame: ours.mainFrame },
        { sender: ours, senderFrame: stranger.mainFrame },
        { sender: ours, senderFrame: { url: 'app://liaison/index.html' } },
        { sender: ours, senderFrame: undefined },
      ];
      for (const event of events) {
        expect(await handler(event, {}), channel).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/\.$/) as unknown } });
        refused += 1;
      }
      for (const url of ['app://liaison.evil.example/index.html', 'app://liaison@evil.example/', 'file:///app/out/renderer/index.html', 'http://127.0.0.1/index.html', 'app://other/index.html']) {
        const { contents, event } = lookAlike(url);
        window = contents;
        expect(await handler(event, {}), `${channel} from ${url}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        refused += 1;
      }
    }
    expect(dispatch).not.toHaveBeenCalled();
    expect(refused).toBe(channelNames.length * 11);
  });
});
