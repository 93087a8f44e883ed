import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { calendarDateInZone } from '../../shared/dates/instantInZone';
import { ProgramExportFormatSchema } from '../../shared/contracts/programChannels';
import { exportProgram as writeProgram } from '../../core/program/programFiles';
import { UsageError } from '../CliIo';
import { findConference } from '../findByName';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { withService } from './openService';

/** `export program --conference C --format md|csv|ics --out FILE [--json]`. */
export async function exportProgram(ctx: CliContext): Promise<number> {
  const o = asUsage(
    () => parseArgs({ args: ctx.args, strict: true, options: { conference: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' } } }).values,
  );
  if (!o.conference) throw new UsageError('export program needs --conference');
  const format = ProgramExportFormatSchema.safeParse(o.format);
  if (!format.success) throw new UsageError('--format is one of: md, csv, ics');
  if (!o.out) throw new UsageError('export program needs --out FILE');
  const out = resolve(o.out);
  const ref = o.conference;
  return withService(ctx, true, async (service) => {
    const ws = service.store.state;
    const result = await writeProgram(ws, findConference(ws, ref), format.data, out, calendarDateInZone(ctx.now(), ws.settings.homeZone), ctx.now());
    if (o.json) ctx.io.out(`${JSON.stringify(result)}\n`);
    else ctx.io.out(`Wrote ${result.items} program ${result.items === 1 ? 'item' : 'items'} to ${result.path}\n`);
    return 0;
  });
}
