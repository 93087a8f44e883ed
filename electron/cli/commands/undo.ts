import { parseArgs } from 'node:util';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { withService } from './openService';

export async function undo(ctx: CliContext): Promise<number> {
  asUsage(() => parseArgs({ args: ctx.args, strict: true, options: {} }).values);
  return withService(ctx, false, async (service) => {
    const { summaries } = await service.commit([{ type: 'history.undo', at: ctx.now().toISOString() }]);
    ctx.io.out(`Undone: ${summaries[0] ?? ''}\n`);
    return 0;
  });
}
