import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { StoreChangedEvent } from '../shared/contract';
import { createApi, type Api } from '../shared/createApi';

// The page sees only these named functions; the Electron event object never crosses.
const api = createApi(
  (channel, input) => ipcRenderer.invoke(channel, input),
  (listener) => {
    const handler = (_event: IpcRendererEvent, payload: StoreChangedEvent) => listener(payload);
    ipcRenderer.on('store:changed', handler);
    return () => {
      ipcRenderer.removeListener('store:changed', handler);
    };
  },
) satisfies Api;

contextBridge.exposeInMainWorld('api', api);
