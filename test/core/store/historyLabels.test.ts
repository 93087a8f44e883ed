import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toFailure } from '../../../electron/core/dispatcher/toFailure';
import { NotSavedError } from '../../../electron/core/store/NotSavedError';
import { phraseText } from '../../../electron/shared/i18n/Phrase';
import { ru } from '../../../electron/shared/i18n/ru';
import { translate } from '../../../electron/shared/i18n/translate';
import { HistoryEntrySchema } from '../../../electron/shared/schemas/workspace';
import { at, createContact } from '../../helpers/commands';
import { diskState } from '../../helpers/diskState';
import { openServiceFixture, type ServiceFixture } from '../../helpers/serviceFixture';

let open: ServiceFixture[] = [];
afterEach(async () => {
  await Promise.all(open.map((f) => f.service.close().catch(() => undefined)));
  open = [];
});

async function fixture(): Promise<ServiceFixture> {
  const f = await openServiceFixture();
  open.push(f);
  return f;
}

describe('undo summaries in no language yet', () => {
  it('are acknowledged and kept as phrases beside the English, and survive a restart', async () => {
    const f = await fixture();
    const cmd = createContact({ family: 'Петров', given: 'Иван' });
    const ack = await f.service.commit([cmd]);
    expect(ack.summaries).toEqual(['Add contact Петров Иван']);
    expect(ack.labels).toEqual([{ key: 'summary.contactAdded', params: { name: 'Петров Иван' } }]);
    expect(f.service.historyStatus()).toMatchObject({ undo: 'Add contact Петров Иван', undoLabel: { key: 'summary.contactAdded' }, redoLabel: null });

    await f.service.close();
    // Read from the bytes on disk and checked against the schema a later start validates with.
    const history = z.object({ undo: z.array(HistoryEntrySchema) }).parse((await diskState(f.dir)).history);
    expect(history.undo.at(-1)).toMatchObject({ summary: 'Add contact Петров Иван', label: { key: 'summary.contactAdded', params: { name: 'Петров Иван' } } });
  });

  it('follow the step through undo and redo', async () => {
    const f = await fixture();
    const cmd = createContact({ family: 'Smith', given: 'John' });
    await f.service.commit([cmd]);
    const undone = await f.service.commit([{ type: 'history.undo', at: at() }]);
    expect(undone).toMatchObject({ summaries: ['Add contact John Smith'], labels: [{ key: 'summary.contactAdded' }] });
    expect(f.service.historyStatus()).toMatchObject({ undo: null, redo: 'Add contact John Smith', redoLabel: { key: 'summary.contactAdded' } });
  });

  it('refusals reach the renderer as a Failure with a phrase, and the English stays in message', async () => {
    const f = await fixture();
    const result = await f.dispatch('history:undo', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'nothing-to-undo', message: 'There is nothing to undo.', i18n: { key: 'errors.nothingToUndo' } },
    });
  });

  it('field messages from the shared schemas go with their phrases', async () => {
    const f = await fixture();
    const result = await f.dispatch('commands:run', {
      commands: [{ type: 'contact.create', at: at(), id: crypto.randomUUID(), data: { family: 'Smith', emails: [{ value: 'not-an-address' }] } }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const path = 'commands.0.data.emails.0.value';
    expect(result.error.fields?.[path]).toBe('Not an email address');
    expect(result.error.fieldPhrases?.[path]).toEqual({ key: 'validation.notEmail' });
    expect(result.error.message).toBe(`Not an email address (${path}).`);
    expect(result.error.i18n).toEqual({ key: 'errors.invalidAt', params: { message: { key: 'validation.notEmail' }, where: path } });
  });

  it('a save the disk refused says why in English for the CLI and as a phrase for the UI', () => {
    const failure = toFailure(new NotSavedError('ENOSPC', new Error('ENOSPC')));
    expect(failure).toMatchObject({ code: 'not-saved', message: 'Not saved: the disk is full. Your change is kept and will be saved with the next one.' });
    expect(failure.i18n && phraseText((key, params) => translate(ru, 'ru', key, params), failure.i18n)).toBe(
      'Не сохранено: диск заполнен. Изменение не потеряно и будет сохранено вместе со следующим.',
    );
  });
});
