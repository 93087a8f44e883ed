import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { briefMarkdown } from '../../core/negotiations/briefMarkdown';
import { NegotiationQueries } from '../../core/negotiations/NegotiationQueries';
import { nodeFsOps } from '../../core/store/nodeFsOps';
import { writeFileDurable } from '../../core/store/writeFileDurable';
import { todayIn } from '../../shared/negotiations/todayIn';
import { UsageError } from '../CliIo';
import { findConference } from '../findByName';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { withService } from './openService';

/** `export brief --conference C --format md --out FILE`: the negotiation brief, written durably. */
export async function exportBrief(ctx: CliContext): Promise<number> {
  const o = asUsage(
    () =>
      parseArgs({ args: ctx.args, strict: true, options: { conference: { type: 'string' }, format: { type: 'string', default: 'md' }, out: { type: 'string' } } }).values,
  );
  if (!o.conference) throw new UsageError('export brief needs --conference');
  if (!o.out) throw new UsageError('export brief needs --out FILE');
  if (o.format !== 'md') throw new UsageError(`export brief writes Markdown only: --format md (not “${o.format}”)`);
  const { conference: ref, out } = o;
  return withService(ctx, true, async (service) => {
    const ws = service.store.state;
    const conference = findConference(ws, ref);
    const brief = new NegotiationQueries(ws, todayIn(ws.settings.homeZone, ctx.now())).brief(conference.id);
    const path = resolve(out);
    await writeFileDurable(nodeFsOps, path, briefMarkdown(brief));
    ctx.io.out(`Wrote the negotiation brief for ${conference.name} to ${path}\n`);
    return 0;
  });
}
