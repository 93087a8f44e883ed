import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../../electron/core/csv/parseCsv';
import { buildSampleCommand } from '../../../electron/core/sample/buildSampleCommand';
import { Store } from '../../../electron/core/store/Store';
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
    expect(summit?.date).toMatchObject({ earliest: '2019-09-21', latest: '2019-10-10' });
    expect(summit?.cityId).toBeNull();
    const rivers = cmd.conferences.find((c) => c.name.includes('Great Rivers'));
    const volgograd = cmd.cities.find((c) => c.nameCyrillic === 'Волгоград');
    expect(rivers?.date).toMatchObject({ earliest: '2020-01-01', latest: '2020-12-31', uncertain: true });
    expect(rivers?.tentativeCityIds).toEqual([volgograd?.id]);
    expect(cmd.contacts.every((c) => c.tags.includes('example'))).toBe(true);
  });

  it('opens as one undoable step with every sample contact marked as an example', async () => {
    const dir = await tempDir();
    const store = await Store.open({ dir, owner: 'app' });
    await store.commit([buildSampleCommand(csv, '2026-11-28T10:00:00.000Z')]);
    const contacts = Object.values(store.state.contacts);
    expect(contacts.length).toBeGreaterThan(0);
    expect(contacts.every((c) => c.example === true)).toBe(true);
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
