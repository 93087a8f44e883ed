import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../electron/core/csv/parseCsv';
import { exportProgram, reviewProgramFile } from '../../../electron/core/program/programFiles';
import { englishText, type Phrase } from '../../../electron/shared/i18n/Phrase';
import { acceptedImport } from '../../../electron/shared/program/acceptedImport';
import { at, fuzzy, item, newId, openProgramFixture, type ProgramFixture } from './programFixture';

async function draft(f: ProgramFixture) {
  const opening = item(f, { titleEn: 'Opening plenary', titleRu: 'Пленарное открытие', kind: 'plenary', day: 1, start: 600, minutes: 90, place: 'Main hall', status: 'proposed', proposedById: f.urc });
  const water = item(f, { titleEn: 'Water | rivers', titleRu: 'Вода и реки', day: 1, start: 14 * 60, speakerIds: [f.irina], status: 'proposed', proposedById: f.sci });
  const farms = item(f, { titleEn: 'Family farms', titleRu: 'Фермерские хозяйства', topics: ['agriculture'], status: 'proposed', proposedById: f.sci });
  const formula = item(f, { titleEn: '=HYPERLINK("x")', titleRu: 'Опасная ячейка', status: 'idea' });
  await f.run(opening.command, water.command, farms.command, formula.command);
  return { opening: opening.id, water: water.id, farms: farms.id, formula: formula.id };
}

const today = '2019-06-15';
const now = new Date('2019-06-15T09:00:00.000Z');
const conference = (f: ProgramFixture) => {
  const found = f.service.store.state.conferences[f.summit];
  if (!found) throw new Error('no summit');
  return found;
};

/** Excel's way of saving: quotes only where a cell needs them, ";" in a Russian locale, CRLF, BOM kept. */
function excelCsv(rows: string[][]): string {
  const cell = (c: string) => (/[;"\r\n]/u.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
  return `\uFEFF${rows.map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
}

describe('the partner’s spreadsheet', () => {
  it('is an Excel-friendly bilingual CSV with a BOM, one row per item, a stable id and guarded cells', async () => {
    const f = await openProgramFixture();
    const ids = await draft(f);
    const out = join(f.dir, 'program.csv');
    await exportProgram(f.service.store.state, conference(f), 'csv', out, today, now);
    const bytes = await readFile(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8'), ';');
    expect(rows[0]?.slice(0, 7)).toEqual(['ID', 'Day / День', 'Date / Дата', 'Start / Начало', 'Minutes / Минут', 'Title (EN) / Название (англ.)', 'Title (RU) / Название (рус.)']);
    expect(rows).toHaveLength(5);
    const opening = rows.find((r) => r[0] === ids.opening) ?? [];
    expect(opening.slice(1, 7)).toEqual(['1', '', '10:00', '90', 'Opening plenary', 'Пленарное открытие']);
    expect(opening).toContain('Proposed / Предложено');
    expect(opening).toContain('Союз российских городов');
    expect(rows.find((r) => r[0] === ids.water)).toContain('Соколова Ирина (Irina Sokolova)');
    expect(rows.find((r) => r[0] === ids.formula)?.[5]).toBe(`'=HYPERLINK("x")`);
  });

  it('read back after the partner’s edits: each kind of change shown, part accepted as one undo step', async () => {
    const f = await openProgramFixture();
    const ids = await draft(f);
    const out = join(f.dir, 'program.csv');
    await exportProgram(f.service.store.state, conference(f), 'csv', out, today, now);
    const rows = parseCsv(await readFile(out, 'utf8'), ';');
    const header = rows[0] ?? [];
    const col = (name: string) => header.indexOf(name);
    const edit = (id: string, name: string, value: string) => {
      const row = rows.find((r) => r[0] === id);
      if (row) row[col(name)] = value;
    };
    edit(ids.opening, 'Start / Начало', '11:00'); // changed time
    edit(ids.water, 'Title (RU) / Название (рус.)', 'Вода, реки и города'); // changed title
    edit(ids.farms, 'Status / Статус', 'согласовано'); // agreed, in the partner's word
    const added = header.map(() => '');
    added[col('Day / День')] = '2';
    added[col('Start / Начало')] = '9:30';
    added[col('Title (RU) / Название (рус.)')] = 'Молодёжные обмены';
    added[col('Kind / Формат')] = 'Круглый стол';
    added[col('Speakers / Выступающие')] = 'Петров П.';
    added[col('Proposed by / Предложил')] = 'Союз российских городов';
    rows.push(added);
    const stranger = header.map(() => '');
    stranger[0] = newId();
    stranger[col('Title (EN) / Название (англ.)')] = 'From another conference';
    rows.push(stranger);
    const edited = join(f.dir, 'program-edited.csv');
    await writeFile(edited, excelCsv(rows));

    const review = await reviewProgramFile(f.service.store.state, conference(f), edited);
    const byKind = Object.fromEntries(review.changes.map((c) => [c.kinds.join(','), c]));
    expect(Object.keys(byKind).sort()).toEqual(['new', 'status', 'time', 'title']);
    expect(byKind.time?.change).toEqual({ start: 660 });
    expect(byKind.title?.before?.titleRu).toBe('Вода и реки');
    expect(byKind.title?.after.titleRu).toBe('Вода, реки и города');
    expect(byKind.status?.change).toEqual({ status: 'agreed' });
    expect(byKind.new?.after).toMatchObject({ titleRu: 'Молодёжные обмены', day: 2, start: 570, status: 'proposed' });
    expect(review.skipped.map((s) => [s.line, englishText(s.reason as Phrase)])).toEqual([[7, expect.stringMatching(/^Row 7 names an item that is not in this program/)]]);
    expect(f.service.store.state.programItems[ids.opening]?.start).toBe(600); // nothing applied yet

    // Accept the new time, the agreement and the new item; reject the title.
    const accept = new Set(['time', 'status', 'new'].map((k) => byKind[k]?.id ?? ''));
    const command = acceptedImport(review, accept, f.summit, at());
    if (!command) throw new Error('nothing accepted');
    const summaries = await f.run(command);
    expect(summaries).toEqual(['Accept 3 changes from the partner’s program']);
    const ws = f.service.store.state;
    expect(ws.programItems[ids.opening]?.start).toBe(660);
    expect(ws.programItems[ids.farms]?.status).toBe('agreed');
    expect(ws.programItems[ids.water]?.titleRu).toBe('Вода и реки');
    const created = ws.programItems[byKind.new?.id ?? ''];
    expect(created).toMatchObject({ kind: 'roundtable', proposedById: f.urc });
    expect(created?.notes).toContain('Петров П.');

    await f.run({ type: 'history.undo', at: at() });
    expect(f.service.store.state.programItems[ids.opening]?.start).toBe(600);
    expect(f.service.store.state.programItems[ids.farms]?.status).toBe('proposed');
    expect(f.service.store.state.programItems[byKind.new?.id ?? '']).toBeUndefined();
  });

  it('a confirmation the rules refuse is shown as a problem, and a comma-separated copy reads the same', async () => {
    const f = await openProgramFixture();
    const ids = await draft(f);
    const out = join(f.dir, 'program.csv');
    await exportProgram(f.service.store.state, conference(f), 'csv', out, today, now);
    const rows = parseCsv(await readFile(out, 'utf8'), ';');
    const row = rows.find((r) => r[0] === ids.farms);
    if (row) row[(rows[0] ?? []).indexOf('Status / Статус')] = 'Confirmed';
    const comma = rows.map((r) => r.map((c) => (/[,"\r\n]/u.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',')).join('\n');
    const edited = join(f.dir, 'comma.csv');
    await writeFile(edited, comma);
    const review = await reviewProgramFile(f.service.store.state, conference(f), edited);
    expect(review.changes).toHaveLength(1);
    expect(englishText(review.changes[0]?.problem as Phrase)).toMatch(/Only an item agreed by both/);
    await expect(
      f.run({ type: 'program.import', at: at(), conferenceId: f.summit, updates: [{ id: ids.farms, change: review.changes[0]?.change ?? {} }] }),
    ).rejects.toThrow('Only an item agreed by both');
  });
});

describe('the printable program and the calendar', () => {
  it('Markdown: a table per day, Russian and English side by side, pipes escaped', async () => {
    const f = await openProgramFixture();
    await draft(f);
    await f.run({ type: 'conference.setDate', at: at(), id: f.summit, date: fuzzy('1-3 October 2019') });
    const out = join(f.dir, 'program.md');
    await exportProgram(f.service.store.state, conference(f), 'md', out, today, now);
    const md = await readFile(out, 'utf8');
    expect(md).toContain('# US–Russia Sister Cities Summit: программа / US–Russia Sister Cities Summit: program');
    expect(md).toContain('## День 1 — 1 окт. 2019 г. / Day 1 — Oct 1, 2019');
    expect(md).toContain('| 10:00–11:30 | **Пленарное открытие**<br>Пленарное заседание · Main hall<br>Предложено | **Opening plenary**<br>Plenary · Main hall<br>Proposed |');
    expect(md).toContain('**Water \\| rivers**');
    expect(md).toContain('## Пока без времени / Not placed yet');
  });

  it('ICS in Volgograd’s zone, read back by python’s icalendar: tentative while the date is a range, timed at UTC+4 once fixed', async () => {
    const f = await openProgramFixture();
    const ids = await draft(f);
    const read = async (file: string) => {
      const script = [
        'import sys, icalendar',
        'cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())',
        'for e in cal.walk("VEVENT"):',
        '    s = e.decoded("DTSTART")',
        '    print("|".join([str(e["UID"]), s.isoformat(), str(s.tzinfo), e.decoded("DTSTART").astimezone(__import__("datetime").timezone.utc).isoformat(), str(e["STATUS"]), str(e["SUMMARY"])]))',
      ].join('\n');
      const { stdout } = await promisify(execFile)('/usr/bin/python3', ['-c', script, file]);
      return stdout.trim().split('\n');
    };
    const ranged = join(f.dir, 'ranged.ics');
    await exportProgram(f.service.store.state, conference(f), 'ics', ranged, today, now);
    expect(await read(ranged)).toEqual([
      `program-${ids.opening}@liaison|2019-09-21T10:00:00+04:00|Europe/Volgograd|2019-09-21T06:00:00+00:00|TENTATIVE|Opening plenary / Пленарное открытие`,
      `program-${ids.water}@liaison|2019-09-21T14:00:00+04:00|Europe/Volgograd|2019-09-21T10:00:00+00:00|TENTATIVE|Water | rivers / Вода и реки`,
    ]);

    await f.run({ type: 'conference.setDate', at: at(), id: f.summit, date: fuzzy('1-3 October 2019') });
    await f.run({ type: 'program.move', at: at(), id: ids.opening, status: 'agreed' });
    await f.run({ type: 'program.move', at: at(), id: ids.opening, status: 'confirmed' });
    const fixed = join(f.dir, 'fixed.ics');
    await exportProgram(f.service.store.state, conference(f), 'ics', fixed, today, now);
    const text = await readFile(fixed, 'utf8');
    expect(text).toContain('DTSTART;TZID=Europe/Volgograd:20191001T100000');
    expect(text).toContain('TZOFFSETTO:+0400');
    expect((await read(fixed))[0]).toBe(`program-${ids.opening}@liaison|2019-10-01T10:00:00+04:00|Europe/Volgograd|2019-10-01T06:00:00+00:00|CONFIRMED|Opening plenary / Пленарное открытие`);
  });
});
