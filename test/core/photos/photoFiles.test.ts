import { mkdir, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/core/dispatcher/createDispatcher';
import type { Platform } from '../../../electron/core/platform/Platform';
import { headlessPlatform } from '../../../electron/core/platform/Platform';
import { WorkspaceService } from '../../../electron/core/workspace/WorkspaceService';
import type { ChannelName, OutputOf } from '../../../electron/shared/contract';
import { blankContactData } from '../../../electron/shared/schemas/contact';
import { HISTORY_DEPTH } from '../../../electron/shared/schemas/workspace';
import { cliIn } from '../../helpers/cliIn';
import { at, createContact } from '../../helpers/commands';
import { tempDir } from '../../helpers/tempDir';

const resourcesDir = fileURLToPath(new URL('../../../resources', import.meta.url));
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const JPEG_START = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);
const photos = async (dir: string) => (await readdir(join(dir, 'photos')).catch(() => [])).sort();

/** A platform whose open dialog answers `pick()`; shrinkImage as given (absent: nothing can draw). */
function platformChoosing(pick: () => string, shrinkImage?: Platform['shrinkImage']): Platform {
  return { ...headlessPlatform, chooseOpenPaths: () => Promise.resolve([pick()]), ...(shrinkImage ? { shrinkImage } : {}) };
}

async function open(dir: string, platform: Platform = headlessPlatform) {
  const service = await WorkspaceService.open({ dir, owner: 'app', resourcesDir, platform });
  const dispatch = createDispatcher(service.handlers(), (error) => {
    throw error;
  });
  const call = async <C extends ChannelName>(channel: C, input: unknown = {}): Promise<OutputOf<C>> => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as OutputOf<C>;
  };
  return { service, call };
}

describe('choosing a contact’s photo: through main, into photos/, checked', () => {
  it('copies a picture into photos/ under a new name (smaller where the platform can draw) and refuses what is no picture or too large, with a sentence', async () => {
    const dir = await tempDir();
    let path = join(dir, 'me.png');
    await writeFile(path, PNG);
    const smaller = Buffer.concat([JPEG_START, Buffer.alloc(100, 1)]);
    const shrinks: number[] = [];
    const { service, call } = await open(dir, platformChoosing(() => path, (bytes, side) => (shrinks.push(side), Promise.resolve(bytes.length > 1000 ? smaller : null))));
    try {
      const chosen = await call('contacts:choosePhoto');
      expect(chosen.photo?.file).toMatch(/^[0-9a-f-]{36}\.png$/);
      expect(await readFile(join(dir, 'photos', chosen.photo?.file ?? ''))).toEqual(PNG);
      expect(chosen.photo?.dataUrl).toBe(`data:image/png;base64,${PNG.toString('base64')}`);

      // A large picture is drawn again, smaller, and kept as the platform drew it.
      path = join(dir, 'big.png');
      await writeFile(path, Buffer.concat([PNG, Buffer.alloc(5000, 2)]));
      const drawn = await call('contacts:choosePhoto');
      expect(drawn.photo?.file).toMatch(/\.jpg$/);
      expect(await readFile(join(dir, 'photos', drawn.photo?.file ?? ''))).toEqual(smaller);
      expect(shrinks).toEqual([512, 512]);

      path = join(dir, 'notes.txt');
      await writeFile(path, '<script>alert(1)</script>');
      await expect(call('contacts:choosePhoto')).rejects.toThrow('“notes.txt” is not a picture Liaison can keep: choose a JPEG, PNG, GIF or WebP photo. The contact’s photo is unchanged.');
      path = join(dir, 'huge.jpg');
      await writeFile(path, JPEG_START);
      await truncate(path, 30 * 1024 * 1024);
      await expect(call('contacts:choosePhoto')).rejects.toThrow('“huge.jpg” is 30 MB, too large for a photo: choose a picture under 25 MB.');
      path = join(dir, 'gone.jpg');
      await expect(call('contacts:choosePhoto')).rejects.toThrow('“gone.jpg” could not be read.');
      expect(await photos(dir)).toEqual([chosen.photo?.file, drawn.photo?.file].sort());
    } finally {
      await service.close();
    }
  });

  it('keeps a picture as it came where nothing can draw, within 1 MB, and says so beyond', async () => {
    const dir = await tempDir();
    const path = join(dir, 'camera.jpg');
    await writeFile(path, Buffer.concat([JPEG_START, Buffer.alloc(1200 * 1024, 3)]));
    const { service, call } = await open(dir, platformChoosing(() => path));
    try {
      await expect(call('contacts:choosePhoto')).rejects.toThrow('“camera.jpg” is 1.2 MB, and Liaison keeps photos of at most 1 MB: choose a smaller picture (a JPEG or PNG is made smaller for you).');
      expect(await photos(dir)).toEqual([]);
    } finally {
      await service.close();
    }
  });
});

describe('photo files never leak, and one that can still be named is never deleted', () => {
  it('keeps a replaced or removed photo while undo can bring it back, brings it back, and sweeps what nothing names at the next start', async () => {
    const dir = await tempDir();
    const source = join(dir, 'me.png');
    await writeFile(source, PNG);
    let { service, call } = await open(dir, platformChoosing(() => source));
    const id = crypto.randomUUID();
    const first = (await call('contacts:choosePhoto')).photo?.file ?? '';
    const second = (await call('contacts:choosePhoto')).photo?.file ?? '';
    // Chosen in a form that was then cancelled: nothing names it.
    const cancelled = (await call('contacts:choosePhoto')).photo?.file ?? '';
    await service.commit([createContact({ family: 'Doe', given: 'John', photo: first }, id)]);
    const data = { ...service.store.state.contacts[id] };
    await service.commit([{ type: 'contact.update', at: at(), id, data: { ...blankContactData(), family: 'Doe', given: 'John', photo: second } }]);
    await service.commit([{ type: 'contact.update', at: at(), id, data: { ...blankContactData(), family: 'Doe', given: 'John', photo: null } }]);
    await call('history:undo');
    expect(service.store.state.contacts[id]?.photo).toBe(second);
    await service.close();
    expect(data.photo).toBe(first);

    ({ service, call } = await open(dir));
    try {
      // Undo reaches both earlier photos, so both stay; the cancelled one is gone.
      expect(await photos(dir)).toEqual([first, second].sort());
      expect(await photos(dir)).not.toContain(cancelled);
      await call('history:undo');
      expect(service.store.state.contacts[id]?.photo).toBe(first);
      expect((await call('contacts:photo', { id })).dataUrl).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
    } finally {
      await service.close();
    }
  });

  it('sweeps the photos of a failed import and of an undone one once redo is gone, and a purged contact’s once undo no longer reaches the purge', async () => {
    const dir = await tempDir();
    const vcf = join(dir, 'photos.vcf');
    const card = (name: string) => ['BEGIN:VCARD', 'VERSION:3.0', `N:${name};Anna;;;`, `PHOTO;ENCODING=b;TYPE=PNG:${PNG.toString('base64')}`, 'END:VCARD'];
    await writeFile(vcf, [...card('Undone'), ...card('Kept')].join('\r\n'));
    expect((await cliIn(dir, 'import', vcf)).code).toBe(0);
    const imported = await photos(dir);
    expect(imported).toHaveLength(2);
    // What a failed import leaves: its photos written, the command that names them never committed.
    await mkdir(join(dir, 'photos'), { recursive: true });
    const failed = `${crypto.randomUUID()}.png`;
    await writeFile(join(dir, 'photos', failed), PNG);
    await writeFile(join(dir, 'photos', `${crypto.randomUUID()}.png.4242.00ff00ff00ff.tmp`), PNG.subarray(0, 8));
    // Not Liaison's name: never touched.
    await writeFile(join(dir, 'photos', 'README.txt'), 'mine');

    expect((await cliIn(dir, 'undo')).code).toBe(0);
    expect(await photos(dir)).toEqual([...imported, 'README.txt'].sort());
    // Redo could still bring the import back: its photos stay.
    let { service } = await open(dir);
    expect(await photos(dir)).toEqual([...imported, 'README.txt'].sort());
    // A new change clears redo; nothing names the import's photos any more.
    const id = crypto.randomUUID();
    await service.commit([createContact({ family: 'Kept', given: 'Anna', photo: imported[0] }, id)]);
    await service.close();
    ({ service } = await open(dir));
    expect(await photos(dir)).toEqual([imported[0], 'README.txt'].sort());

    // Purged from the Trash: undo of the purge still needs the photo, until it falls off history.
    await service.commit([{ type: 'contact.delete', at: at(), ids: [id] }]);
    await service.commit([{ type: 'contact.purge', at: at(), ids: [id], expired: false }]);
    await service.close();
    ({ service } = await open(dir));
    expect(await photos(dir)).toEqual([imported[0], 'README.txt'].sort());
    const other = crypto.randomUUID();
    await service.commit([createContact({ family: 'Other' }, other)]);
    for (let i = 0; i < HISTORY_DEPTH; i++) await service.commit([{ type: 'contact.update', at: at(), id: other, data: { ...blankContactData(), family: 'Other', notes: String(i) } }]);
    await service.close();
    ({ service } = await open(dir));
    await service.close();
    expect(await photos(dir)).toEqual(['README.txt']);
  });
});
