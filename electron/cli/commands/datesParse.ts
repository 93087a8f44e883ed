import { parseArgs } from 'node:util';
import { CommandError } from '../../core/commands/CommandError';
import { formatFuzzyDate } from '../../shared/dates/formatFuzzyDate';
import { parseFuzzyDate } from '../../shared/dates/parseFuzzyDate';
import { UsageError } from '../CliIo';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';

/** `dates parse "TEXT" [--json]`: how Liaison reads a fuzzy date; no workspace needed. */
export function datesParse(ctx: CliContext): Promise<number> {
  const { values, positionals } = asUsage(() => parseArgs({ args: ctx.args, strict: true, allowPositionals: true, options: { json: { type: 'boolean' } } }));
  if (positionals.length !== 1) throw new UsageError('dates parse needs one quoted TEXT, for example "late September 2019"');
  const result = parseFuzzyDate(positionals[0] ?? '', ctx.now());
  if (!result.ok) throw new CommandError('invalid', result.reason);
  const { earliest, latest, precision, uncertain, label } = result.value;
  if (values.json) ctx.io.out(`${JSON.stringify({ earliest, latest, precision, uncertain, label })}\n`);
  else ctx.io.out(`${formatFuzzyDate(result.value, 'en')}: ${earliest === latest ? earliest : `${earliest} – ${latest}`}\n`);
  return Promise.resolve(0);
}
