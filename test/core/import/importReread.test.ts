// The import dialog's encoding picker and header question, through the real handlers on a temp
// folder: the file is read again with the user's answer, and the import applies that reading.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/core/dispatcher/createDispatcher';
import { headlessPlatform } from '../../../electron/core/platform/Platform';
import { WorkspaceService } from '../../../electron/core/workspace/WorkspaceService';
import type { ChannelName, OutputOf } from '../../../electron/shared/contract';
import { diskState } from '../../helpers/diskState';
import { tempDir } from '../../helpers/tempDir';

const resourcesDir = fileURLToPath(new URL('../../../resources', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/contacts/programs/${name}`, import.meta.url));

async function open(file: string) {
  const dir = await tempDir();
  const platform = { ...headlessPlatform, chooseOpenPaths: () => Promise.resolve([file]) };
  const service = await WorkspaceService.open({ dir, owner: 'app', resourcesDir, platform });
  const dispatch = createDispatcher(service.handlers(), (error) => {
    throw error;
  });
  const call = async <C extends ChannelName>(channel: C, input: unknown = {}) => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as OutputOf<C>;
  };
  return { dir, call };
}

describe('import:reread', () => {
  it('reads the file in the chosen encoding; preview and import use that reading', async () => {
    const { dir, call } = await open(fixture('koi8r.csv'));
    const opened = await call('import:choose');
    if (!opened.opened) throw new Error('not opened');
    expect(opened).toMatchObject({ encoding: 'KOI8-R', encodingLabel: 'koi8-r', encodingChosen: false });
    expect(opened.csv?.headers).toEqual(['Фамилия', 'Имя', 'Телефон', 'Эл. почта']);

    const wrong = await call('import:reread', { sessionId: opened.sessionId, encoding: 'windows-1251' });
    expect(wrong).toMatchObject({ encoding: 'Windows-1251', encodingChosen: true });
    expect(wrong.csv?.headers).not.toContain('Фамилия');
    const right = await call('import:reread', { sessionId: opened.sessionId, encoding: 'koi8-r' });
    expect(right.csv?.headers).toContain('Фамилия');
    const preview = await call('import:preview', { sessionId: opened.sessionId, targets: right.csv?.targets });
    expect(preview.rows.map((r) => r.name)).toEqual(['Васильев Николай', 'Григорьева Татьяна']);
    await call('import:apply', { sessionId: opened.sessionId, targets: right.csv?.targets });
    const families = Object.values((await diskState(dir)).contacts).map((c) => (c as { family: string }).family);
    expect(families.sort()).toEqual(['Васильев', 'Григорьева']);
  });

  it('reads a headerless file with its first row as a header when the user says so, and back', async () => {
    const { call } = await open(fixture('thunderbird-headerless.csv'));
    const opened = await call('import:choose');
    if (!opened.opened) throw new Error('not opened');
    expect(opened).toMatchObject({ recordCount: 2, csv: { hasHeader: false, firstRowLooksLikeData: true } });
    const asHeader = await call('import:reread', { sessionId: opened.sessionId, header: true });
    expect(asHeader).toMatchObject({ recordCount: 1, csv: { hasHeader: true } });
    const back = await call('import:reread', { sessionId: opened.sessionId, header: false });
    expect(back.recordCount).toBe(2);
  });

  it('refuses an encoding it does not know', async () => {
    const { call } = await open(fixture('koi8r.csv'));
    const opened = await call('import:choose');
    if (!opened.opened) throw new Error('not opened');
    await expect(call('import:reread', { sessionId: opened.sessionId, encoding: 'klingon' })).rejects.toThrow('“klingon” is not an encoding Liaison can read; choose one from the list.');
  });
});
