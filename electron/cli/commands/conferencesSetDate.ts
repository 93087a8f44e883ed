import { parseArgs } from 'node:util';
import { CommandError } from '../../core/commands/CommandError';
import { parseFuzzyDate } from '../../shared/dates/parseFuzzyDate';
import { UsageError } from '../CliIo';
import { findConference } from '../findByName';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { withService } from './openService';

/** `conferences set-date C "TEXT" [--json]`: "late Sep – early Oct 2019", or a fixed day. */
export async function conferencesSetDate(ctx: CliContext): Promise<number> {
  const { values, positionals } = asUsage(() => parseArgs({ args: ctx.args, strict: true, allowPositionals: true, options: { json: { type: 'boolean' } } }));
  if (positionals.length !== 2) throw new UsageError('conferences set-date needs the conference and a quoted date: conferences set-date Summit "2019-10-03"');
  const [ref = '', text = ''] = positionals;
  const parsed = parseFuzzyDate(text, ctx.now());
  if (!parsed.ok) throw new CommandError('invalid', parsed.reason);
  return withService(ctx, false, async (service) => {
    const conference = findConference(service.store.state, ref);
    const result = await service.commit([{ type: 'conference.setDate', at: ctx.now().toISOString(), id: conference.id, date: parsed.value }]);
    if (values.json) ctx.io.out(`${JSON.stringify(service.store.state.conferences[conference.id], null, 2)}\n`);
    else ctx.io.out(`${result.summaries.join('\n')}\n`);
    return 0;
  });
}
