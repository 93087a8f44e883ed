import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { channelNames, type Result } from '../shared/contract';
import type { Dispatch } from '../core/dispatcher/createDispatcher';
import { APP_ORIGIN } from './appProtocol';

const forbidden: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from the Liaison window.' },
};

/**
 * True only for the main frame of our own window showing our own origin. IPC from any other
 * frame or window is dropped.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, trusted: () => WebContents | null): boolean {
  const contents = trusted();
  if (!contents || event.sender !== contents) return false;
  const frame = event.senderFrame;
  if (!frame || frame !== contents.mainFrame) return false;
  return frame.url.startsWith(`${APP_ORIGIN}/`);
}

/** Registers one ipcMain handler per contract channel, all through the dispatcher. */
export function bindIpc(ipcMain: IpcMain, dispatch: Dispatch, trusted: () => WebContents | null): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, input: unknown) => (isTrustedSender(event, trusted) ? dispatch(channel, input) : forbidden));
  }
}
