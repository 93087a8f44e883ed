import { parseArgs } from 'node:util';
import { NegotiationQueries } from '../../core/negotiations/NegotiationQueries';
import { fuzzyDateText } from '../../shared/negotiations/offerItems';
import { todayIn } from '../../shared/negotiations/todayIn';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { withService } from './openService';

/** `conferences list [--json]`: each conference with its dates, host and the state of the race. */
export async function conferencesList(ctx: CliContext): Promise<number> {
  const o = asUsage(() => parseArgs({ args: ctx.args, strict: true, options: { json: { type: 'boolean' } } }).values);
  return withService(ctx, true, (service) => {
    const ws = service.store.state;
    const conferences = new NegotiationQueries(ws, todayIn(ws.settings.homeZone, ctx.now())).conferences();
    if (o.json) {
      ctx.io.out(`${JSON.stringify(conferences, null, 2)}\n`);
      return 0;
    }
    if (conferences.length === 0) {
      ctx.io.out('No conferences yet.\n');
      return 0;
    }
    const lines = conferences.map((c) =>
      [
        c.name,
        c.date ? fuzzyDateText(c.date) : 'dates not set',
        c.host ? `host: ${c.host}` : 'host not decided',
        `${c.candidates} candidate${c.candidates === 1 ? '' : 's'} (${c.inRace} in the race)`,
        c.id,
      ].join(' · '),
    );
    ctx.io.out(`${lines.join('\n')}\n`);
    return 0;
  });
}
