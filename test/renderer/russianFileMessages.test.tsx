import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../electron/shared/contracts/importChannels';
import { englishText, phrase } from '../../electron/shared/i18n/Phrase';
import { ru } from '../../electron/shared/i18n/ru';
import { FakeBackend } from './fakeApi';
import { renderApp, renderContacts } from './renderApp';

function russianBackend(): FakeBackend {
  const backend = new FakeBackend();
  backend.settings = { ...backend.settings, locale: 'ru' };
  return backend;
}

// The phrases core sends (test/core checks core builds exactly these); the English beside them is what the CLI prints.
const emptyFile = phrase('importFile.empty', { name: 'пусто.csv' });
const recovered = phrase('recovered.damaged', {
  reason: phrase('damaged.empty'),
  movedTo: '/data/damaged/liaison-20261128-170212.json',
  time: phrase('when.dateTime', { day: '28', month: phrase('when.month.11'), year: '2026', time: '16:00' }),
});
const compaction = phrase('compaction.failed', { why: phrase('errors.fs.diskFull') });
const unmapped = phrase('importFile.unmapped', { columns: '“Сайт”' });
const badEmail = phrase('importReject.badEmail', { value: 'x@' });

describe('core’s sentences about files in the Russian UI', () => {
  it('says in Russian why a file cannot be imported (an empty file), and opens nothing', async () => {
    const backend = russianBackend();
    expect(englishText(emptyFile)).toBe('пусто.csv is empty: there are no contacts to import.');
    backend.failNext('import:choose', { code: 'rule', message: englishText(emptyFile), i18n: emptyFile });
    await renderContacts(backend);
    fireEvent.click(await screen.findByRole('button', { name: ru['transfer.import'] }));
    await waitFor(() => expect(screen.getByTestId('toast').textContent).toContain('Файл пусто.csv пуст: импортировать нечего.'));
    expect(screen.getByTestId('toast').textContent).not.toContain('is empty');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows the recovery banner in Russian, the damage and the backup’s time included', async () => {
    const backend = russianBackend();
    backend.statusOverrides = { recovery: englishText(recovered), recoveryPhrase: recovered };
    await renderApp(backend);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(ru['recovery.title']);
    expect(alert.textContent).toContain(
      'Файл liaison.json повреждён (файл пуст); он перемещён в /data/damaged/liaison-20261128-170212.json, загружена резервная копия от 28 ноября 2026 г., 16:00.',
    );
    expect(alert.textContent).not.toContain('was damaged');
  });

  it('shows saved changes the journal could not load, in Russian: how many, which numbers, which file, where the copy is', async () => {
    const backend = russianBackend();
    // As core's journalLossPhrase says it (test/core/journal/journalLoss.test.ts checks that side).
    const lost = phrase('journalLoss.gap', { count: 2, range: '4–5', file: 'journal-000000000000.log', loaded: '2', unreadable: 0, keptIn: '/data/damaged' });
    backend.statusOverrides = { journalLoss: { message: englishText(lost), i18n: lost } };
    await renderApp(backend);
    const banner = await screen.findByTestId('journal-loss-banner');
    expect(banner.textContent).toContain(ru['journalLoss.title']);
    expect(banner.textContent).toContain(
      '2 сохранённых изменения (№ 4–5) в journal-000000000000.log идут после пропущенного и не загружены; в рабочей области все изменения до № 2. Копия журнала сохранена в /data/damaged.',
    );
    fireEvent.click(within(banner).getByRole('button', { name: ru['recovery.dismiss'] }));
    await waitFor(() => expect(screen.queryByTestId('journal-loss-banner')).toBeNull());
  });

  it('shows a failed compaction in Russian under its title', async () => {
    const backend = russianBackend();
    backend.statusOverrides = { maintenance: { message: englishText(compaction), at: '2026-11-28T10:00:00.000Z', i18n: compaction } };
    await renderApp(backend);
    const banner = await screen.findByTestId('maintenance-banner');
    expect(banner.textContent).toContain(ru['maintenance.title']);
    expect(banner.textContent).toContain('Журнал не удалось перенести в liaison.json: диск заполнен. Ничего не потеряно');
  });

  it('shows the import dialog’s notes and rejection reasons in Russian', async () => {
    const backend = russianBackend();
    const sessionId = crypto.randomUUID();
    backend.answers.set('import:choose', () => ({
      opened: true,
      sessionId,
      name: 'list.csv',
      kind: 'csv',
      encoding: 'UTF-8',
      recordCount: 1,
      csv: { headers: ['Фамилия', 'Сайт'], samples: [['Петров', 'example.org']], targets: ['family', 'ignore'], flavour: 'generic', delimiter: ',' },
    }));
    backend.answers.set(
      'import:preview',
      (): ImportPreview => ({
        total: 2,
        created: 1,
        merged: 0,
        skipped: 0,
        rejected: [{ at: 'line 3', reason: englishText(badEmail), reasonPhrase: badEmail }],
        fuzzyMatches: [],
        notes: [englishText(unmapped)],
        notePhrases: [unmapped],
        rows: [
          { at: 'line 2', action: 'create', name: 'Петров', latinName: 'Petrov', organization: '', email: '', phone: '', detail: '' },
          { at: 'line 3', action: 'reject', name: 'Сидоров', latinName: 'Sidorov', organization: '', email: 'x@', phone: '', detail: englishText(badEmail), detailPhrase: badEmail },
        ],
      }),
    );
    await renderContacts(backend);
    fireEvent.click(await screen.findByRole('button', { name: ru['transfer.import'] }));
    const dialog = await screen.findByRole('dialog', { name: 'Импорт контактов из list.csv' });
    expect(await within(dialog).findByText('Не импортированы (не выбрано поле Liaison): “Сайт”.')).toBeTruthy();
    expect(within(dialog).getByText('строка 3: «x@» — не адрес электронной почты.')).toBeTruthy();
    expect(within(dialog).getByText('Отклонено: «x@» — не адрес электронной почты.')).toBeTruthy();
    expect(dialog.textContent).not.toContain('is not an email address');
  });
});
