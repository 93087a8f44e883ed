import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { APP_COMMAND_CHANNEL, AppCommandSchema, type AppCommand } from '../shared/appCommand';
import type { StoreChangedEvent } from '../shared/contract';
import { TASK_PROGRESS_EVENT, TaskProgressSchema, type TaskProgress } from '../shared/contracts/taskChannels';
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
  (listener: (command: AppCommand) => void) => {
    // Checked here too: only a well-formed command reaches the page.
    const handler = (_event: IpcRendererEvent, payload: unknown) => {
      const command = AppCommandSchema.safeParse(payload);
      if (command.success) listener(command.data);
    };
    ipcRenderer.on(APP_COMMAND_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(APP_COMMAND_CHANNEL, handler);
    };
  },
  (listener: (progress: TaskProgress) => void) => {
    const handler = (_event: IpcRendererEvent, payload: unknown) => {
      const progress = TaskProgressSchema.safeParse(payload);
      if (progress.success) listener(progress.data);
    };
    ipcRenderer.on(TASK_PROGRESS_EVENT, handler);
    return () => {
      ipcRenderer.removeListener(TASK_PROGRESS_EVENT, handler);
    };
  },
) satisfies Api;

contextBridge.exposeInMainWorld('api', api);
