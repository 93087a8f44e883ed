import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/runCli';
import type { ConferenceSummary, CandidacyRow } from '../../electron/shared/contracts/negotiationChannels';
import type { Candidacy } from '../../electron/shared/schemas/candidacy';
import { diskState } from '../helpers/diskState';
import { tempDir } from '../helpers/tempDir';

const resourcesDir = fileURLToPath(new URL('../../resources', import.meta.url));
const NOW = new Date('2026-11-28T10:00:00.000Z');

async function cli(dir: string, ...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(['--data', dir, ...args], { out: (t) => (out += t), err: (t) => (err += t), env: {}, resourcesDir, now: () => NOW });
  return { code, out, err };
}

async function sampleDir(): Promise<string> {
  const dir = await tempDir();
  expect((await cli(dir, 'sample')).code).toBe(0);
  return dir;
}

describe('liaison negotiation commands', () => {
  it('lists conferences, as text and as JSON with ids', async () => {
    const dir = await sampleDir();
    const text = await cli(dir, 'conferences', 'list');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^US–Russia Sister Cities Summit · late September – early October 2027 · host not decided · 3 candidates \(2 in the race\) · [0-9a-f-]{36}$/m);
    // The sample's race, dated from the day it opened (NOW): Samara's step overdue, Nizhny Novgorod's due this week.
    const race = await cli(dir, 'candidacies', 'list', '--conference', 'US');
    expect(race.out).toContain('Нижний Новгород / Nizhny Novgorod · Site visit · score 4.3 / 5 (6 rated, 6 not rated) · next: Send Nizhny Novgorod the site-visit agenda, due 2026-11-30');
    expect(race.out).toContain('Самара / Samara · Interested · score 3.5 / 5 (2 rated, 10 not rated) · next: Ask Samara for hotel rates and local funding, due 2026-11-25 (overdue)');
    expect(race.out).toMatch(/Саратов \/ Saratov · Withdrawn \(The region moved its budget for international events to the year after;/);
    const json = JSON.parse((await cli(dir, 'conferences', 'list', '--json')).out) as ConferenceSummary[];
    expect(json.map((c) => c.name)).toEqual(['US–Russia Sister Cities Summit', 'Great Rivers Conference (Volga – Mississippi)']);
  });

  it('adds candidates named by a name prefix in either script, prints the new record, and lists them', async () => {
    const dir = await sampleDir();
    const a = await cli(dir, 'candidacies', 'add', '--conference', 'US–Russia', '--city', 'Волгогр', '--json');
    expect(a.code).toBe(0);
    const created = JSON.parse(a.out) as Candidacy;
    expect(created).toMatchObject({ stage: 'identified', id: expect.stringMatching(/^[0-9a-f-]{36}$/) as string });
    const b = await cli(dir, 'candidacies', 'add', '--conference', 'US', '--city', 'Yarosl');
    expect(b).toMatchObject({ code: 0 });
    expect(b.out).toMatch(/^Add Yaroslavl as a candidate for US–Russia Sister Cities Summit \(id [0-9a-f-]{36}\)\n$/);
    const again = await cli(dir, 'candidacies', 'add', '--conference', 'US', '--city', 'Volgograd');
    expect(again).toMatchObject({ code: 1, err: 'liaison: Volgograd is already a candidate to host US–Russia Sister Cities Summit.\n' });

    const list = await cli(dir, 'candidacies', 'list', '--conference', 'US–Russia Sister Cities Summit');
    expect(list.out).toContain('Волгоград / Volgograd · Identified · score not rated (12 items) · no next step');
    expect(list.out).toContain('5 candidates for US–Russia Sister Cities Summit');
    const rows = JSON.parse((await cli(dir, 'candidacies', 'list', '--conference', created.conferenceId, '--json')).out) as CandidacyRow[];
    expect(rows.map((r) => r.city)).toEqual(['Волгоград / Volgograd', 'Ярославль / Yaroslavl', 'Самара / Samara', 'Нижний Новгород / Nizhny Novgorod', 'Саратов / Saratov']);
  });

  it('refuses an ambiguous or unknown name with a sentence listing the matches', async () => {
    const dir = await sampleDir();
    const ambiguous = await cli(dir, 'candidacies', 'add', '--conference', 'US', '--city', 'Port');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.err).toMatch(/^liaison: “Port” names \d+ cities \(.*Portland.*\); give more of the name or the id\.\n$/);
    const unknown = await cli(dir, 'candidacies', 'add', '--conference', 'Olympics', '--city', 'Kazan');
    expect(unknown).toMatchObject({ code: 1, err: 'liaison: No conference is named “Olympics”; give its id or the start of its name.\n' });
  });

  it('moves through the stages; each rule refusal exits 1 with its sentence and changes nothing', async () => {
    const dir = await sampleDir();
    const add = async (city: string) => (JSON.parse((await cli(dir, 'candidacies', 'add', '--conference', 'US', '--city', city, '--json')).out) as Candidacy).id;
    const volgograd = await add('Volgograd');
    const yaroslavl = await add('Yaroslavl');
    const tula = await add('Tula');
    const before = await diskState(dir);

    const noReason = await cli(dir, 'candidacies', 'move', tula, '--stage', 'declined');
    expect(noReason).toMatchObject({ code: 1, err: 'liaison: Moving Tula to “Declined” takes it out of the race: give the reason.\n' });
    expect(await diskState(dir)).toEqual(before);
    expect(await cli(dir, 'candidacies', 'move', tula.slice(0, 8), '--stage', 'declined', '--reason', 'No hall big enough')).toMatchObject({ code: 0, out: 'Move Tula to Declined\n' });

    const selected = await cli(dir, 'candidacies', 'move', volgograd, '--stage', 'selected', '--reason', 'Best offer');
    expect(selected.code).toBe(0);
    expect(selected.out).toBe('Select Volgograd to host US–Russia Sister Cities Summit\n3 “tell them” steps due 2026-12-05: Tell Nizhny Novgorod the decision; Tell Samara the decision; Tell Yaroslavl the decision\n');
    const second = await cli(dir, 'candidacies', 'move', yaroslavl, '--stage', 'selected');
    expect(second).toMatchObject({
      code: 1,
      err: 'liaison: Volgograd is already selected for this conference; only one city can host. Move Volgograd to another stage first.\n',
    });
    const conferences = JSON.parse((await cli(dir, 'conferences', 'list', '--json')).out) as ConferenceSummary[];
    expect(conferences[0]).toMatchObject({ host: 'Волгоград / Volgograd', candidates: 6, inRace: 4 });

    expect(await cli(dir, 'undo')).toMatchObject({ code: 0, out: 'Undone: Select Volgograd to host US–Russia Sister Cities Summit\n' });
    const after = JSON.parse((await cli(dir, 'conferences', 'list', '--json')).out) as ConferenceSummary[];
    expect(after[0]?.host).toBeNull();
  });

  it.each([
    [['candidacies', 'move', '--stage', 'selected'], 'candidacies move needs one candidacy id'],
    [['candidacies', 'move', 'abc', '--stage', 'won'], '--stage must be one of: identified, approached'],
    [['candidacies', 'list'], 'candidacies list needs --conference'],
    [['candidacies', 'add', '--conference', 'US'], 'candidacies add needs --city'],
    [['export', 'brief', '--conference', 'US', '--format', 'pdf', '--out', 'x.pdf'], 'export brief writes Markdown only'],
    [['export', 'brief', '--conference', 'US'], 'export brief needs --out FILE'],
  ])('exits 2 with the usage for %j', async (args, message) => {
    const dir = await tempDir();
    const r = await cli(dir, ...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).toContain('candidacies move ID --stage S');
  });

  it('exports the brief as Markdown to the file named', async () => {
    const dir = await sampleDir();
    const id = (JSON.parse((await cli(dir, 'candidacies', 'add', '--conference', 'US', '--city', 'Volgograd', '--json')).out) as Candidacy).id;
    await cli(dir, 'candidacies', 'move', id, '--stage', 'selected', '--reason', 'Strong local support');
    const out = join(await tempDir(), 'summit brief.md');
    const r = await cli(dir, 'export', 'brief', '--conference', 'US', '--format', 'md', '--out', out);
    expect(r).toMatchObject({ code: 0, out: `Wrote the negotiation brief for US–Russia Sister Cities Summit to ${out}\n` });
    const markdown = await readFile(out, 'utf8');
    expect(markdown).toContain('# Negotiation brief: US–Russia Sister Cities Summit');
    expect(markdown).toContain('- Dates: late September – early October 2027');
    expect(markdown).toContain('Selected: Волгоград / Volgograd — Strong local support');
  });
});
