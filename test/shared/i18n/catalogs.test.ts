import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, type Message } from '../../../electron/shared/i18n/en';
import { ru } from '../../../electron/shared/i18n/ru';
import { translate } from '../../../electron/shared/i18n/translate';

const i18nDir = join(import.meta.dirname, '../../../electron/shared/i18n');
const forms = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message).filter((v): v is string => typeof v === 'string'));
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('the Russian and English catalogs', () => {
  it('hold exactly the same keys', () => {
    const missingInRu = Object.keys(en).filter((key) => !Object.hasOwn(ru, key));
    const missingInEn = Object.keys(ru).filter((key) => !Object.hasOwn(en, key));
    expect(missingInRu).toEqual([]);
    expect(missingInEn).toEqual([]);
  });

  it('have one Russian file beside each English feature file', () => {
    const list = (dir: string) => readdirSync(join(i18nDir, dir)).filter((name) => name.endsWith('.ts')).sort();
    expect(list('ru')).toEqual(list('en'));
  });

  it('use the same placeholders in every form of every message', () => {
    const mismatched: string[] = [];
    // A plural form may spell the count out ("and one more"), so {count} may be absent; every other placeholder must stay.
    const named = (text: string) => JSON.stringify(placeholders(text).filter((p) => p !== 'count'));
    for (const [key, message] of Object.entries(en)) {
      const expected = named(forms(message)[0] ?? '');
      for (const text of [...forms(message), ...forms(ru[key as keyof typeof ru])]) if (named(text) !== expected) mismatched.push(`${key}: ${text}`);
    }
    expect(mismatched).toEqual([]);
  });

  it('give every Russian plural message the one, few and many forms', () => {
    const incomplete: string[] = [];
    for (const [key, message] of Object.entries(en)) {
      const translated: Message = ru[key as keyof typeof ru];
      if (typeof message === 'string') {
        if (typeof translated !== 'string') incomplete.push(`${key} should be a plain string`);
      } else if (typeof translated === 'string' || !translated.few || !translated.many) incomplete.push(key);
    }
    expect(incomplete).toEqual([]);
  });

  it('picks the Russian plural form by Intl.PluralRules', () => {
    const say = (count: number) => translate(ru, 'ru', 'contacts.count', { count });
    expect([1, 2, 5, 11, 21, 22, 25, 104].map(say)).toEqual([
      '1 контакт',
      '2 контакта',
      '5 контактов',
      '11 контактов',
      '21 контакт',
      '22 контакта',
      '25 контактов',
      '104 контакта',
    ]);
    expect(translate(en, 'en', 'contacts.count', { count: 1 })).toBe('1 contact');
    expect(translate(en, 'en', 'contacts.count', { count: 5 })).toBe('5 contacts');
  });

  it('translates every English message into something else, except names and symbols', () => {
    // Strings that are the same in both languages on purpose: the app's name, symbols, pure placeholders.
    const same = Object.keys(en).filter((key) => {
      const a = forms(en[key as keyof typeof en]).join('|');
      const b = forms(ru[key as keyof typeof ru]).join('|');
      return a === b && /[A-Za-z]{3,}/.test(a.replace(/\{\w+\}/g, ''));
    });
    expect(same.sort()).toEqual(['app.title', 'appearance.language.en', 'contact.email', 'export.column.emails', 'export.format.vcard4', 'import.col.email', 'import.item.email', 'import.target.uid', 'interactions.kind.email', 'neg.kind.email', 'print.column.email', 'program.export.md'].sort());
  });
});

describe('numbers in messages', () => {
  it('writes the count the locale’s way, and leaves other numbers alone', () => {
    expect(translate(en, 'en', 'contacts.count', { count: 12500 })).toBe('12,500 contacts');
    expect(translate(ru, 'ru', 'contacts.count', { count: 12500 })).toBe('12\u00a0500 контактов');
    expect(translate(ru, 'ru', 'partnerships.since', { year: 1991 })).toBe('с 1991 г.');
  });
});
