import { parseArgs } from 'node:util';
import { timelineItems } from '../../core/timelines/timelineItems';
import { calendarDateInZone } from '../../shared/dates/instantInZone';
import { UsageError } from '../CliIo';
import { findConference } from '../findByName';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { withService } from './openService';

/** `milestones list --conference C [--json]`: each with the span it currently falls in. */
export async function milestonesList(ctx: CliContext): Promise<number> {
  const o = asUsage(() => parseArgs({ args: ctx.args, strict: true, options: { conference: { type: 'string' }, json: { type: 'boolean' } } }).values);
  if (!o.conference) throw new UsageError('milestones list needs --conference');
  const ref = o.conference;
  return withService(ctx, true, (service) => {
    const ws = service.store.state;
    const conference = findConference(ws, ref);
    const today = calendarDateInZone(ctx.now(), ws.settings.homeZone);
    const rows = timelineItems(ws, today, conference.id)
      .filter((item) => item.kind === 'milestone')
      .map((item) => ({
        id: item.id,
        title: item.title,
        schedule: item.schedule,
        earliest: item.span?.earliest ?? null,
        latest: item.span?.latest ?? null,
        status: item.status,
        overdue: item.overdue,
        owner: item.owner?.name ?? null,
      }));
    if (o.json) {
      ctx.io.out(`${JSON.stringify(rows, null, 2)}\n`);
      return 0;
    }
    const when = (r: (typeof rows)[number]) => (r.earliest === null ? 'no date yet' : r.earliest === r.latest ? r.earliest : `${r.earliest} – ${r.latest}`);
    for (const r of rows) ctx.io.out(`${when(r).padEnd(25)} ${r.title}${r.status === 'done' ? ' (done)' : r.overdue ? ' (overdue)' : ''}\n`);
    ctx.io.out(`${rows.length} ${rows.length === 1 ? 'milestone' : 'milestones'} of ${conference.name}\n`);
    return 0;
  });
}
