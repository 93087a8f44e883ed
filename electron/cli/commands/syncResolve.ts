import { parseArgs } from 'node:util';
import { parseDocumentId } from '../../core/sync/recordDocument';
import { UsageError } from '../CliIo';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { askPassword, withSync } from './syncCommand';

/** `liaison sync resolve KIND:ID --keep REV [--take FIELD=REV]… [--json]`: the chosen side becomes the record here and is sent as the winner. */
export async function syncResolve(ctx: CliContext): Promise<number> {
  const { values, positionals } = asUsage(() =>
    parseArgs({ args: ctx.args, strict: true, allowPositionals: true, options: { keep: { type: 'string' }, take: { type: 'string', multiple: true }, json: { type: 'boolean' } } }),
  );
  if (positionals.length !== 1 || !values.keep) throw new UsageError('sync resolve needs one record (KIND:ID, as sync status lists it) and --keep REV');
  const target = parseDocumentId(positionals[0] ?? '');
  if (!target) throw new UsageError(`not a record as sync status lists it (KIND:ID): ${positionals[0] ?? ''}`);
  const keep = values.keep;
  // `--take FIELD=REV`: that field from another side, the rest from --keep (the app's field-by-field choice).
  const fields: Record<string, string> = {};
  for (const take of values.take ?? []) {
    const at = take.indexOf('=');
    if (at <= 0 || at === take.length - 1) throw new UsageError(`--take wants FIELD=REV (a field and the side whose value it keeps): ${take}`);
    fields[take.slice(0, at)] = take.slice(at + 1);
  }
  return withSync(ctx, async (sync) => {
    if (!(await sync.resolve(target.kind, target.id, keep, fields))) {
      ctx.io.err(`liaison: ${target.kind}:${target.id} has no conflict with a side ${[keep, ...Object.values(fields)].join(' or ')}; \`liaison sync status\` lists the conflicts and their sides.\n`);
      return 1;
    }
    await askPassword(ctx.io, sync.status(), sync);
    const { report, status } = await sync.syncNow();
    if (values.json) ctx.io.out(`${JSON.stringify({ resolved: `${target.kind}:${target.id}`, kept: keep, sent: report !== null, status }, null, 2)}\n`);
    else ctx.io.out(`Resolved ${target.kind}:${target.id}: kept ${keep}${report ? ', sent to the server.' : '; saved here, and sent at the next sync.'}\n`);
    // The choice is saved either way; only the sending waits for the server.
    if (!report) ctx.io.err(`liaison: ${status.lastError?.message ?? 'the sync did not run.'}\n`);
    return 0;
  });
}
