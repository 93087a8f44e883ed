import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportContacts } from '../../../electron/core/export/exportContacts';
import { nodeFsOps } from '../../../electron/core/store/nodeFsOps';
import { writeFileDurable } from '../../../electron/core/store/writeFileDurable';
import { tempDir } from '../../helpers/tempDir';
import { addContact, transferWorkspace } from './transferFixtures';

describe('exportContacts streams in chunks and lets the event loop turn between them', () => {
  it('a long export arrives in several chunks, other work runs between them, and the durable file holds them all', async () => {
    const ws = transferWorkspace();
    const contacts = Array.from({ length: 4500 }, (_v, i) =>
      addContact(ws, { family: `Фамилия${i}`, given: 'Иван', emails: [{ value: `user${i}@example.org` }], phones: [{ value: '+7 900 000 00 00' }] }),
    );
    for (const format of ['csv', 'vcard3'] as const) {
      let turns = 0;
      let ticking = true;
      const tick = () => {
        turns++;
        if (ticking) setImmediate(tick);
      };
      setImmediate(tick);
      const chunks: Buffer[] = [];
      let turnsBetweenChunks = 0;
      let last = turns;
      for await (const chunk of exportContacts(contacts, ws, format)) {
        if (chunks.length > 0 && turns > last) turnsBetweenChunks++;
        last = turns;
        chunks.push(chunk);
      }
      ticking = false;
      expect(chunks.length, format).toBeGreaterThanOrEqual(3);
      expect(turnsBetweenChunks, format).toBeGreaterThanOrEqual(chunks.length - 2);
      const dir = await tempDir();
      const path = join(dir, `out.${format}`);
      await writeFileDurable(nodeFsOps, path, exportContacts(contacts, ws, format));
      expect((await readFile(path)).equals(Buffer.concat(chunks))).toBe(true);
    }
  });
});
