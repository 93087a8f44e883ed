import { parseArgs } from 'node:util';
import { calendarDateInZone } from '../../shared/dates/instantInZone';
import { formatMinuteOfDay } from '../../shared/program/programDays';
import { programView } from '../../core/program/programView';
import { UsageError } from '../CliIo';
import { findConference } from '../findByName';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { withService } from './openService';

/** `program list --conference C [--json]`: the program in timetable order, with clashes. */
export async function programList(ctx: CliContext): Promise<number> {
  const o = asUsage(() => parseArgs({ args: ctx.args, strict: true, options: { conference: { type: 'string' }, json: { type: 'boolean' } } }).values);
  if (!o.conference) throw new UsageError('program list needs --conference');
  const ref = o.conference;
  return withService(ctx, true, (service) => {
    const ws = service.store.state;
    const view = programView(ws, findConference(ws, ref), calendarDateInZone(ctx.now(), ws.settings.homeZone));
    if (o.json) {
      ctx.io.out(`${JSON.stringify(view, null, 2)}\n`);
      return Promise.resolve(0);
    }
    if (view.items.length === 0) ctx.io.out(`${view.conference.name} has no program items yet.\n`);
    for (const item of view.items) {
      const when = item.day === null ? 'not placed' : `Day ${item.day}${item.date ? ` (${item.date})` : ''}${item.start === null ? '' : ` ${formatMinuteOfDay(item.start)}`}`;
      const titles = [item.titleEn, item.titleRu].filter(Boolean).join(' / ');
      const clashes = item.clashes.length > 0 ? `  ! ${item.clashes.map((c) => c.kind).join(', ')}` : '';
      ctx.io.out(`${item.id}  ${when}  ${item.minutes} min  [${item.status}]  ${titles}${clashes}\n`);
    }
    return Promise.resolve(0);
  });
}
