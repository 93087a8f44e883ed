import { readFile } from 'node:fs/promises';
import { writeContactPhotos } from '../../core/photos/contactPhotos';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CommandError } from '../../core/commands/CommandError';
import { planImport, type ImportPlan } from '../../core/import/planImport';
import { readContactsFile, type ContactsFile, type ReadOptions } from '../../core/import/readContactsFile';
import { isTextEncodingLabel, TEXT_ENCODINGS } from '../../shared/import/textEncodings';
import { ImportFileError } from '../../core/import/ImportFileError';
import { UsageError } from '../CliIo';
import { asUsage } from '../asUsage';
import type { CliContext } from '../runCli';
import { turn } from '../../core/export/forEachSliced';
import { withService } from './openService';

const FORMATS = ['auto', 'csv', 'vcard'] as const;
const isFormat = (value: string): value is (typeof FORMATS)[number] => (FORMATS as readonly string[]).includes(value);

/**
 * `import FILE [--format auto|csv|vcard] [--encoding LABEL] [--header|--no-header] [--dry-run] [--json]`.
 * --encoding reads the file in that encoding instead of the guess (the report names the guess);
 * --no-header reads a CSV file's first row as a contact, --header as column names, where
 * otherwise a first row holding an email or phone is taken for a contact and said so. Merges only on an exact UID or
 * email match, filling empty fields only; contacts with the same name but nothing exact in
 * common are created and listed, for the user to compare. A file that cannot be read or holds no
 * record exits 1 and changes nothing; otherwise every accepted record lands in one command (one
 * undo step) and every rejection is reported. With --dry-run nothing is written.
 */
export async function importContacts(ctx: CliContext): Promise<number> {
  const { values: o, positionals } = asUsage(() =>
    parseArgs({
      args: ctx.args,
      strict: true,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        encoding: { type: 'string' },
        header: { type: 'boolean' },
        'no-header': { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
      },
    }),
  );
  const [file, ...extra] = positionals;
  if (!file) throw new UsageError('import needs a FILE (a .vcf or .csv file)');
  if (extra.length > 0) throw new UsageError(`import takes one FILE; also given: ${extra.join(' ')}`);
  const format = o.format ?? 'auto';
  if (!isFormat(format)) throw new UsageError('--format must be auto, csv or vcard');
  const options = readOptions(o.encoding, o.header, o['no-header']);
  const path = resolve(file);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    throw new CommandError('rule', code === 'ENOENT' ? `There is no file ${path}.` : `${path} could not be read${code ? ` (${code})` : ''}.`);
  }
  let read: ContactsFile;
  try {
    read = readContactsFile(bytes, path, format, undefined, options);
  } catch (error) {
    if (error instanceof ImportFileError) throw new CommandError('rule', error.phrase);
    throw error;
  }
  const dryRun = o['dry-run'] === true;
  return withService(ctx, dryRun, async (service) => {
    // Cancellable (Ctrl+C) until the single commit: all of the file, or nothing.
    const { plan, nothing } = await service.tasks.run('import', async (task) => {
      task.setPhase('planning', read.records.length);
      await turn();
      task.throwIfCancelled();
      const planned = planImport(service.store.state, read.records, { mode: 'cli', at: ctx.now().toISOString(), source: basename(path) });
      task.report(read.records.length);
      await turn();
      task.commit();
      const none = planned.created + planned.merged === 0;
      if (!dryRun && !none && planned.command) {
        task.setPhase('committing', planned.created + planned.merged);
        await writeContactPhotos(service.store.dir, planned.photos);
        await service.commit([planned.command]);
      }
      return { plan: planned, nothing: none };
    });
    const notes = [...read.notes, ...plan.notes];
    if (o.json) {
      const report = { encoding: read.encoding, created: plan.created, merged: plan.merged, rejected: plan.rejected, fuzzyMatches: plan.fuzzyMatches.map(({ decision: _d, ...m }) => m), notes };
      ctx.io.out(`${JSON.stringify(report, null, 2)}\n`);
    } else ctx.io.out(describe(read, plan, notes, dryRun));
    if (nothing) {
      ctx.io.err(`liaison: nothing to import from ${read.name}: ${plan.rejected.length === read.records.length ? `all ${read.records.length} records were rejected` : 'no record was accepted'}.\n`);
      return 1;
    }
    return 0;
  });
}

function readOptions(encoding: string | undefined, header: boolean | undefined, noHeader: boolean | undefined): ReadOptions {
  if (header && noHeader) throw new UsageError('give --header or --no-header, not both');
  const options: ReadOptions = {};
  if (encoding !== undefined) {
    const label = encoding.trim().toLowerCase();
    if (!isTextEncodingLabel(label)) throw new UsageError(`--encoding must be one of ${TEXT_ENCODINGS.map((e) => e.label).join(', ')}`);
    options.encoding = label;
  }
  if (header || noHeader) options.header = header === true;
  return options;
}

function describe(read: ContactsFile, plan: ImportPlan, notes: string[], dryRun: boolean): string {
  const kind = read.kind === 'vcard' ? 'vCard' : 'CSV';
  const lines = [
    `${dryRun ? 'Would import' : 'Imported'} from ${read.name} (${kind}, ${read.encoding}): ${plan.created} created, ${plan.merged} merged, ${plan.rejected.length} rejected.`,
  ];
  if (plan.rejected.length > 0) {
    lines.push('Rejected:');
    for (const r of plan.rejected) lines.push(`  ${r.at}: ${r.reason}`);
  }
  if (plan.fuzzyMatches.length > 0) {
    lines.push('Same name as a contact already in Liaison, but no email or UID in common (created as new contacts; merge them in Liaison if they are the same person):');
    for (const m of plan.fuzzyMatches) {
      lines.push(`  ${m.at}: ${m.name}${m.email ? ` <${m.email}>` : ''} is like ${m.existing.name}${m.existing.email ? ` <${m.existing.email}>` : ''}`);
    }
  }
  for (const note of notes) lines.push(note);
  return `${lines.join('\n')}\n`;
}
