import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/core/dispatcher/createDispatcher';
import { buildSampleCommand } from '../../../electron/core/sample/buildSampleCommand';
import { Store } from '../../../electron/core/store/Store';
import { WorkspaceService } from '../../../electron/core/workspace/WorkspaceService';
import { ContactInputSchema } from '../../../electron/shared/schemas/contact';
import { tempDir } from '../../helpers/tempDir';

const resourcesDir = join(import.meta.dirname, '../../../resources');
const csv = await readFile(join(resourcesDir, 'sample/us-russia-sister-cities.csv'), 'utf8');
const refusal = 'The sample can only be opened in an empty workspace; this one already has contacts or cities.';

describe('the sample opens only in an empty workspace, whoever sends it', () => {
  it('refuses sample.open sent by the window through commands:run into a workspace with a contact, and changes nothing on disk', async () => {
    const dir = await tempDir();
    const service = await WorkspaceService.open({ dir, owner: 'app', resourcesDir });
    const dispatch = createDispatcher(service.handlers());
    await service.commit([{ type: 'contact.create', at: new Date().toISOString(), id: crypto.randomUUID(), data: ContactInputSchema.parse({ family: 'Collins', given: 'Jennifer' }) }]);
    const seq = service.store.state.seq;
    const result = await dispatch('commands:run', { commands: [buildSampleCommand(csv, new Date().toISOString())] });
    expect(result).toMatchObject({ ok: false, error: { code: 'rule', message: refusal } });
    expect(service.store.state.seq).toBe(seq);
    expect(Object.keys(service.store.state.cities)).toEqual([]);
    await service.close();
    // Read back from disk: one contact, no sample records.
    const reopened = await Store.open({ dir, owner: 'cli', readOnly: true });
    expect(Object.values(reopened.state.contacts).map((c) => c.family)).toEqual(['Collins']);
    expect(Object.keys(reopened.state.cities)).toHaveLength(0);
    expect(Object.keys(reopened.state.partnerships)).toHaveLength(0);
  });

  it('refuses it in a workspace that has only cities, and opens it in an empty one', async () => {
    const dir = await tempDir();
    const store = await Store.open({ dir, owner: 'cli' });
    await store.commit([buildSampleCommand(csv, new Date().toISOString())]);
    expect(Object.keys(store.state.partnerships)).toHaveLength(70);
    await expect(store.commit([buildSampleCommand(csv, new Date().toISOString())])).rejects.toThrow(refusal);
    expect(Object.keys(store.state.partnerships)).toHaveLength(70);
    await store.close();
  });
});
