import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportCalendar as writeCalendar } from '../../core/calendar/exportCalendar';
import { UsageError } from '../CliIo';
import { findConference } from '../findByName';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { withService } from './openService';

/** `export calendar [--conference C] --out FILE.ics [--json]` (RFC 5545). */
export async function exportCalendar(ctx: CliContext): Promise<number> {
  const o = asUsage(() => parseArgs({ args: ctx.args, strict: true, options: { conference: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' } } }).values);
  if (!o.out) throw new UsageError('export calendar needs --out FILE.ics');
  const out = resolve(o.out);
  const ref = o.conference;
  return withService(ctx, true, async (service) => {
    const ws = service.store.state;
    const conferenceId = ref ? findConference(ws, ref).id : null;
    const result = await writeCalendar(ws, out, conferenceId, ctx.now());
    if (o.json) ctx.io.out(`${JSON.stringify(result)}\n`);
    else ctx.io.out(`Wrote ${result.events} ${result.events === 1 ? 'event' : 'events'} to ${result.path}\n`);
    return 0;
  });
}
