import { parseArgs } from 'node:util';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { withService } from './openService';

export async function init(ctx: CliContext): Promise<number> {
  asUsage(() => parseArgs({ args: ctx.args, strict: true, options: {} }).values);
  return withService(ctx, false, async (service) => {
    await service.store.compact();
    ctx.io.out(`Workspace ready at ${service.store.path}\n`);
    return 0;
  });
}
