import { parseArgs } from 'node:util';
import { SyncService, type SyncOutcome } from '../../core/sync/SyncService';
import { WorkspaceService } from '../../core/workspace/WorkspaceService';
import type { SyncStatus } from '../../shared/contracts/syncChannels';
import { UsageError, type CliIo } from '../CliIo';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';

export const SYNC_PASSWORD_ENV = 'LIAISON_SYNC_PASSWORD';

/** `liaison sync [--server URL --db NAME [--user U]] [--once|--live] [--json]` */
export async function syncCommand(ctx: CliContext): Promise<number> {
  const options = asUsage(
    () =>
      parseArgs({
        args: ctx.args,
        strict: true,
        options: { server: { type: 'string' }, db: { type: 'string' }, user: { type: 'string' }, once: { type: 'boolean' }, live: { type: 'boolean' }, json: { type: 'boolean' } },
      }).values,
  );
  if (options.once && options.live) throw new UsageError('sync takes --once or --live, not both');
  if ((options.server === undefined) !== (options.db === undefined)) throw new UsageError('sync needs --server and --db together');
  if (options.user !== undefined && options.server === undefined) throw new UsageError('--user goes with --server and --db');
  if (options.server !== undefined && (!options.server.trim() || !options.db?.trim())) throw new UsageError('--server and --db need a value');
  return withSync(ctx, async (sync) => {
    if (options.server !== undefined && options.db !== undefined) {
      await sync.connect({ server: options.server.trim(), db: options.db.trim(), user: options.user ?? null });
    }
    const status = sync.status();
    if (!status.configured) {
      ctx.io.err('liaison: this data folder does not sync with a server yet; set one up with `liaison sync --server URL --db NAME [--user U]`.\n');
      return 1;
    }
    await askPassword(ctx.io, status, sync);
    if (!options.live) return report(ctx, await sync.syncNow(), options.json === true);
    return runLive(ctx, sync, options.json === true);
  });
}

/** Opens the workspace and its sync for one command, and always closes both (releasing the lock). */
export async function withSync(ctx: CliContext, use: (sync: SyncService, workspace: WorkspaceService) => Promise<number>): Promise<number> {
  const service = await WorkspaceService.open({ dir: ctx.dataDir, owner: 'cli', resourcesDir: ctx.io.resourcesDir, clock: ctx.now, ...(ctx.io.fs ? { fs: ctx.io.fs } : {}) });
  let sync: SyncService | null = null;
  try {
    const password = ctx.io.env[SYNC_PASSWORD_ENV];
    sync = await SyncService.open({ store: service.store, clock: ctx.now, ...(password !== undefined ? { password } : {}) });
    return await use(sync, service);
  } finally {
    await sync?.close();
    await service.close();
  }
}

/** The password from the environment, or asked for on a terminal; without either the sync says so (no-password). */
export async function askPassword(io: CliIo, status: SyncStatus, sync: SyncService): Promise<void> {
  if (!status.user || io.env[SYNC_PASSWORD_ENV] !== undefined || !io.askSecret) return;
  sync.setPassword(await io.askSecret(`Password for ${status.user} at ${status.server ?? ''}: `));
}

function report(ctx: CliContext, outcome: SyncOutcome, json: boolean): number {
  const { report: done, status } = outcome;
  if (json) {
    ctx.io.out(`${JSON.stringify({ ok: done !== null, received: done?.applied.length ?? 0, sent: done?.pushed ?? 0, skipped: done?.skipped ?? [], status }, null, 2)}\n`);
  } else if (done) {
    ctx.io.out(`${syncedLine(done.applied.length, done.pushed, status)}\n`);
    for (const skip of done.skipped) if (skip.message) ctx.io.err(`liaison: ${skip.message}\n`);
  }
  if (!done) {
    ctx.io.err(`liaison: ${status.lastError?.message ?? 'the sync did not run.'}\n`);
    return 1;
  }
  return 0;
}

function syncedLine(received: number, sent: number, status: SyncStatus): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const conflicts = status.conflicts > 0 ? `; ${plural(status.conflicts, 'record')} in conflict (liaison sync status)` : '';
  return `Synced with ${status.server ?? ''} (${status.db ?? ''}): ${plural(received, 'change')} received, ${plural(sent, 'change')} sent, ${status.pending} waiting${conflicts}.`;
}

/** Live until Ctrl+C: one line per sync (or per failure), the same as --once prints. */
async function runLive(ctx: CliContext, sync: SyncService, json: boolean): Promise<number> {
  let lastLine = '';
  const stopStatus = sync.onStatus((status) => {
    if (status.running) return;
    const line = json ? JSON.stringify(status) : status.lastError ? `liaison: ${status.lastError.message}` : `Synced at ${status.lastSyncAt ?? ''}: ${status.pending} waiting, ${status.conflicts} in conflict.`;
    if (line === lastLine) return;
    lastLine = line;
    if (status.lastError && !json) ctx.io.err(`${line}\n`);
    else ctx.io.out(`${line}\n`);
  });
  await new Promise<void>((resolve) => {
    const stop = ctx.io.onInterrupt?.(() => {
      stop?.();
      resolve();
    });
    if (!stop) resolve();
    else void sync.setLive(true, { persist: false });
  });
  stopStatus();
  return 0;
}
