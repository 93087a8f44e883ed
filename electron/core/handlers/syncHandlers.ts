import type { SyncStatus } from '../../shared/contracts/syncChannels';
import { phrase } from '../../shared/i18n/Phrase';
import { CommandError } from '../commands/CommandError';
import { SyncError } from '../sync/SyncError';
import { syncAttention } from '../sync/syncAttention';
import { vaultKey } from '../sync/PasswordVault';
import { describeTarget } from '../sync/SyncReplica';
import type { SyncService } from '../sync/SyncService';
import type { WorkspaceService } from '../workspace/WorkspaceService';
import type { HandlersOf } from './HandlersOf';

/** The server as the connection keeps it (no trailing slash), so the vault's key matches the status's; as typed when it is no web address (connect says so). */
function normalServer(server: string): string {
  try {
    return describeTarget({ server, db: '' }).server;
  } catch {
    return server;
  }
}

type SyncChannel = 'sync:status' | 'sync:connect' | 'sync:now' | 'sync:setLive' | 'sync:disconnect' | 'sync:conflicts' | 'sync:resolve';

/** Settings → Sync and the top bar's sync status. The password goes to the vault, never to the data folder. */
export function syncHandlers(service: WorkspaceService): HandlersOf<SyncChannel> {
  const withSaved = async (sync: SyncService): Promise<SyncStatus> => {
    const status = sync.status();
    const key = status.user && status.server && status.db ? vaultKey(status.server, status.db, status.user) : null;
    return { ...status, passwordSaved: key ? (await service.vault.get(key)) !== undefined : false };
  };
  return {
    'sync:status': async () => withSaved(await service.sync()),
    'sync:connect': async ({ server, db, user, password, live }) => {
      const sync = await service.sync();
      // The password is settled before connecting, so live sync's first run already has it.
      let known = password;
      const name = user.trim();
      if (name) {
        const key = vaultKey(normalServer(server), db, name);
        if (password) await service.vault.set(key, password);
        else known = (await service.vault.get(key)) ?? '';
      }
      const status = await sync.connect({ server, db, user: name, live, ...(name && known ? { password: known } : {}) });
      if (!name || !known) sync.setPassword(undefined);
      if (!status.lastError) await sync.syncNow();
      return withSaved(sync);
    },
    'sync:now': async () => {
      const sync = await service.sync();
      await sync.syncNow();
      return withSaved(sync);
    },
    'sync:setLive': async ({ live }) => {
      const sync = await service.sync();
      await sync.setLive(live);
      return withSaved(sync);
    },
    'sync:disconnect': async () => {
      const sync = await service.sync();
      const { server, db, user } = sync.status();
      if (server && db && user) await service.vault.delete(vaultKey(server, db, user));
      await sync.disconnect();
      return withSaved(sync);
    },
    'sync:conflicts': async () => {
      const sync = await service.sync();
      const conflicts = sync.status().configured ? await sync.conflicts() : [];
      return syncAttention(service.store.state, conflicts);
    },
    'sync:resolve': async ({ kind, id, keep, fields }) => {
      const sync = await service.sync();
      let resolved: boolean;
      try {
        resolved = await sync.resolve(kind, id, keep, fields);
      } catch (error) {
        if (error instanceof SyncError) throw new CommandError('rule', error.phrase);
        throw error;
      }
      if (!resolved) throw new CommandError('not-found', phrase('sync.conflict.gone'));
      // The choice is saved here either way; the sync sends it, or says why it could not (status.lastError).
      await sync.syncNow();
      return withSaved(sync);
    },
  };
}
