import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../../electron/core/csv/parseCsv';
import { buildSampleCommand } from '../../../electron/core/sample/buildSampleCommand';
import { Store } from '../../../electron/core/store/Store';
import { WorkspaceService } from '../../../electron/core/workspace/WorkspaceService';
import { CommandSchema } from '../../../electron/shared/commands/commandSchemas';
import { tempDir } from '../../helpers/tempDir';

const csv = await readFile(new URL('../../../resources/sample/us-russia-sister-cities.csv', import.meta.url), 'utf8');

describe('sample workspace', () => {
  it('ships the shared data file unchanged', async () => {
    const shared = await readFile(new URL('../../../../shared/data/us-russia-sister-cities.csv', import.meta.url), 'utf8').catch(() => null);
    if (shared !== null) expect(csv).toBe(shared);
    expect(parseCsvRecords(csv)).toHaveLength(70);
  });

  it('builds every pair, each city once, and the two conferences of the story', () => {
    const cmd = CommandSchema.parse(buildSampleCommand(csv, '2026-11-28T10:00:00.000Z'));
    if (cmd.type !== 'sample.open') throw new Error('wrong command');
    expect(cmd.partnerships).toHaveLength(70);
    const saratov = cmd.cities.filter((c) => c.nameLatin === 'Saratov');
    expect(saratov).toHaveLength(1);
    expect(saratov[0]?.zone).toBe('Europe/Saratov');
    const summit = cmd.conferences.find((c) => c.name.includes('Summit'));
    expect(summit?.date).toMatchObject({ earliest: '2027-09-21', latest: '2027-10-10', label: 'late September or early October 2027' });
    expect(summit?.cityId).toBeNull();
    const rivers = cmd.conferences.find((c) => c.name.includes('Great Rivers'));
    const volgograd = cmd.cities.find((c) => c.nameCyrillic === 'Волгоград');
    expect(rivers?.date).toMatchObject({ earliest: '2028-01-01', latest: '2028-12-31', uncertain: true });
    expect(rivers?.tentativeCityIds).toEqual([volgograd?.id]);
    expect(cmd.contacts.every((c) => c.tags.includes('example'))).toBe(true);
  });

  it('tells the story dated from the day it opens: three candidates at different stages, steps due this week and one overdue', () => {
    const cmd = buildSampleCommand(csv, '2026-11-28T10:00:00.000Z');
    const cityName = (id: string) => cmd.cities.find((c) => c.id === id)?.nameLatin;
    expect(cmd.candidacies?.map((c) => [cityName(c.cityId), c.stage, Object.keys(c.ratings).length])).toEqual([
      ['Nizhny Novgorod', 'site-visit', 6],
      ['Samara', 'interested', 2],
      ['Saratov', 'withdrawn', 1],
    ]);
    expect(cmd.candidacies?.[2]?.stageReason).toMatch(/budget/);
    const due = cmd.interactions?.flatMap((i) => (i.nextStep ? [i.nextStep.due] : [])).sort();
    expect(due).toEqual(['2026-11-25', '2026-11-30', '2026-12-02', '2026-12-10']);
    const rivers = cmd.conferences.find((c) => c.name.includes('Great Rivers'));
    expect(cmd.participants?.every((p) => p.conferenceId === rivers?.id && p.partnershipId !== null)).toBe(true);
    expect(new Set(cmd.participants?.map((p) => p.stage)).size).toBe(5);
    expect(cmd.milestones?.filter((m) => m.conferenceId === rivers?.id).map((m) => m.status)).toEqual(['done', 'in-progress', 'planned']);
    // Every example contact has both scripts or is a US name, and is linked to a real partnership.
    const linked = cmd.contacts.filter((c) => c.partnershipIds.length > 0);
    expect(linked.length).toBeGreaterThanOrEqual(8);
    expect(cmd.contacts.filter((c) => /[А-Я]/u.test(c.family)).every((c) => c.familyLatin !== '')).toBe(true);
    // A year later the same story moves with it.
    const later = buildSampleCommand(csv, '2027-11-28T10:00:00.000Z');
    expect(later.conferences[0]?.date?.earliest).toBe('2028-09-21');
  });

  it('tells the same story in Russian when the window is in Russian, with the same dates, and keeps it on disk', async () => {
    const en = buildSampleCommand(csv, '2026-11-28T10:00:00.000Z', () => 'id', 'en');
    const ru = buildSampleCommand(csv, '2026-11-28T10:00:00.000Z', () => 'id', 'ru');
    const dates = (cmd: typeof en) => [
      ...cmd.conferences.map((c) => [c.date?.earliest, c.date?.latest, c.date?.precision, c.date?.uncertain]),
      ...(cmd.milestones ?? []).map((m) => (m.schedule.kind === 'absolute' ? [m.schedule.date.earliest, m.schedule.date.latest, m.schedule.date.precision] : [m.schedule.daysBefore])),
      ...(cmd.candidacies ?? []).map((c) => [c.offer.proposedDates?.value.earliest, c.offer.proposedDates?.value.latest]),
    ];
    expect(dates(ru)).toEqual(dates(en));
    expect(ru.conferences[0]?.date?.label).toBe('конец сентября или начало октября 2027');
    const steps = (ru.interactions ?? []).flatMap((i) => (i.nextStep ? [i.nextStep.text] : []));
    expect(steps).toContain('Запросить у Самары цены гостиниц и местное финансирование');
    // Every text the story writes is Russian (names of people, organisations and conferences aside).
    const written = [...(ru.milestones ?? []).map((m) => m.title), ...(ru.tasks ?? []).map((t) => t.title), ...steps, ...ru.contacts.map((c) => c.title)];
    expect(written.filter((text) => !/[а-яё]/iu.test(text))).toEqual([]);
    // The timeline's label column shows 26 characters.
    expect([...(ru.milestones ?? []), ...(ru.tasks ?? [])].filter((m) => m.title.length > 26)).toEqual([]);

    const dir = await tempDir();
    const service = await WorkspaceService.open({ dir, owner: 'app', resourcesDir: new URL('../../../resources', import.meta.url).pathname });
    await service.store.updateSettings({ locale: 'ru' });
    await service.openSample();
    await service.close();
    const reopened = await Store.open({ dir, owner: 'cli', readOnly: true });
    const texts = Object.values(reopened.state.interactions).flatMap((i) => (i.nextStep ? [i.nextStep.text] : []));
    expect(texts).toContain('Отправить Нижнему Новгороду программу визита на место');
  });

  it('opens as one undoable step with every sample contact marked as an example', async () => {
    const dir = await tempDir();
    const store = await Store.open({ dir, owner: 'app' });
    await store.commit([buildSampleCommand(csv, '2026-11-28T10:00:00.000Z')]);
    const contacts = Object.values(store.state.contacts);
    expect(contacts.length).toBeGreaterThan(0);
    expect(contacts.every((c) => c.example === true)).toBe(true);
    expect(Object.values(store.state.candidacies).every((c) => c.example === true)).toBe(true);
    expect(Object.keys(store.state.partnerships)).toHaveLength(70);
    await store.commit([{ type: 'history.undo', at: '2026-11-28T10:01:00.000Z' }]);
    expect(Object.keys(store.state.cities)).toHaveLength(0);
    await store.close();
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes, line breaks and a BOM', () => {
    const rows = parseCsvRecords('\ufeffname,note\r\n"Smith, J.","He said ""hi""\nthen left"\r\nИванов,\r\n');
    expect(rows).toEqual([
      { name: 'Smith, J.', note: 'He said "hi"\nthen left' },
      { name: 'Иванов', note: '' },
    ]);
  });
});
