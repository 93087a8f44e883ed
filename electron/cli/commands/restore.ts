import { parseArgs } from 'node:util';
import { englishText, phrase } from '../../shared/i18n/Phrase';
import { UsageError } from '../CliIo';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { withService } from './openService';

/**
 * `liaison restore --from FILE|DIR`: replaces the workspace with a backup, validated first; the
 * current state is kept as a pre-restore backup. Refuses, like every write, while the app runs.
 */
export async function restore(ctx: CliContext): Promise<number> {
  const values = asUsage(() => parseArgs({ args: ctx.args, strict: true, options: { from: { type: 'string' }, json: { type: 'boolean' } } }).values);
  const source = values.from;
  if (!source) throw new UsageError('restore needs --from FILE or --from DIR');
  return withService(ctx, false, async (service) => {
    // Ctrl+C while the backup is checked changes nothing; the swap itself runs to its end.
    const result = await service.tasks.run('restore', (task) => service.store.restore(source, task));
    // Restored in memory, but the disk confirmed neither file: one more try now (the closing
    // compaction would make it anyway), so the exit status says what the disk holds.
    const durable = result.durable || (await service.store.compact().then(
      () => true,
      () => false,
    ));
    if (values.json) ctx.io.out(`${JSON.stringify({ ...result, durable })}\n`);
    else if (durable) ctx.io.out(`Restored from ${result.restoredFrom}; the workspace as it was is kept in ${result.preRestoreBackup}\n`);
    // Still not confirmed: not a success a script may trust.
    if (!durable) ctx.io.err(`liaison: ${englishText(phrase('backup.restoredNotSafe', { path: result.restoredFrom, previous: result.preRestoreBackup }))}\n`);
    return durable ? 0 : 1;
  });
}
