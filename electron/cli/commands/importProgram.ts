import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { reviewProgramFile } from '../../core/program/programFiles';
import { CommandSchema } from '../../shared/commands/commandSchemas';
import { englishText, type Phrase } from '../../shared/i18n/Phrase';
import { acceptedImport } from '../../shared/program/acceptedImport';
import { formatMinuteOfDay } from '../../shared/program/programDays';
import type { ProgramReviewChange } from '../../shared/contracts/programChannels';
import { UsageError } from '../CliIo';
import { findConference } from '../findByName';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { withService } from './openService';

/**
 * `import program FILE --conference C [--dry-run] [--json]`: the partner's edited spreadsheet.
 * Without a window to accept item by item, every change the rules allow is applied as one undo
 * step (`undo` takes it all back); --dry-run only shows them. Refused changes are listed, never applied.
 */
export async function importProgram(ctx: CliContext): Promise<number> {
  const { values: o, positionals } = asUsage(() =>
    parseArgs({ args: ctx.args, strict: true, allowPositionals: true, options: { conference: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } } }),
  );
  if (positionals.length !== 1) throw new UsageError('import program needs one FILE');
  if (!o.conference) throw new UsageError('import program needs --conference');
  const path = resolve(positionals[0] ?? '');
  const ref = o.conference;
  return withService(ctx, Boolean(o['dry-run']), async (service) => {
    const conference = findConference(service.store.state, ref);
    const review = await reviewProgramFile(service.store.state, conference, path);
    const acceptable = review.changes.filter((c) => c.problem === null);
    const command = o['dry-run'] ? null : acceptedImport(review, new Set(acceptable.map((c) => c.id)), conference.id, ctx.now().toISOString());
    if (command) await service.commit([CommandSchema.parse(command)]);
    const applied = command ? acceptable.length : 0;
    if (o.json) {
      const changes = review.changes.map((c) => ({ ...c, problem: c.problem ? englishText(c.problem as Phrase) : null }));
      const skipped = review.skipped.map((s) => ({ line: s.line, reason: englishText(s.reason as Phrase) }));
      ctx.io.out(`${JSON.stringify({ path, dryRun: Boolean(o['dry-run']), applied, changes, skipped }, null, 2)}\n`);
      return 0;
    }
    for (const change of review.changes) ctx.io.out(`${describeChange(change)}\n`);
    for (const s of review.skipped) ctx.io.out(`skipped: ${englishText(s.reason as Phrase)}\n`);
    const found = `${review.changes.length} ${review.changes.length === 1 ? 'change' : 'changes'}`;
    ctx.io.out(o['dry-run'] ? `${found} found; nothing applied (--dry-run).\n` : `Applied ${applied} of ${found} as one step (\`liaison undo\` takes them back).\n`);
    return 0;
  });
}

function describeChange(change: ProgramReviewChange): string {
  const title = change.after.titleEn || change.after.titleRu;
  const time = (t: { day: number | null; start: number | null }) => (t.day === null ? 'not placed' : `Day ${t.day}${t.start === null ? '' : ` ${formatMinuteOfDay(t.start)}`}`);
  const parts = change.kinds.map((kind) => {
    if (kind === 'new') return `new item (${time(change.after)}, ${change.after.status})`;
    if (kind === 'time') return `time ${change.before ? time(change.before) : ''} → ${time(change.after)}`;
    if (kind === 'title') return `title “${change.before?.titleEn ?? ''} / ${change.before?.titleRu ?? ''}” → “${change.after.titleEn} / ${change.after.titleRu}”`;
    return `status ${change.before?.status ?? ''} → ${change.after.status}`;
  });
  const problem = change.problem ? `  (refused: ${englishText(change.problem as Phrase)})` : '';
  return `${change.isNew ? 'new' : change.id}  ${title}: ${parts.join('; ')}${problem}`;
}
