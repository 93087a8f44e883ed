import { parseArgs } from 'node:util';
import { NegotiationQueries } from '../../core/negotiations/NegotiationQueries';
import { candidacyStageNames } from '../../shared/negotiations/candidacyStages';
import { formatScore } from '../../shared/negotiations/formatScore';
import { todayIn } from '../../shared/negotiations/todayIn';
import { UsageError } from '../CliIo';
import { findConference } from '../findByName';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { withService } from './openService';

/** `candidacies list --conference C [--json]`: the candidate host cities, in board order. */
export async function candidaciesList(ctx: CliContext): Promise<number> {
  const o = asUsage(() => parseArgs({ args: ctx.args, strict: true, options: { conference: { type: 'string' }, json: { type: 'boolean' } } }).values);
  if (!o.conference) throw new UsageError('candidacies list needs --conference');
  const ref = o.conference;
  return withService(ctx, true, (service) => {
    const ws = service.store.state;
    const conference = findConference(ws, ref);
    const board = new NegotiationQueries(ws, todayIn(ws.settings.homeZone, ctx.now())).board(conference.id);
    if (o.json) {
      ctx.io.out(`${JSON.stringify(board.rows, null, 2)}\n`);
      return 0;
    }
    if (board.rows.length === 0) {
      ctx.io.out(`No candidate cities for ${conference.name} yet.\n`);
      return 0;
    }
    const lines = board.rows.map((row) =>
      [
        row.id,
        row.city,
        `${candidacyStageNames[row.stage]}${row.stageReason ? ` (${row.stageReason})` : ''}`,
        `score ${formatScore(row.score)}`,
        row.nextStep ? `next: ${row.nextStep.text}, due ${row.nextStep.due}${row.nextStep.overdue ? ' (overdue)' : ''}` : 'no next step',
      ].join(' · '),
    );
    ctx.io.out(`${lines.join('\n')}\n${board.rows.length} candidate${board.rows.length === 1 ? '' : 's'} for ${conference.name}\n`);
    return 0;
  });
}
