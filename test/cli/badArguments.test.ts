// Every CLI command with bad arguments: exit 2, the reason and the usage line on stderr, nothing
// on stdout and nothing written. The table must name every command of runCli's map, so a new
// command without bad-argument cases fails here.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usage } from '../../electron/cli/CliIo';
import { commandNames, runCli } from '../../electron/cli/runCli';

const resourcesDir = fileURLToPath(new URL('../../resources', import.meta.url));
const MB = 'x'.repeat(1_000_000);

/** Command -> argument lists that are each a usage error (exit 2). */
const badArguments: Record<string, string[][]> = {
  init: [['--nope'], ['--json=3']],
  sample: [['--force'], ['extra']],
  'contacts list': [['--search'], ['--limit', '5'], ['--json=yes']],
  'contacts add': [[], ['--tag', 'T'], ['--family', ' '], ['--family', 'X', '--given', 'Y', '--email', 'not an email'], ['--family', 'X', '--given', 'Y', '--bogus'], ['--family']],
  'export contacts': [[], ['--format', 'pdf', '--out', 'x.pdf'], ['--format', 'csv'], ['--format', 'csv', '--out', 'x.csv', '--delimiter', '|'], ['--format', 'vcard3', '--out', 'x.vcf', '--bom'], ['--out']],
  import: [[], ['a.vcf', 'b.vcf'], ['a.vcf', '--format', 'xlsx'], ['a.vcf', '--bogus'], ['a.csv', '--encoding', 'klingon'], ['a.csv', '--header', '--no-header']],
  'dates parse': [[], ['one', 'two'], ['x', '--bogus']],
  'conferences set-date': [[], ['Summit'], ['Summit', '2019', 'extra'], ['Summit', '2019', '--bogus']],
  'milestones add': [[], ['--conference', 'C'], ['--conference', 'C', '--title', 'T'], ['--conference', 'C', '--title', 'T', '--date', 'x', '--before', '3'], ['--conference', 'C', '--title', 'T', '--before', 'soon']],
  'milestones list': [[], ['--conference'], ['--bogus']],
  'participants add': [[], ['--conference', 'C'], ['--contact', 'P']],
  'participants move': [[], ['id'], ['id', '--stage', 'flying'], ['a', 'b', '--stage', 'invited']],
  'participants funnel': [[], ['--conference'], ['--bogus']],
  'export calendar': [[], ['--out'], ['--bogus']],
  'conferences list': [['--bogus'], ['extra']],
  'candidacies list': [[], ['--conference'], ['--bogus']],
  'candidacies add': [[], ['--conference', 'C'], ['--city', 'X']],
  'candidacies move': [[], ['id'], ['id', '--stage', 'flying'], ['a', 'b', '--stage', 'approached']],
  'export brief': [[], ['--conference', 'C'], ['--conference', 'C', '--out', 'b.md', '--format', 'pdf']],
  'program list': [[], ['--conference'], ['--bogus']],
  'program add': [[], ['--conference', 'C'], ['--title', 'T'], ['--conference', 'C', '--title', 'T', '--kind', 'party'], ['--conference', 'C', '--title', 'T', '--start', 'noon'], ['--conference', 'C', '--title', 'T', '--day', '0']],
  'program move': [[], ['id'], ['id', '--status', 'maybe'], ['a', 'b', '--status', 'agreed']],
  'export program': [[], ['--conference', 'C', '--format', 'pdf', '--out', 'p.pdf'], ['--conference', 'C', '--format', 'csv']],
  'import program': [[], ['p.csv'], ['a.csv', 'b.csv', '--conference', 'C'], ['p.csv', '--conference', 'C', '--bogus']],
  undo: [['--all'], ['extra']],
  backup: [[], ['--to'], ['--to', 'x', '--bogus'], ['extra']],
  restore: [[], ['--from'], ['--from', 'x', '--bogus'], ['extra']],
  doctor: [['--fix'], ['extra']],
  sync: [['--server', 'http://127.0.0.1:1'], ['--db', 'x'], ['--user', 'u'], ['--once', '--live'], ['--server', ' ', '--db', 'x'], ['--bogus']],
  'sync status': [['--bogus'], ['extra']],
  'sync resolve': [[], ['contacts:x'], ['--keep', '1-a'], ['not-a-record', '--keep', '1-a'], ['a', 'b', '--keep', '1-a']],
};

/** Bad arguments before any command: runCli's own parsing. */
const badGlobal: string[][] = [[], ['--data'], ['explode'], ['contacts', 'explode'], [MB]];

let dir: string;
let before: string;
let cases = 0;

/** Every file under the folder with its bytes, to prove a refused command wrote nothing. */
async function folderBytes(folder: string): Promise<string> {
  const entries = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const parts = await Promise.all(entries.map(async (e) => `${join(e.parentPath, e.name)}:${(await readFile(join(e.parentPath, e.name))).toString('base64')}`));
  return parts.sort().join('\n');
}

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t), env: {}, resourcesDir });
  return { code, out, err };
}

beforeAll(async () => {
  // One workspace for the whole file (tempDir's cleanup would remove it after the first test).
  dir = await mkdtemp(join(tmpdir(), 'liaison-cli-bad-'));
  expect((await cli(['--data', dir, 'sample'])).code).toBe(0);
  before = await folderBytes(dir);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  console.log(`[bad input] ${cases} bad CLI argument lists across ${commandNames.length} commands: every one exit 2 with the usage line`);
});

describe('bad arguments on every CLI command', () => {
  it('has bad-argument cases for every command runCli knows, and none for commands it does not', () => {
    expect(Object.keys(badArguments).sort()).toEqual([...commandNames].sort());
  });

  it.each(Object.entries(badArguments))('%s: exit 2, a reason and the usage line, nothing written', async (name, lists) => {
    expect(lists.length).toBeGreaterThan(0);
    // --data belongs before the command; after it, every command's strict parser refuses it.
    for (const args of [...lists, ['--data', dir]]) {
      const r = await cli(['--data', dir, ...name.split(' '), ...args]);
      const what = `liaison ${name} ${args.join(' ')}`;
      expect(r.code, what).toBe(2);
      expect(r.out, what).toBe('');
      expect(r.err, what).toMatch(/^liaison: .+\n/);
      expect(r.err, what).toContain(usage);
      expect(r.err, what).not.toMatch(/\n\s+at |node_modules/);
      cases += 1;
    }
    expect(await folderBytes(dir)).toBe(before);
  });

  it('bad global arguments: exit 2 with the usage line', async () => {
    for (const args of badGlobal) {
      const r = await cli(args.length > 0 && args[0] === '--data' ? args : ['--data', dir, ...args]);
      expect(r.code, args.join(' ').slice(0, 40)).toBe(2);
      expect(r.err).toContain(usage);
      cases += 1;
    }
    expect(await folderBytes(dir)).toBe(before);
  });
});
