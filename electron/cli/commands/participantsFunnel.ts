import { parseArgs } from 'node:util';
import { recruitmentView } from '../../core/timelines/recruitmentView';
import { calendarDateInZone } from '../../shared/dates/instantInZone';
import { UsageError } from '../CliIo';
import { findConference } from '../findByName';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { withService } from './openService';

/** `participants funnel --conference C [--json]`: counts per stage, targets, and the participants. */
export async function participantsFunnel(ctx: CliContext): Promise<number> {
  const o = asUsage(() => parseArgs({ args: ctx.args, strict: true, options: { conference: { type: 'string' }, json: { type: 'boolean' } } }).values);
  if (!o.conference) throw new UsageError('participants funnel needs --conference');
  const ref = o.conference;
  return withService(ctx, true, (service) => {
    const ws = service.store.state;
    const conference = findConference(ws, ref);
    const view = recruitmentView(ws, conference, calendarDateInZone(ctx.now(), ws.settings.homeZone));
    if (o.json) {
      const participants = view.participants.map(({ id, contactId, name, stage, stageReason }) => ({ id, contactId, name, stage, stageReason }));
      ctx.io.out(`${JSON.stringify({ ...view.funnel, participants, uncoveredCities: view.coverage.filter((c) => c.participants === 0).map((c) => c.name) }, null, 2)}\n`);
      return 0;
    }
    for (const s of view.funnel.stages) ctx.io.out(`${s.stage.padEnd(18)} ${String(s.reached).padStart(4)}${s.target === null ? '' : ` / ${s.target}`}\n`);
    ctx.io.out(`${'declined'.padEnd(18)} ${String(view.funnel.declined).padStart(4)}\n`);
    ctx.io.out(`${view.funnel.total} ${view.funnel.total === 1 ? 'participant' : 'participants'} of ${conference.name}\n`);
    return 0;
  });
}
