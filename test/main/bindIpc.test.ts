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
});
