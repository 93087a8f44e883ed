import { parseOptions, type CliContext } from '../runCli';
import { withService } from './openService';

export async function init(ctx: CliContext): Promise<number> {
  parseOptions(ctx.args, {});
  return withService(ctx, false, async (service) => {
    await service.store.compact();
    ctx.io.out(`Workspace ready at ${service.store.path}\n`);
    return 0;
  });
}
