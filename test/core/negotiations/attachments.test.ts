import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/core/dispatcher/createDispatcher';
import { safeFileName, uniqueFileName } from '../../../electron/core/negotiations/attachmentFiles';
import type { Platform } from '../../../electron/core/platform/Platform';
import { WorkspaceService } from '../../../electron/core/workspace/WorkspaceService';
import { CityInputSchema } from '../../../electron/shared/schemas/city';
import { ConferenceInputSchema } from '../../../electron/shared/schemas/conference';
import { at } from '../../helpers/commands';
import { diskState } from '../../helpers/diskState';
import { tempDir } from '../../helpers/tempDir';

const resourcesDir = fileURLToPath(new URL('../../../resources', import.meta.url));

/** A platform double: answers the open dialog with `chosen`, records what was opened and printed. */
function recordingPlatform() {
  const state = { chosen: [] as string[], opened: [] as string[], printed: 0, savePath: null as string | null };
  const platform: Platform = {
    chooseSavePath: () => Promise.resolve(state.savePath),
    chooseOpenPaths: () => Promise.resolve(state.chosen),
    openPath: (path) => {
      state.opened.push(path);
      return Promise.resolve();
    },
    print: () => {
      state.printed += 1;
      return Promise.resolve();
    },
    printToPdf: () => Promise.reject(new Error('not used here')),
  };
  return { state, platform };
}

let service: WorkspaceService | null = null;
afterEach(async () => {
  await service?.close();
  service = null;
});

async function setup() {
  const dir = await tempDir();
  const outside = await tempDir('liaison-user-files-');
  const { state, platform } = recordingPlatform();
  service = await WorkspaceService.open({ dir, owner: 'app', resourcesDir, platform });
  const kazan = { id: crypto.randomUUID(), ...CityInputSchema.parse({ nameLatin: 'Kazan', nameCyrillic: 'Казань', country: 'RU', zone: 'Europe/Moscow' }) };
  const summit = { id: crypto.randomUUID(), ...ConferenceInputSchema.parse({ name: 'US–Russia Sister Cities Summit' }) };
  await service.commit([{ type: 'sample.open', at: at(), cities: [kazan], organizations: [], partnerships: [], conferences: [summit], contacts: [] }]);
  const candidacy = crypto.randomUUID();
  await service.commit([{ type: 'candidacy.create', at: at(), id: candidacy, data: { conferenceId: summit.id, cityId: kazan.id, contactIds: [], decisionMakerIds: [], notes: '' } }]);
  const dispatch = createDispatcher(service.handlers());
  const call = async <T,>(channel: string, input: unknown): Promise<T> => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };
  return { dir, outside, state, dispatch, call, candidacy, conference: summit.id, s: service };
}

describe('attachments', () => {
  it('names files safely and never over an existing one', () => {
    expect(safeFileName('Offer: Kazan/2019?.pdf')).toBe('Offer_ Kazan_2019_.pdf');
    expect(safeFileName('CON.txt')).toBe('_CON.txt');
    expect(safeFileName('...')).toBe('attachment');
    const taken = new Set(['offer.pdf', 'offer (2).pdf']);
    expect(uniqueFileName('Offer.pdf', taken)).toBe('Offer (3).pdf');
    expect(uniqueFileName('Letter.pdf', taken)).toBe('Letter.pdf');
  });

  it('copies chosen files into the data folder, keeps same-named files apart, and opens them with the system viewer', async () => {
    const { dir, outside, state, call, candidacy } = await setup();
    await mkdir(join(outside, 'b'));
    await writeFile(join(outside, 'Offer letter.pdf'), '%PDF-1 first');
    await writeFile(join(outside, 'b', 'Offer letter.pdf'), '%PDF-1 second');
    state.chosen = [join(outside, 'Offer letter.pdf'), join(outside, 'b', 'Offer letter.pdf')];

    const result = await call<{ names: string[]; ack: { summaries: string[] } | null }>('negotiations:attach', { candidacyId: candidacy });
    expect(result.names).toEqual(['Offer letter.pdf', 'Offer letter.pdf']);
    expect(result.ack?.summaries).toEqual(['Attach Offer letter.pdf, Offer letter.pdf to Kazan']);

    const folder = join(dir, 'attachments', candidacy);
    expect((await readdir(folder)).sort()).toEqual(['Offer letter (2).pdf', 'Offer letter.pdf']);
    expect(await readFile(join(folder, 'Offer letter.pdf'), 'utf8')).toBe('%PDF-1 first');
    expect(await readFile(join(folder, 'Offer letter (2).pdf'), 'utf8')).toBe('%PDF-1 second');
    const disk = await diskState(dir);
    const stored = (disk.candidacies as Record<string, { attachments: { id: string; storedAs: string }[] }>)[candidacy]?.attachments ?? [];
    expect(stored.map((a) => a.storedAs)).toEqual(['Offer letter.pdf', 'Offer letter (2).pdf']);

    // The user's original can go away: the copy is what opens.
    await writeFile(join(outside, 'Offer letter.pdf'), 'changed later');
    await call('negotiations:openAttachment', { candidacyId: candidacy, attachmentId: stored[1]?.id });
    expect(state.opened).toEqual([join(folder, 'Offer letter (2).pdf')]);
  });

  it('does nothing when the dialog is cancelled, and refuses unreadable files without leaving copies', async () => {
    const { dir, outside, state, dispatch, call, candidacy } = await setup();
    state.chosen = [];
    expect(await call('negotiations:attach', { candidacyId: candidacy })).toEqual({ names: [], ack: null });
    await writeFile(join(outside, 'ok.pdf'), 'ok');
    state.chosen = [join(outside, 'ok.pdf'), join(outside, 'missing.pdf')];
    const result = await dispatch('negotiations:attach', { candidacyId: candidacy });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: '“missing.pdf” could not be read (ENOENT); nothing was attached.',
        i18n: { key: 'errors.attachUnreadable', params: { name: 'missing.pdf', code: 'ENOENT' } },
      },
    });
    expect(await readdir(join(dir, 'attachments', candidacy))).toEqual([]);
  });

  it('tells the user when an attached file has gone missing from the data folder', async () => {
    const { dir, outside, state, dispatch, call, candidacy, s } = await setup();
    await writeFile(join(outside, 'plan.pdf'), 'x');
    state.chosen = [join(outside, 'plan.pdf')];
    await call('negotiations:attach', { candidacyId: candidacy });
    const attachment = s.store.state.candidacies[candidacy]?.attachments[0];
    const { unlink } = await import('node:fs/promises');
    await unlink(join(dir, 'attachments', candidacy, 'plan.pdf'));
    const result = await dispatch('negotiations:openAttachment', { candidacyId: candidacy, attachmentId: attachment?.id });
    expect(result.ok ? '' : result.error.message).toMatch(/^“plan\.pdf” is missing from the data folder \(.*\); attach it again\.$/);
    expect(state.opened).toEqual([]);
  });

  it('saves the brief as Markdown where the user chose, and prints through the platform', async () => {
    const { outside, state, call, conference } = await setup();
    state.savePath = join(outside, 'brief.md');
    expect(await call('negotiations:saveBrief', { conferenceId: conference })).toEqual({ path: state.savePath });
    expect(await readFile(state.savePath, 'utf8')).toContain('# Negotiation brief: US–Russia Sister Cities Summit');
    state.savePath = null;
    expect(await call('negotiations:saveBrief', { conferenceId: conference })).toEqual({ path: null });
    await call('negotiations:print', {});
    expect(state.printed).toBe(1);
  });

  it('passes the platform’s refusal on as a sentence where there is no window', async () => {
    const dir = await tempDir();
    service = await WorkspaceService.open({ dir, owner: 'app', resourcesDir });
    const result = await createDispatcher(service.handlers())('negotiations:print', {});
    expect(result).toEqual({ ok: false, error: { code: 'rule', message: 'Printing is only available in the Liaison window.' } });
  });
});
