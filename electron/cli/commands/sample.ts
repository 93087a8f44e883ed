import { parseArgs } from 'node:util';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { withService } from './openService';

export async function sample(ctx: CliContext): Promise<number> {
  asUsage(() => parseArgs({ args: ctx.args, strict: true, options: {} }).values);
  return withService(ctx, false, async (service) => {
    await service.openSample();
    const ws = service.store.state;
    ctx.io.out(
      `Opened the sample workspace: ${Object.keys(ws.cities).length} cities, ${Object.keys(ws.partnerships).length} partnerships, ` +
        `${Object.keys(ws.conferences).length} conferences, ${Object.keys(ws.contacts).length} example contacts.\n`,
    );
    return 0;
  });
}
