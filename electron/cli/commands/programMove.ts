import { parseArgs } from 'node:util';
import { CommandError } from '../../core/commands/CommandError';
import { ProgramStatusSchema } from '../../shared/schemas/programItem';
import { UsageError } from '../CliIo';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { withService } from './openService';

/** `program move ID --status S [--reason R] [--json]`; "dropped" needs --reason. */
export async function programMove(ctx: CliContext): Promise<number> {
  const { values: o, positionals } = asUsage(() =>
    parseArgs({ args: ctx.args, strict: true, allowPositionals: true, options: { status: { type: 'string' }, reason: { type: 'string' }, json: { type: 'boolean' } } }),
  );
  if (positionals.length !== 1) throw new UsageError('program move needs the item id');
  const status = ProgramStatusSchema.safeParse(o.status);
  if (!status.success) throw new UsageError(`--status is one of: ${ProgramStatusSchema.options.join(', ')}`);
  const id = positionals[0] ?? '';
  return withService(ctx, false, async (service) => {
    if (!Object.hasOwn(service.store.state.programItems, id)) throw new CommandError('not-found', `No program item has the id “${id}”; \`program list --conference C\` lists them.`);
    const result = await service.commit([{ type: 'program.move', at: ctx.now().toISOString(), id, status: status.data, reason: o.reason ?? '' }]);
    if (o.json) ctx.io.out(`${JSON.stringify(service.store.state.programItems[id], null, 2)}\n`);
    else ctx.io.out(`${result.summaries.join('\n')}\n`);
    return 0;
  });
}
