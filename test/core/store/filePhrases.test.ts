import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toFailure } from '../../../electron/core/dispatcher/toFailure';
import { compactionFailure } from '../../../electron/core/store/CompactionFailure';
import { DamagedFileError } from '../../../electron/core/store/DamagedFileError';
import { DurableJsonAdapter } from '../../../electron/core/store/DurableJsonAdapter';
import { describeRecovery, loadWorkspaceFile, recoveryPhrase } from '../../../electron/core/store/loadWorkspaceFile';
import { nodeFsOps } from '../../../electron/core/store/nodeFsOps';
import { WorkspaceLockedError } from '../../../electron/core/store/WorkspaceLockedError';
import { englishText, phraseText, type TranslateFn } from '../../../electron/shared/i18n/Phrase';
import { ru } from '../../../electron/shared/i18n/ru';
import { translate } from '../../../electron/shared/i18n/translate';
import { damagedShapes } from './damagedShapes';
import { useTempDirs } from './fsTestKit';

const tempDir = useTempDirs();
const russian: TranslateFn = (key, params) => translate(ru, 'ru', key, params);

describe('what the store says about its files, as phrases', () => {
  it.each(damagedShapes)('gives a damaged file’s reason ($name) as a phrase whose English is the reason, and Russian', async ({ bytes, reason }) => {
    const path = join(tempDir('phrases'), 'liaison.json');
    writeFileSync(path, bytes);
    const error = await new DurableJsonAdapter(nodeFsOps, path).read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DamagedFileError);
    const damaged = error as DamagedFileError;
    expect(englishText(damaged.reasonPhrase)).toBe(reason);
    const inRussian = phraseText(russian, damaged.reasonPhrase, 'ru');
    expect(inRussian).not.toBeNull();
    expect(inRussian).not.toBe(reason);
  });

  it('says the recovery in Russian, with the damage, the new place and the backup’s time, and keeps the English', async () => {
    const dir = tempDir('phrases');
    writeFileSync(join(dir, 'liaison.json'), '');
    const backups = join(dir, 'backups');
    mkdirSync(backups);
    writeFileSync(join(backups, 'liaison-20261128-160000-hourly.json'), '{"schemaVersion":1,"seq":0}');
    const { report } = await loadWorkspaceFile(nodeFsOps, dir, new Date('2026-11-28T17:02:12Z'));
    const said = recoveryPhrase(report, 'UTC');
    expect(said).not.toBeNull();
    if (!said) return;
    const movedTo = join(dir, 'damaged', 'liaison-20261128-170212.json');
    expect(englishText(said)).toBe(describeRecovery(report, 'UTC'));
    expect(englishText(said)).toBe(`liaison.json was damaged (the file is empty); it was moved to ${movedTo} and the backup from 28 Nov 2026 16:00 was loaded.`);
    expect(phraseText(russian, said, 'ru')).toBe(
      `Файл liaison.json повреждён (файл пуст); он перемещён в ${movedTo}, загружена резервная копия от 28 ноября 2026 г., 16:00.`,
    );
  });

  it('says a failed compaction in Russian, its English the message kept on disk', () => {
    const failure = compactionFailure(Object.assign(new Error('no space'), { code: 'ENOSPC' }), new Date('2026-11-28T10:00:00Z'));
    expect(failure.message).toBe(
      'The journal could not be folded into liaison.json: the disk is full. Nothing is lost: every saved change is still in the journal, and Liaison tries again after the next changes and at quit.',
    );
    expect(failure.i18n && englishText(failure.i18n)).toBe(failure.message);
    expect(failure.i18n && phraseText(russian, failure.i18n, 'ru')).toMatch(/^Журнал не удалось перенести в liaison.json: диск заполнен. Ничего не потеряно/);
    const odd = compactionFailure(new Error('Something odd.'), new Date());
    expect(odd.message).toMatch(/^The journal could not be folded into liaison.json: Something odd\. Nothing is lost/);
  });

  it('names the other Liaison holding the workspace in Russian too, and sends the phrase with the locked failure', () => {
    const now = new Date(2026, 10, 28, 18, 0);
    const error = new WorkspaceLockedError({ pid: 4242, host: 'office-desktop', startedAt: new Date(2026, 10, 27, 9, 5).toISOString(), owner: 'app' }, { kind: 'unknown' }, now);
    expect(error.message).toBe('Liaison is already open on this workspace (the app on office-desktop, process 4242, since 27 Nov 2026 09:05). Close it first.');
    expect(phraseText(russian, error.phrase, 'ru')).toBe('Liaison уже открыт в этой рабочей области (приложение на office-desktop, процесс 4242, с 27 ноября 2026 г., 09:05). Сначала закройте его.');
    expect(toFailure(error)).toEqual({ code: 'locked', message: error.message, i18n: error.phrase });
  });
});
