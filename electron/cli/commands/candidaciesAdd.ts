import { parseArgs } from 'node:util';
import { UsageError } from '../CliIo';
import { findConference } from '../findByName';
import { findCity } from '../findPlace';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { withService } from './openService';

/** `candidacies add --conference C --city CITY [--json]`: a new candidate host city, at "identified". */
export async function candidaciesAdd(ctx: CliContext): Promise<number> {
  const o = asUsage(
    () => parseArgs({ args: ctx.args, strict: true, options: { conference: { type: 'string' }, city: { type: 'string' }, json: { type: 'boolean' } } }).values,
  );
  if (!o.conference) throw new UsageError('candidacies add needs --conference');
  if (!o.city) throw new UsageError('candidacies add needs --city');
  const { conference: conferenceRef, city: cityRef } = o;
  return withService(ctx, false, async (service) => {
    const ws = service.store.state;
    const conference = findConference(ws, conferenceRef);
    const city = findCity(ws, cityRef);
    const id = crypto.randomUUID();
    const result = await service.commit([
      { type: 'candidacy.create', at: ctx.now().toISOString(), id, data: { conferenceId: conference.id, cityId: city.id, contactIds: [], decisionMakerIds: [], notes: '' } },
    ]);
    const created = service.store.state.candidacies[id];
    if (o.json) ctx.io.out(`${JSON.stringify(created, null, 2)}\n`);
    else ctx.io.out(`${result.summaries.join('\n')} (id ${id})\n`);
    return 0;
  });
}
