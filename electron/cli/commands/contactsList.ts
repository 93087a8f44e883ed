import { parseArgs } from 'node:util';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { withService } from './openService';

export async function contactsList(ctx: CliContext): Promise<number> {
  const options = asUsage(() => parseArgs({ args: ctx.args, strict: true, options: { search: { type: 'string' }, json: { type: 'boolean' } } }).values);
  return withService(ctx, true, (service) => {
    const page = service.contactList.run({ query: options.search ?? '', sort: 'name', offset: 0, limit: 1_000_000 });
    if (options.json) {
      ctx.io.out(`${JSON.stringify(page.rows, null, 2)}\n`);
      return 0;
    }
    if (page.rows.length === 0) {
      ctx.io.out(options.search ? `No contact matches “${options.search}”.\n` : 'No contacts yet.\n');
      return 0;
    }
    const lines = page.rows.map((row) =>
      [row.name + (row.latinName && row.latinName !== row.name ? ` (${row.latinName})` : ''), row.organization, row.city, row.email, row.phone]
        .filter((cell) => cell.length > 0)
        .join(' · '),
    );
    ctx.io.out(`${lines.join('\n')}\n${page.total} contact${page.total === 1 ? '' : 's'}\n`);
    return 0;
  });
}
