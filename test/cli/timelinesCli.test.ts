import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/runCli';
import { tempDir } from '../helpers/tempDir';

const resourcesDir = fileURLToPath(new URL('../../resources', import.meta.url));

async function cli(dir: string, ...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(['--data', dir, ...args], {
    out: (t) => (out += t),
    err: (t) => (err += t),
    env: {},
    resourcesDir,
    now: () => new Date('2019-06-15T09:00:00.000Z'),
  });
  return { code, out, err };
}

const json = <T>(text: string) => JSON.parse(text) as T;

describe('liaison dates parse', () => {
  it('prints {earliest, latest, precision, uncertain, label} with --json', async () => {
    const dir = await tempDir();
    const r = await cli(dir, 'dates', 'parse', 'конец сентября – начало октября 2019', '--json');
    expect(r.code).toBe(0);
    expect(json(r.out)).toEqual({ earliest: '2019-09-21', latest: '2019-10-10', precision: 'range', uncertain: false, label: 'конец сентября – начало октября 2019' });
    const words = await cli(dir, 'dates', 'parse', '2020?');
    expect(words.out).toBe('probably 2020: 2020-01-01 – 2020-12-31\n');
  });

  it('exits 1 with the reason when it cannot read the text, and 2 without text', async () => {
    const dir = await tempDir();
    const r = await cli(dir, 'dates', 'parse', 'Octember 2019', '--json');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^liaison: “Octember 2019” is not a date Liaison can read: “octember” is not a month, season, quarter or year\./);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect((await cli(dir, 'dates', 'parse')).code).toBe(2);
  });
});

describe('liaison conferences, milestones, participants and the calendar', () => {
  it('works the summit from the sample: milestone 90 days before, fix the date, a participant through the funnel, the calendar', async () => {
    const dir = await tempDir();
    expect((await cli(dir, 'sample')).code).toBe(0);

    const add = await cli(dir, 'milestones', 'add', '--conference', 'US–Russia', '--title', 'Send invitations', '--before', '90', '--json');
    expect(add.code, add.err).toBe(0);
    const dated = await cli(dir, 'milestones', 'add', '--conference', 'саммит', '--title', 'Programme draft', '--date', 'mid July 2020');
    // A prefix of no conference's name: exit 1, nothing written.
    expect(dated.code).toBe(1);
    expect(dated.err).toContain('No conference is named “саммит”');
    expect((await cli(dir, 'milestones', 'add', '--conference', 'summ', '--title', 'Programme draft', '--date', 'mid July 2020')).code).toBe(1);
    expect((await cli(dir, 'milestones', 'add', '--conference', 'US', '--title', 'Programme draft', '--date', 'mid July 2020')).code).toBe(0);
    expect((await cli(dir, 'milestones', 'add', '--conference', 'US', '--title', 'X')).code).toBe(2);
    expect((await cli(dir, 'milestones', 'add', '--conference', 'US', '--title', 'X', '--before', 'ninety')).code).toBe(2);

    type Row = { title: string; earliest: string | null; latest: string | null };
    let list = json<Row[]>((await cli(dir, 'milestones', 'list', '--conference', 'US–Russia Sister Cities Summit', '--json')).out);
    // The sample's summit is next year (2020, seen from NOW) and comes with three milestones of its own.
    expect(list.map((m) => [m.title, m.earliest, m.latest])).toEqual([
      ['Host city chosen', '2020-01-25', '2020-02-13'],
      ['Program agreed', '2020-04-24', '2020-05-13'],
      ['Send invitations', '2020-06-23', '2020-07-12'],
      ['Visa letters to US guests', '2020-07-08', '2020-07-27'],
      ['Programme draft', '2020-07-11', '2020-07-20'],
    ]);

    const set = await cli(dir, 'conferences', 'set-date', 'US', '2020-10-03');
    expect(set.out).toBe('Set the date of US–Russia Sister Cities Summit to October 3, 2020\n');
    list = json<Row[]>((await cli(dir, 'milestones', 'list', '--conference', 'US', '--json')).out);
    expect(list.find((m) => m.title === 'Send invitations')).toMatchObject({ earliest: '2020-07-05', latest: '2020-07-05' });
    expect((await cli(dir, 'conferences', 'set-date', 'US', 'Octember')).code).toBe(1);

    const rivers = await cli(dir, 'milestones', 'list', '--conference', 'great');
    expect(rivers.out).toContain('3 milestones of Great Rivers Conference (Volga – Mississippi)\n');
    const unknown = await cli(dir, 'milestones', 'list', '--conference', 'Conference');
    expect([unknown.code, unknown.err]).toEqual([1, 'liaison: No conference is named “Conference”; give its id or the start of its name.\n']);

    const joined = await cli(dir, 'participants', 'add', '--conference', 'US', '--contact', 'Jordan Example', '--json');
    expect(joined.code, joined.err).toBe(0);
    const participantId = json<{ id: string }>(joined.out).id;
    // The Cyrillic contact found by a Latin prefix.
    expect((await cli(dir, 'participants', 'add', '--conference', 'US', '--contact', 'Obraz')).code).toBe(0);
    const again = await cli(dir, 'participants', 'add', '--conference', 'US', '--contact', 'Jordan Example');
    expect(again.code).toBe(1);
    expect(again.err).toContain('is already a participant');

    for (const stage of ['contacted', 'interested', 'applied', 'confirmed']) {
      expect((await cli(dir, 'participants', 'move', participantId, '--stage', stage)).code).toBe(0);
    }
    expect((await cli(dir, 'participants', 'move', participantId, '--stage', 'later')).code).toBe(2);
    const decline = await cli(dir, 'participants', 'move', participantId, '--stage', 'declined');
    expect(decline.code).toBe(1);
    expect(decline.err).toContain('Say why the participant declined');

    type FunnelJson = { total: number; declined: number; stages: { stage: string; current: number; reached: number }[]; participants: { name: string; stage: string }[] };
    const funnel = json<FunnelJson>((await cli(dir, 'participants', 'funnel', '--conference', 'US', '--json')).out);
    expect(funnel.total).toBe(2);
    expect(funnel.stages.find((s) => s.stage === 'confirmed')).toMatchObject({ current: 1, reached: 1 });
    expect(funnel.stages.find((s) => s.stage === 'identified')).toMatchObject({ current: 1, reached: 2 });
    expect(funnel.participants.map((p) => [p.name, p.stage])).toEqual([
      ['Jordan Example', 'confirmed'],
      ['Образцова Анна Сергеевна', 'identified'],
    ]);

    const out = join(dir, 'summit.ics');
    const exported = await cli(dir, 'export', 'calendar', '--conference', 'US', '--out', out, '--json');
    expect(exported.code, exported.err).toBe(0);
    // The conference, its five milestones and the sample's dated task.
    expect(json<{ events: number }>(exported.out).events).toBe(7);
    const ics = await readFile(out, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20201003\r\nDTEND;VALUE=DATE:20201004\r\n');
    const { stdout } = await promisify(execFile)('/usr/bin/python3', [
      '-c',
      'import sys, icalendar; print(len(icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read()).walk("VEVENT")))',
      out,
    ]);
    expect(stdout.trim()).toBe('7');
    expect((await cli(dir, 'export', 'calendar')).code).toBe(2);
  });
});
