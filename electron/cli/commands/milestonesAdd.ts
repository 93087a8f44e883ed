import { parseArgs } from 'node:util';
import { CommandError } from '../../core/commands/CommandError';
import { parseFuzzyDate } from '../../shared/dates/parseFuzzyDate';
import type { Schedule } from '../../shared/schemas/milestone';
import { UsageError } from '../CliIo';
import { findConference, findContact } from '../findByName';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { withService } from './openService';

/** `milestones add --conference C --title T (--date "TEXT" | --before DAYS) [--owner P] [--json]` */
export async function milestonesAdd(ctx: CliContext): Promise<number> {
  const o = asUsage(
    () =>
      parseArgs({
        args: ctx.args,
        strict: true,
        options: { conference: { type: 'string' }, title: { type: 'string' }, date: { type: 'string' }, before: { type: 'string' }, owner: { type: 'string' }, json: { type: 'boolean' } },
      }).values,
  );
  if (!o.conference) throw new UsageError('milestones add needs --conference');
  if (!o.title?.trim()) throw new UsageError('milestones add needs --title');
  if ((o.date === undefined) === (o.before === undefined)) throw new UsageError('milestones add needs either --date "TEXT" or --before DAYS');
  let schedule: Schedule;
  if (o.before !== undefined) {
    if (!/^-?\d{1,4}$/.test(o.before.trim())) throw new UsageError('--before takes a whole number of days, for example --before 90');
    schedule = { kind: 'relative', daysBefore: Number(o.before) };
  } else {
    const parsed = parseFuzzyDate(o.date ?? '', ctx.now());
    if (!parsed.ok) throw new CommandError('invalid', parsed.reason);
    schedule = { kind: 'absolute', date: parsed.value };
  }
  const { conference: conferenceRef, title, owner } = o;
  return withService(ctx, false, async (service) => {
    const ws = service.store.state;
    const conference = findConference(ws, conferenceRef);
    const ownerId = owner ? findContact(ws, owner).id : null;
    const id = crypto.randomUUID();
    const result = await service.commit([
      { type: 'milestone.create', at: ctx.now().toISOString(), id, data: { conferenceId: conference.id, title: title.trim(), schedule, ownerId, status: 'planned', dependsOnIds: [], notes: '' } },
    ]);
    if (o.json) ctx.io.out(`${JSON.stringify(service.store.state.milestones[id], null, 2)}\n`);
    else ctx.io.out(`${result.summaries.join('\n')}\n`);
    return 0;
  });
}
