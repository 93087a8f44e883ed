import { parseArgs } from 'node:util';
import { backupToFolder } from '../../core/store/backups';
import { nodeFsOps } from '../../core/store/nodeFsOps';
import { UsageError } from '../CliIo';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { withService } from './openService';

/** `liaison backup --to DIR`: a complete, durable copy of the workspace in a folder the user picks. */
export async function backup(ctx: CliContext): Promise<number> {
  const values = asUsage(() => parseArgs({ args: ctx.args, strict: true, options: { to: { type: 'string' }, json: { type: 'boolean' } } }).values);
  const target = values.to;
  if (!target) throw new UsageError('backup needs --to DIR');
  // Writable: the journal is folded into the snapshot first, so the copy holds every saved change.
  return withService(ctx, false, async (service) => {
    // A task: progress on a terminal; Ctrl+C before the final rename leaves no backup file.
    const path = await service.tasks.run('backup', async (task) => {
      task.setPhase('compacting');
      await service.store.compact(task);
      task.throwIfCancelled();
      return backupToFolder(nodeFsOps, service.store.dir, target, ctx.now(), task);
    });
    ctx.io.out(values.json ? `${JSON.stringify({ path })}\n` : `Backed up to ${path}\n`);
    return 0;
  });
}
