import { parseArgs } from 'node:util';
import { CommandError } from '../../core/commands/CommandError';
import { ParticipantStageSchema } from '../../shared/schemas/participant';
import { UsageError } from '../CliIo';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { withService } from './openService';

/** `participants move ID --stage S [--reason R] [--json]`; "declined" needs --reason. */
export async function participantsMove(ctx: CliContext): Promise<number> {
  const { values: o, positionals } = asUsage(() =>
    parseArgs({ args: ctx.args, strict: true, allowPositionals: true, options: { stage: { type: 'string' }, reason: { type: 'string' }, json: { type: 'boolean' } } }),
  );
  if (positionals.length !== 1) throw new UsageError('participants move needs the participant id');
  const stage = ParticipantStageSchema.safeParse(o.stage);
  if (!stage.success) throw new UsageError(`--stage is one of: ${ParticipantStageSchema.options.join(', ')}`);
  const id = positionals[0] ?? '';
  return withService(ctx, false, async (service) => {
    if (!Object.hasOwn(service.store.state.participants, id)) throw new CommandError('not-found', `No participant has the id “${id}”; \`participants funnel --conference C --json\` lists them.`);
    const result = await service.commit([{ type: 'participant.move', at: ctx.now().toISOString(), id, stage: stage.data, reason: o.reason ?? '' }]);
    if (o.json) ctx.io.out(`${JSON.stringify(service.store.state.participants[id], null, 2)}\n`);
    else ctx.io.out(`${result.summaries.join('\n')}\n`);
    return 0;
  });
}
