import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../electron/shared/i18n/en';
import { englishText, phrase, phraseText, type TranslateFn } from '../../../electron/shared/i18n/Phrase';
import { ru } from '../../../electron/shared/i18n/ru';
import { translate } from '../../../electron/shared/i18n/translate';
import { validationKey } from '../../../electron/shared/i18n/validationPhrase';
import { StoredPhraseSchema } from '../../../electron/shared/schemas/storedPhrase';

const root = join(import.meta.dirname, '../../..');
const russian: TranslateFn = (key, params) => translate(ru, 'ru', key, params);

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('phrases core says', () => {
  it('name keys that both catalogs hold, wherever core names one literally', () => {
    const used = new Set<string>();
    for (const file of [...sources('electron/core'), ...sources('electron/shared')]) {
      for (const match of readFileSync(file, 'utf8').matchAll(/phrase\(\s*'([\w.-]+)'/g)) used.add(match[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter((key) => !Object.hasOwn(en, key) || !Object.hasOwn(ru, key));
    expect(missing).toEqual([]);
  });

  it('leave no refusal in core as an English literal, except text wrapped from elsewhere', () => {
    const literal: string[] = [];
    for (const file of sources('electron/core')) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/new CommandError\(\s*'[\w-]+',\s*[`'"]/g)) {
        literal.push(`${relative(root, file)}:${text.slice(0, match.index).split('\n').length}`);
      }
    }
    // Both wrap a message that is not core's own: a restore check's sentence, zod's built-in message.
    expect(literal.map((where) => where.replace(/:\d+$/, '')).sort()).toEqual(['electron/core/commands/Transaction.ts', 'electron/core/handlers/backupHandlers.ts']);
  });

  it('render in English exactly as the CLI printed them before phrases existed', () => {
    expect(englishText(phrase('summary.contactAdded', { name: 'Ivan Petrov' }))).toBe('Add contact Ivan Petrov');
    expect(englishText(phrase('summary.imported', { count: 1 }))).toBe('Import 1 contact');
    expect(englishText(phrase('summary.importedAndMergedFrom', { count: 42, merged: 3, source: 'list.csv' }))).toBe('Import 42 contacts and merge 3 from list.csv');
    expect(englishText(phrase('summary.tagAdded', { tag: 'Volga', count: 2 }))).toBe('Add tag “Volga” to 2 contacts');
    expect(englishText(phrase('summary.tasksDeleted', { count: 3 }))).toBe('Delete 3 tasks');
    expect(englishText(phrase('summary.candidacyMoved', { city: 'Kazan', stage: { key: 'neg.stage.siteVisit' } }))).toBe('Move Kazan to Site visit');
    expect(englishText(phrase('errors.inUse', { what: { key: 'errors.this.cities' }, count: 2, users: { key: 'errors.kinds.partnerships', params: { count: 2 } } }))).toBe(
      'This city cannot be deleted: 2 partnerships still use it. Delete or change them first.',
    );
  });

  it('read naturally in Russian, plurals and nested words included', () => {
    expect(phraseText(russian, phrase('summary.contactAdded', { name: 'Иван Петров' }))).toBe('Добавлен контакт Иван Петров');
    expect(phraseText(russian, phrase('summary.imported', { count: 42 }))).toBe('Импортированы 42 контакта');
    expect(phraseText(russian, phrase('summary.imported', { count: 45 }))).toBe('Импортировано 45 контактов');
    expect(phraseText(russian, phrase('summary.imported', { count: 21 }))).toBe('Импортирован 21 контакт');
    expect(phraseText(russian, phrase('summary.candidacyMoved', { city: 'Казань', stage: { key: 'neg.stage.siteVisit' } }))).toBe('Казань: этап «Визит на место»');
    expect(phraseText(russian, phrase('errors.inUse', { what: { key: 'errors.this.cities' }, count: 5, users: { key: 'errors.kinds.partnerships', params: { count: 5 } } }))).toBe(
      'Этот город нельзя удалить: на эту запись ссылаются 5 партнёрств. Сначала удалите или измените связанные записи.',
    );
    expect(phraseText(russian, phrase('errors.nothingToUndo'))).toBe('Отменять нечего.');
  });

  it('word a fuzzy date in the reader’s language', () => {
    const date = { earliest: '2019-09-21', latest: '2019-10-10', precision: 'range' as const, uncertain: false, label: '' };
    const said = phrase('summary.conferenceDateSet', { name: 'Summit', date: { fuzzyDate: date } });
    expect(englishText(said)).toBe('Set the date of Summit to late September – early October 2019');
    expect(phraseText(russian, said, 'ru')).toBe('Дата «Summit»: конец сентября – начало октября 2019');
  });

  it('give way to the English text when a stored key is unknown to this build', () => {
    expect(phraseText(russian, { key: 'summary.fromANewerLiaison' })).toBeNull();
    expect(phraseText(russian, { key: 'summary.candidacyMoved', params: { city: 'Kazan', stage: { key: 'neg.stage.teleported' } } })).toBeNull();
  });

  it('are kept on disk in a shape a later build can still read, newer keys included', () => {
    const stored = { key: 'summary.somethingNew', params: { name: 'X', count: 2, stage: { key: 'neg.stage.proposal' } } };
    expect(StoredPhraseSchema.parse(stored)).toEqual(stored);
    expect(StoredPhraseSchema.safeParse({ key: 42 }).success).toBe(false);
  });
});

describe('schema field messages', () => {
  it('come from the catalog, so the UI finds their key again and shows them in Russian', () => {
    expect(validationKey('Not an email address')).toBe('validation.notEmail');
    expect(translate(ru, 'ru', 'validation.notEmail')).toBe('Это не адрес электронной почты');
    expect(validationKey('Too big: expected string to have <=200 characters')).toBeNull();
  });
});
