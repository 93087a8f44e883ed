import type { AppCommand } from './appCommand';
import type { TaskProgress } from './contracts/taskChannels';
import { channelNames, type ChannelName, type InputOf, type OutputOf, type Result, type StoreChangedEvent } from './contract';

type Split<S extends string> = S extends `${infer NS}:${infer M}` ? [NS, M] : never;
type Namespaces = Split<ChannelName>[0];
type MethodsOf<NS extends string> = Extract<ChannelName, `${NS}:${string}`> extends `${NS}:${infer M}` ? M : never;

/** `window.api`: one named function per contract channel, grouped by namespace. */
export type Api = {
  [NS in Namespaces]: {
    [M in MethodsOf<NS>]: `${NS}:${M}` extends infer C extends ChannelName
      ? (input: InputOf<C>) => Promise<Result<OutputOf<C>>>
      : never;
  };
} & {
  /** Subscribes to `store:changed`; returns the unsubscribe function. */
  onStoreChanged(listener: (event: StoreChangedEvent) => void): () => void;
  /** Subscribes to the native menu's commands (`app:command`); returns the unsubscribe function. */
  onAppCommand(listener: (command: AppCommand) => void): () => void;
  /** Subscribes to `task:progress` (long jobs: export, import, backup, restore, compaction); returns the unsubscribe function. */
  onTaskProgress(listener: (progress: TaskProgress) => void): () => void;
};

export type Invoke = (channel: ChannelName, input: unknown) => Promise<Result<unknown>>;
export type Subscribe = (listener: (event: StoreChangedEvent) => void) => () => void;
export type SubscribeCommands = (listener: (command: AppCommand) => void) => () => void;
export type SubscribeTasks = (listener: (progress: TaskProgress) => void) => () => void;

/**
 * Builds `window.api` from the contract: the preload passes ipcRenderer.invoke, the e2e harness
 * passes fetch. Both expose exactly the same named functions, so they cannot drift.
 */
export function createApi(invoke: Invoke, subscribe: Subscribe, subscribeCommands: SubscribeCommands, subscribeTasks: SubscribeTasks): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const name of channelNames) {
    const [ns, method] = name.split(':') as [string, string];
    api[ns] ??= {};
    api[ns][method] = (input: unknown) => invoke(name, input ?? {});
  }
  return Object.assign(api, { onStoreChanged: subscribe, onAppCommand: subscribeCommands, onTaskProgress: subscribeTasks }) as unknown as Api;
}
