import { parseArgs } from 'node:util';
import { buildCandidacyMove } from '../../shared/negotiations/buildCandidacyMove';
import { candidacyStages } from '../../shared/negotiations/candidacyStages';
import { todayIn } from '../../shared/negotiations/todayIn';
import { CandidacyStageSchema } from '../../shared/schemas/candidacy';
import { UsageError } from '../CliIo';
import { findCandidacy } from '../findPlace';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { withService } from './openService';

/**
 * `candidacies move ID --stage S [--reason R] [--json]`. A move the rules forbid (no reason for
 * leaving the race, a second selected city) exits 1 with the rule's sentence and changes nothing.
 */
export async function candidaciesMove(ctx: CliContext): Promise<number> {
  const { values: o, positionals } = asUsage(() =>
    parseArgs({ args: ctx.args, strict: true, allowPositionals: true, options: { stage: { type: 'string' }, reason: { type: 'string' }, json: { type: 'boolean' } } }),
  );
  if (positionals.length !== 1 || !positionals[0]) throw new UsageError('candidacies move needs one candidacy id');
  if (!o.stage) throw new UsageError('candidacies move needs --stage');
  const stage = CandidacyStageSchema.safeParse(o.stage.trim());
  if (!stage.success) throw new UsageError(`--stage must be one of: ${candidacyStages.join(', ')}`);
  const ref = positionals[0];
  return withService(ctx, false, async (service) => {
    const ws = service.store.state;
    const candidacy = findCandidacy(ws, ref);
    const now = ctx.now();
    const move = buildCandidacyMove(Object.values(ws.candidacies), {
      id: candidacy.id,
      stage: stage.data,
      reason: o.reason ?? '',
      at: now.toISOString(),
      today: todayIn(ws.settings.homeZone, now),
      newId: () => crypto.randomUUID(),
    });
    const result = await service.commit([move]);
    if (o.json) {
      ctx.io.out(`${JSON.stringify(service.store.state.candidacies[candidacy.id], null, 2)}\n`);
      return 0;
    }
    const told = move.tellTasks.length;
    const tell = told > 0 ? `\n${told} “tell them” step${told === 1 ? '' : 's'} due ${move.tellDue ?? ''}: ${move.tellTasks.map((t) => service.store.state.tasks[t.taskId]?.title ?? '').join('; ')}` : '';
    ctx.io.out(`${result.summaries.join('\n')}${tell}\n`);
    return 0;
  });
}
