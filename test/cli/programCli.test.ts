import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/runCli';
import { parseCsv } from '../../electron/core/csv/parseCsv';
import type { ProgramView } from '../../electron/shared/contracts/programChannels';
import { tempDir } from '../helpers/tempDir';

const resourcesDir = fileURLToPath(new URL('../../resources', import.meta.url));

async function cli(dir: string, ...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(['--data', dir, ...args], { out: (t) => (out += t), err: (t) => (err += t), env: {}, resourcesDir, now: () => new Date('2019-06-15T09:00:00.000Z') });
  return { code, out, err };
}

/** A workspace with the summit and two contacts, made through the CLI. */
async function summit() {
  const dir = await tempDir();
  expect((await cli(dir, 'init')).code).toBe(0);
  const { WorkspaceService } = await import('../../electron/core/workspace/WorkspaceService');
  const service = await WorkspaceService.open({ dir, owner: 'cli', resourcesDir, clock: () => new Date('2019-06-15T09:00:00.000Z') });
  const at = '2019-06-15T09:00:00.000Z';
  await service.commit([{ type: 'conference.create', at, id: crypto.randomUUID(), data: { name: 'US–Russia Sister Cities Summit', date: null, cityId: null, tentativeCityIds: [], organizerIds: [], notes: '' } }]);
  await service.close();
  expect((await cli(dir, 'contacts', 'add', '--family', 'Соколова', '--given', 'Ирина')).code).toBe(0);
  return dir;
}

describe('liaison program', () => {
  it('adds items, lists them with a clash, moves one, and refuses a drop without a reason', async () => {
    const dir = await summit();
    const a = await cli(dir, 'program', 'add', '--conference', 'US–Russia', '--title', 'Opening plenary', '--title-ru', 'Пленарное открытие', '--kind', 'plenary', '--day', '1', '--start', '10:00', '--minutes', '90', '--speaker', 'Соколова', '--json');
    expect(a.code).toBe(0);
    const opening = JSON.parse(a.out) as { id: string; start: number; speakerIds: string[] };
    expect(opening.start).toBe(600);
    expect(opening.speakerIds).toHaveLength(1);
    const b = await cli(dir, 'program', 'add', '--conference', 'US–Russia', '--title', 'Water', '--day', '1', '--start', '11:00', '--speaker', 'Соколова');
    expect(b.out).toMatch(/^Add program item Water\n[0-9a-f-]{36}\n$/u);

    const list = await cli(dir, 'program', 'list', '--conference', 'US–Russia');
    expect(list.out).toContain('Day 1 10:00  90 min  [idea]  Opening plenary / Пленарное открытие  ! speaker');
    const json = JSON.parse((await cli(dir, 'program', 'list', '--conference', 'US–Russia', '--json')).out) as ProgramView;
    expect(json.items.map((i) => i.clashes.map((c) => c.kind))).toEqual([['speaker'], ['speaker']]);

    expect((await cli(dir, 'program', 'move', opening.id, '--status', 'proposed')).out).toBe('Mark Opening plenary Proposed\n');
    const refused = await cli(dir, 'program', 'move', opening.id, '--status', 'dropped');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('Say why the item is dropped');
    expect((await cli(dir, 'undo')).code).toBe(0);
    const after = JSON.parse((await cli(dir, 'program', 'list', '--conference', 'US–Russia', '--json')).out) as ProgramView;
    expect(after.items.find((i) => i.id === opening.id)?.status).toBe('idea');
  });

  it('exports csv, md and ics, and imports the partner’s edited copy (dry run first)', async () => {
    const dir = await summit();
    const added = JSON.parse((await cli(dir, 'program', 'add', '--conference', 'US–Russia', '--title', 'Family farms', '--title-ru', 'Фермерские хозяйства', '--day', '2', '--start', '9:00', '--json')).out) as { id: string };
    for (const format of ['csv', 'md', 'ics']) {
      const r = await cli(dir, 'export', 'program', '--conference', 'US–Russia', '--format', format, '--out', join(dir, `program.${format}`));
      expect(r.out).toBe(`Wrote 1 program item to ${join(dir, `program.${format}`)}\n`);
    }
    expect(await readFile(join(dir, 'program.md'), 'utf8')).toContain('## День 2 / Day 2');
    const { stdout } = await promisify(execFile)('/usr/bin/python3', ['-c', 'import sys, icalendar; print(len(icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read()).walk("VEVENT")))', join(dir, 'program.ics')]);
    // No date yet: no day can be placed on a calendar.
    expect(stdout.trim()).toBe('0');

    const rows = parseCsv(await readFile(join(dir, 'program.csv'), 'utf8'), ';');
    const header = rows[0] ?? [];
    const row = rows[1] ?? [];
    row[header.indexOf('Start / Начало')] = '09:30';
    row[header.indexOf('Status / Статус')] = 'Agreed by both';
    await writeFile(join(dir, 'edited.csv'), `\uFEFF${rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(';')).join('\r\n')}\r\n`);

    const dry = await cli(dir, 'import', 'program', join(dir, 'edited.csv'), '--conference', 'US–Russia', '--dry-run');
    expect(dry.out).toBe(`${added.id}  Family farms: time Day 2 09:00 → Day 2 09:30; status idea → agreed\n1 change found; nothing applied (--dry-run).\n`);
    const applied = JSON.parse((await cli(dir, 'import', 'program', join(dir, 'edited.csv'), '--conference', 'US–Russia', '--json')).out) as { applied: number };
    expect(applied.applied).toBe(1);
    const view = JSON.parse((await cli(dir, 'program', 'list', '--conference', 'US–Russia', '--json')).out) as ProgramView;
    expect(view.items[0]).toMatchObject({ start: 570, status: 'agreed' });
    const missing = await cli(dir, 'import', 'program', join(dir, 'nope.csv'), '--conference', 'US–Russia');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('could not read');
  });
});
