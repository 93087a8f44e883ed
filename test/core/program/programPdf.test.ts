import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/core/dispatcher/createDispatcher';
import type { Platform } from '../../../electron/core/platform/Platform';
import { WorkspaceService } from '../../../electron/core/workspace/WorkspaceService';
import { ConferenceInputSchema } from '../../../electron/shared/schemas/conference';
import { at } from '../../helpers/commands';
import { tempDir } from '../../helpers/tempDir';

const resourcesDir = fileURLToPath(new URL('../../../resources', import.meta.url));
let service: WorkspaceService | null = null;
afterEach(async () => {
  await service?.close();
  service = null;
});

/** A desktop whose save dialog answers `savePath` and whose window prints to `pdf` (or fails). */
async function open(savePath: string | null, pdf: Uint8Array | Error) {
  const platform: Platform = {
    chooseSavePath: () => Promise.resolve(savePath),
    chooseOpenPaths: () => Promise.resolve([]),
    openPath: () => Promise.resolve(),
    print: () => Promise.resolve(),
    printToPdf: () => (pdf instanceof Error ? Promise.reject(pdf) : Promise.resolve(pdf)),
  };
  service = await WorkspaceService.open({ dir: await tempDir(), owner: 'app', resourcesDir, platform });
  const summit = { id: crypto.randomUUID(), ...ConferenceInputSchema.parse({ name: 'US–Russia Sister Cities Summit' }) };
  await service.commit([{ type: 'sample.open', at: at(), cities: [], organizations: [], partnerships: [], conferences: [summit], contacts: [] }]);
  return { dispatch: createDispatcher(service.handlers()), conferenceId: summit.id };
}

describe('saving the printable program as a PDF', () => {
  it('writes what the window printed where the user chose', async () => {
    const folder = await tempDir('liaison-user-files-');
    const path = join(folder, 'summit program.pdf');
    const pdf = new TextEncoder().encode('%PDF-1.7\n% the print layout\n%%EOF\n');
    const { dispatch, conferenceId } = await open(path, pdf);
    expect(await dispatch('program:savePdf', { conferenceId })).toEqual({ ok: true, value: { path } });
    expect(new Uint8Array(await readFile(path))).toEqual(pdf);
  });

  it('writes nothing when the dialog is cancelled, and says why when printing fails', async () => {
    const folder = await tempDir('liaison-user-files-');
    const cancelled = await open(null, new Uint8Array([37]));
    expect(await cancelled.dispatch('program:savePdf', { conferenceId: cancelled.conferenceId })).toEqual({ ok: true, value: { path: null } });
    await service?.close();
    const failing = await open(join(folder, 'program.pdf'), new Error('Saving as PDF failed: renderer gone'));
    const result = await failing.dispatch('program:savePdf', { conferenceId: failing.conferenceId });
    expect(result.ok === false && result.error.message).toBe('Saving as PDF failed: renderer gone');
    expect(await readdir(folder)).toEqual([]);
  });
});
