import { parseOptions, type CliContext } from '../runCli';
import { withService } from './openService';

export async function undo(ctx: CliContext): Promise<number> {
  parseOptions(ctx.args, {});
  return withService(ctx, false, async (service) => {
    const { summaries } = await service.commit([{ type: 'history.undo', at: ctx.now().toISOString() }]);
    ctx.io.out(`Undone: ${summaries[0] ?? ''}\n`);
    return 0;
  });
}
