import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { WorkspaceService } from '../../electron/core/workspace/WorkspaceService';
import { cliIn } from '../helpers/cliIn';
import { tempDir } from '../helpers/tempDir';

const run = promisify(execFile);
const cli = cliIn;

const crlf = (lines: string[]) => `${lines.join('\r\n')}\r\n`;
// A 1x1 PNG and the start of a JPEG, as phones put them in a card.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const BIG_JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(1100 * 1024, 7)]).toString('base64');

describe('contact photos: kept as files in the data folder, shown through the api, written back by vCard exports', () => {
  it('imports an inline photo into photos/, serves it as a data URL, and exports it again; a URL is never loaded, an oversized one is named', async () => {
    const dir = await tempDir();
    const file = join(dir, 'photos.vcf');
    await writeFile(
      file,
      crlf([
        'BEGIN:VCARD', 'VERSION:3.0', 'N:Doe;John;;;', 'FN:John Doe', `PHOTO;ENCODING=b;TYPE=PNG:${PNG}`, 'END:VCARD',
        'BEGIN:VCARD', 'VERSION:4.0', 'FN:Web Photo', 'PHOTO:https://photos.example/w.jpg', 'END:VCARD',
        'BEGIN:VCARD', 'VERSION:3.0', 'N:Big;Bertha;;;', 'FN:Bertha Big', `PHOTO;ENCODING=b;TYPE=JPEG:${BIG_JPEG}`, 'END:VCARD',
      ]),
    );
    const imported = await cli(dir, 'import', file, '--json');
    expect(imported.code).toBe(0);
    const report = JSON.parse(imported.out) as { created: number; notes: string[] };
    expect(report.created).toBe(3);
    expect(report.notes).toEqual([
      'card 2: the photo is a web address, which Liaison never loads; the address is in the note.',
      'card 3: the photo (1100 KB) is larger than the 1 MB Liaison keeps, and was left out.',
    ]);
    const stored = await readdir(join(dir, 'photos'));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/^[0-9a-f-]{36}\.png$/);
    expect((await readFile(join(dir, 'photos', stored[0] ?? ''))).toString('base64')).toBe(PNG);

    const service = await WorkspaceService.open({ dir, owner: 'cli', resourcesDir: '' });
    try {
      const contacts = Object.values(service.store.state.contacts);
      const john = contacts.find((c) => c.family === 'Doe');
      expect(john?.photo).toBe(stored[0]);
      expect(contacts.find((c) => c.family === 'Big')?.photo).toBeNull();
      const handlers = service.handlers();
      expect(await handlers['contacts:photo']({ id: john?.id ?? '' })).toEqual({ dataUrl: `data:image/png;base64,${PNG}` });
      expect(await handlers['contacts:photo']({ id: contacts.find((c) => c.family === 'Big')?.id ?? '' })).toEqual({ dataUrl: null });
    } finally {
      await service.close();
    }

    // vCard 3.0: python3-vobject reads the picture's bytes back from the card (ENCODING=b).
    const v3 = join(dir, 'v3.vcf');
    expect((await cli(dir, 'export', 'contacts', '--format', 'vcard3', '--search', 'Doe', '--out', v3)).code).toBe(0);
    const script = `
import base64, sys, vobject
card = next(vobject.readComponents(open(sys.argv[1], encoding='utf-8').read()))
print(base64.b64encode(card.photo.value).decode())
`;
    expect((await run('/usr/bin/python3', ['-c', script, v3])).stdout.trim()).toBe(PNG);
    // vCard 4.0 writes RFC 6350's data: URI, which vobject (a 3.0 reader) cuts at its comma; ical.js reads it whole.
    const v4 = join(dir, 'v4.vcf');
    expect((await cli(dir, 'export', 'contacts', '--format', 'vcard4', '--search', 'Doe', '--out', v4)).code).toBe(0);
    const card = new ICAL.Component(ICAL.parse(await readFile(v4, 'utf8')) as unknown[]);
    expect(card.getFirstPropertyValue('photo')).toBe(`data:image/png;base64,${PNG}`);
  });
});
